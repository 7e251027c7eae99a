package org.zhibiao.export;

import org.zhibiao.extract.Indicator;
import org.zhibiao.extract.Lexicon;
import org.zhibiao.model.ReportSummary;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Progress;
import org.zhibiao.service.ReportQueries;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figures of a workspace as export rows, report by report in import order, read a few thousand at a time so
 * that an export of any size holds only a small part of it in memory.
 */
final class FigureRows {

    /** Receives rows. */
    @FunctionalInterface
    interface Sink {
        void accept(FigureRow row) throws java.io.IOException;
    }

    private static final int BATCH_FIGURES = 2000;

    private final ReportQueries workspace;
    private final Map<String, Indicator> indicators;

    FigureRows(ReportQueries workspace, Lexicon lexicon) {
        this.workspace = workspace;
        this.indicators = lexicon.indicators();
    }

    String name(String code) {
        Indicator i = indicators.get(code);
        return i == null ? code : i.nameZh();
    }

    String englishName(String code) {
        Indicator i = indicators.get(code);
        return i == null ? code : i.nameEn();
    }

    /** The reports the filter includes, in import order. */
    List<ReportSummary> reports(ExportFilter filter) {
        return workspace.summaries().stream()
                .filter(s -> filter.includesReport(s.report().id(), s.report().identity())).toList();
    }

    /**
     * Streams the filter's figures into the sink, every figure including rejected ones (their status says so);
     * reports progress after each report and stops with an {@link ExportException} when the progress is cancelled.
     *
     * @return the number of rows written
     */
    int forEach(List<ReportSummary> reports, ExportFilter filter, Path target, Progress progress, Sink sink)
            throws java.io.IOException {
        int total = reports.stream().mapToInt(ReportSummary::figures).sum();
        int done = 0;
        int written = 0;
        int i = 0;
        while (i < reports.size()) {
            List<ReportSummary> batch = new ArrayList<>();
            int size = 0;
            while (i < reports.size() && (batch.isEmpty() || size + reports.get(i).figures() <= BATCH_FIGURES)) {
                size += reports.get(i).figures();
                batch.add(reports.get(i++));
            }
            List<List<ReviewedFigure>> figures = workspace.figuresOf(batch);
            for (int b = 0; b < batch.size(); b++) {
                ReportSummary s = batch.get(b);
                if (progress.cancelled()) {
                    throw new ExportException("The export to " + target + " was cancelled; no file was written.");
                }
                for (ReviewedFigure f : figures.get(b)) {
                    if (filter.includesIndicator(f.figure().indicator())) {
                        sink.accept(new FigureRow(s.report(), f, name(f.figure().indicator())));
                        written++;
                    }
                }
                done += s.figures();
                progress.update(done, total, target, s.report().fileName());
            }
        }
        return written;
    }
}
