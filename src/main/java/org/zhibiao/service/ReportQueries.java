package org.zhibiao.service;

import org.zhibiao.model.Change;
import org.zhibiao.model.Report;
import org.zhibiao.model.ReportSummary;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.store.FigureStore;
import org.zhibiao.store.Workspace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The read side of a workspace as the workbench, the command line and the exporters need it: report lists with
 * their review counts, a report's text and figures, a figure's history. Each call is one transaction, so that what
 * is read together (all figures of the listed reports) is read from one state of the workspace.
 */
public final class ReportQueries {

    /** The annotator of a report's own figures, as opposed to an analyst's blind copy. */
    public static final String OWN_FIGURES = FigureStore.REPORT;

    private final Workspace workspace;

    public ReportQueries(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Targets against results of the figures in this workspace. */
    public CompareService comparisons() {
        return new CompareService(workspace);
    }

    /** All reports with the counts of their own figures. */
    public List<ReportSummary> summaries() {
        return workspace.inTransaction(() -> workspace.reports().summaries());
    }

    /** All reports with the counts an analyst sees (their blind copy where they have one). */
    public List<ReportSummary> summariesFor(String analyst) {
        return workspace.inTransaction(() -> workspace.reports().summariesFor(analyst));
    }

    /** Only the reports named, with the counts an analyst sees. */
    public List<ReportSummary> summariesFor(String analyst, Collection<Long> only) {
        return workspace.inTransaction(() -> workspace.reports().summariesFor(analyst, only));
    }

    public Optional<Report> report(long reportId) {
        return workspace.inTransaction(() -> workspace.reports().byId(reportId));
    }

    public String text(long reportId) {
        return workspace.inTransaction(() -> workspace.reports().text(reportId));
    }

    /** A report's own figures. */
    public List<ReviewedFigure> figures(long reportId) {
        return workspace.inTransaction(() -> workspace.figures().byReport(reportId));
    }

    /** A report's figures as one annotator left them ({@link #OWN_FIGURES} for the report's own). */
    public List<ReviewedFigure> figures(long reportId, String annotator) {
        return workspace.inTransaction(() -> workspace.figures().byReport(reportId, annotator));
    }

    /** The own figures of each report listed, in the order of the list, read in one transaction. */
    public List<List<ReviewedFigure>> figuresOf(List<ReportSummary> reports) {
        return workspace.inTransaction(() -> {
            List<List<ReviewedFigure>> out = new ArrayList<>(reports.size());
            for (ReportSummary s : reports) {
                out.add(workspace.figures().byReport(s.report().id()));
            }
            return out;
        });
    }

    public Optional<ReviewedFigure> figure(long figureId) {
        return workspace.inTransaction(() -> workspace.figures().byId(figureId));
    }

    /** Every change made to one figure, oldest first. */
    public List<Change> history(long figureId) {
        return workspace.inTransaction(() -> workspace.changes().forFigure(figureId));
    }

    /** The analysts' notes on figures, by figure id (the newest of each). */
    public java.util.Map<Long, String> notes() {
        return workspace.inTransaction(() -> workspace.changes().notes());
    }

    /** The changes made together in one batch. */
    public List<Change> batch(long batchId) {
        return workspace.inTransaction(() -> workspace.changes().batch(batchId));
    }

    /** The newest change's id, the starting point for watching what others change. */
    public long latestChange() {
        return workspace.inTransaction(() -> workspace.changes().latestId());
    }

    /** Up to {@code limit} changes after {@code afterId}, oldest first. */
    public List<Change> changesSince(long afterId, int limit) {
        return workspace.inTransaction(() -> workspace.changes().since(afterId, limit));
    }
}
