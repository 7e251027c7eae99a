package org.zhibiao.ui;

import org.zhibiao.model.ReportSummary;
import org.zhibiao.service.ReportQueries;

import java.util.List;

/**
 * What a workbench reads first, read on the thread that opened the workspace as soon as it was open (EarlyOpen),
 * in the order the workbench reads it: where the change log stands (others' changes are looked for after it), then
 * the report list as {@code analyst} sees it. The window's first frame then holds the list instead of waiting for
 * these first, cold queries on the workbench's own worker thread.
 */
record ReadAhead(String analyst, long latestChange, List<ReportSummary> reports) {

    static ReadAhead read(ReportQueries queries, String analyst) {
        long latest = queries.latestChange();
        ReadAhead read = new ReadAhead(analyst, latest, queries.summariesFor(analyst));
        StartupSteps.mark("readAhead");
        return read;
    }
}
