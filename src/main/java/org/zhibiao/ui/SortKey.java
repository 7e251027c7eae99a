package org.zhibiao.ui;

import org.zhibiao.model.ReportSummary;

import java.util.Comparator;

/**
 * One column's order of the reports, ascending: a comparator, and an int per report that a primitive sort orders at
 * once. A comparator sort of 71,429 reports is about 1.2 million calls, each reading two
 * reports scattered in memory (44–122 ms of the FX thread); a counting sort of their ranks takes about 1 ms.
 */
interface SortKey {

    /** The order itself: where one report added or changed is placed among sorted ones. */
    Comparator<ReportSummary> comparator();

    /**
     * Each row's key, in the comparator's order: a smaller key for a row that comes first, equal keys for rows the
     * comparator finds equal, none negative.
     */
    int[] keys(ReportSummary[] rows);
}
