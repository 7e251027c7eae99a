package org.zhibiao.service;

import org.zhibiao.model.Problem;
import org.zhibiao.extract.Extractor;
import org.zhibiao.model.Change;
import org.zhibiao.model.Figure;
import org.zhibiao.model.Report;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;
import org.zhibiao.store.ChangeLog;
import org.zhibiao.store.Workspace;
import org.zhibiao.store.WorkspaceException;
import org.zhibiao.text.Normalizer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs extraction again on a stored report (after the lexicon grew, or the analyst corrected the report's years).
 * Every analyst decision survives: confirmed, corrected, rejected and added figures are never touched, and a new
 * figure for the same (indicator, kind, year) as a decided one is not added. Only pending figures are replaced.
 */
public final class ReextractService {

    private final Workspace workspace;
    private final Extractor extractor;
    private final Normalizer normalizer = new Normalizer();
    private final String analyst;
    private final Clock clock;

    public ReextractService(Workspace workspace, Extractor extractor, String analyst, Clock clock) {
        this.workspace = workspace;
        this.extractor = extractor;
        this.analyst = analyst;
        this.clock = clock;
    }

    /** What a re-extraction changed. */
    public record Outcome(int removed, int added, int kept) {
    }

    public Outcome reextract(long reportId) {
        Instant now = clock.instant();
        return workspace.inTransaction(() -> {
            Report report = workspace.reports().byId(reportId)
                    .orElseThrow(() -> new WorkspaceException(Problem.Kind.NO_REPORT, String.valueOf(reportId)));
            String text = workspace.reports().text(reportId);
            List<Figure> fresh = extractor.figures(normalizer.normalize(text), report.identity().reportYear(),
                    report.identity().reviewYear());
            List<ReviewedFigure> existing = workspace.figures().byReport(reportId);
            Set<String> decided = new HashSet<>();
            long batch = workspace.changes().newBatch();
            List<Change> log = new ArrayList<>();
            int removed = 0;
            int kept = 0;
            for (ReviewedFigure f : existing) {
                if (f.status().isDecided()) {
                    decided.add(key(f.figure()));
                    kept++;
                } else {
                    workspace.figures().delete(f.id());
                    log.add(ChangeLog.change(batch, now, analyst, "extract", reportId, f.id(), "*",
                            FigureText.describe(f.figure()), null));
                    removed++;
                }
            }
            List<Figure> added = fresh.stream().filter(f -> !decided.contains(key(f))).toList();
            List<Long> ids = workspace.figures().insertAll(reportId, added, Status.PENDING, analyst, now);
            for (int i = 0; i < ids.size(); i++) {
                log.add(ChangeLog.change(batch, now, analyst, "extract", reportId, ids.get(i), "*", null,
                        FigureText.describe(added.get(i))));
            }
            workspace.changes().append(log);
            return new Outcome(removed, added.size(), kept);
        });
    }

    private static String key(Figure f) {
        return f.indicator() + "|" + f.kind() + "|" + f.year();
    }
}
