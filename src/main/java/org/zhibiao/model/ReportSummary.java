package org.zhibiao.model;

/** A report with its review progress, as report lists show it. */
public record ReportSummary(Report report, int figures, int pending, int reviewed) {
}
