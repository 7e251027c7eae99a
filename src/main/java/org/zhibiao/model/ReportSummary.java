package org.zhibiao.model;

/** A report with its review progress, as report lists show it. */
public record ReportSummary(Report report, int figures, int pending, int reviewed, Assignment assignment) {

    /** A summary as everyone sees it: the report's own figures, no assignment. */
    public ReportSummary(Report report, int figures, int pending, int reviewed) {
        this(report, figures, pending, reviewed, null);
    }

    /** True when the counts are of the viewing analyst's blind copy. */
    public boolean blind() {
        return assignment != null && assignment.blind();
    }
}
