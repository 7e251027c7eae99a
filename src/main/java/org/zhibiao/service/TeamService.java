package org.zhibiao.service;

import org.zhibiao.model.Problem;
import org.zhibiao.analysis.Agreement;
import org.zhibiao.analysis.Annotated;
import org.zhibiao.extract.Extractor;
import org.zhibiao.model.Assignment;
import org.zhibiao.model.Change;
import org.zhibiao.model.Curated;
import org.zhibiao.model.Figure;
import org.zhibiao.model.Report;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;
import org.zhibiao.store.ChangeLog;
import org.zhibiao.store.FigureStore;
import org.zhibiao.store.Workspace;
import org.zhibiao.store.WorkspaceException;
import org.zhibiao.text.Normalizer;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Team work on a shared workspace: a lead assigns reports, two analysts annotate a report blind, their agreement is
 * measured, and the lead curates the two versions into the report's figures. Every step is one transaction and
 * is written to the change log under the name of whoever did it.
 */
public final class TeamService {

    private final Workspace workspace;
    private final java.util.function.Supplier<Extractor> extractor;
    private final Normalizer normalizer = new Normalizer();
    private final String analyst;
    private final Clock clock;

    public TeamService(Workspace workspace, Extractor extractor, String analyst, Clock clock) {
        this(workspace, () -> extractor, analyst, clock);
    }

    /** With the engine asked for only when a blind copy is made (the only step that reads a report again). */
    public TeamService(Workspace workspace, java.util.function.Supplier<Extractor> extractor, String analyst, Clock clock) {
        this.workspace = workspace;
        this.extractor = extractor;
        this.analyst = analyst;
        this.clock = clock;
    }

    /** Gives a report to an analyst, who works on its figures as everyone sees them. */
    public void assign(long reportId, String to) {
        Instant now = clock.instant();
        workspace.inTransaction(() -> {
            requireReport(reportId);
            workspace.team().assign(new Assignment(reportId, to, false, analyst, now, null));
            log(reportId, "assign", to, now);
            return null;
        });
    }

    /**
     * Gives a report to two analysts blind: each gets a copy of the machine's figures, extracted once now so that
     * both copies are the same, and sees only that copy and their own decisions until the report is curated.
     */
    public void assignBlind(long reportId, String first, String second) {
        if (first.equals(second)) {
            throw new IllegalArgumentException("Double annotation needs two different analysts.");
        }
        Instant now = clock.instant();
        workspace.inTransaction(() -> {
            Report report = requireReport(reportId);
            String text = workspace.reports().text(reportId);
            List<Figure> machine = extractor.get().figures(normalizer.normalize(text), report.identity().reportYear(),
                    report.identity().reviewYear());
            List<String> origins = new ArrayList<>();
            for (Figure f : machine) {
                origins.add(origin(f, origins.size()));
            }
            for (String who : List.of(first, second)) {
                workspace.figures().deleteAll(reportId, who);
                workspace.figures().insertAll(reportId, machine, Status.PENDING, "machine", now, who, origins);
                workspace.team().assign(new Assignment(reportId, who, true, analyst, now, null));
                log(reportId, "assign-blind", who, now);
            }
            return null;
        });
    }

    /** The key of a machine figure: stable for one extraction, the same in both blind copies. */
    private static String origin(Figure f, int index) {
        return index + "|" + f.indicator() + "|" + f.kind().code() + "|" + f.year() + "|" + f.span().start();
    }

    /**
     * Whose figures of a report an analyst works on: their blind copy while the report is assigned to them blind
     * and not yet curated, else the report's own ({@link FigureStore#REPORT}).
     */
    public String annotatorFor(long reportId, String who) {
        return workspace.inTransaction(() -> {
            boolean blind = workspace.team().find(reportId, who).map(Assignment::blind).orElse(false);
            return blind && workspace.team().curatedBy(reportId).isEmpty() ? who : FigureStore.REPORT;
        });
    }

    /** The analyst says their work on a report is finished. */
    public void markDone(long reportId) {
        Instant now = clock.instant();
        workspace.inTransaction(() -> {
            workspace.team().markDone(reportId, analyst, now);
            log(reportId, "done", analyst, now);
            return null;
        });
    }

    public List<Assignment> assignments() {
        return workspace.inTransaction(() -> workspace.team().all());
    }

    /** Reports assigned blind to two analysts, with those two (in name order). */
    public Map<Long, List<String>> blindPairs() {
        return workspace.inTransaction(() -> {
            Map<Long, List<String>> pairs = new TreeMap<>();
            for (Assignment a : workspace.team().all()) {
                if (a.blind()) {
                    pairs.computeIfAbsent(a.reportId(), k -> new ArrayList<>()).add(a.analyst());
                }
            }
            pairs.values().removeIf(l -> l.size() < 2);
            pairs.values().forEach(l -> l.sort(String::compareTo));
            return pairs;
        });
    }

    /** Who curated a report's blind versions into its figures, if anyone has. */
    public Optional<String> curatedBy(long reportId) {
        return workspace.inTransaction(() -> workspace.team().curatedBy(reportId));
    }

    /** Who curated a report and when, if anyone has. */
    public Optional<Curated> curation(long reportId) {
        return workspace.inTransaction(() -> workspace.team().curation(reportId));
    }

    /** One analyst's blind version of a report. */
    public List<ReviewedFigure> version(long reportId, String who) {
        return workspace.inTransaction(() -> workspace.figures().byReport(reportId, who));
    }

    /** Agreement of the two blind versions of every double-annotated report, in report order. */
    public List<Agreement> agreement() {
        List<Agreement> out = new ArrayList<>();
        for (Map.Entry<Long, List<String>> e : blindPairs().entrySet()) {
            long id = e.getKey();
            String a = e.getValue().get(0);
            String b = e.getValue().get(1);
            out.add(workspace.inTransaction(() -> Agreement.of(id, a, annotated(id, a), b, annotated(id, b))));
        }
        return out;
    }

    private List<Annotated> annotated(long reportId, String who) throws SQLException {
        Map<Long, String> origins = workspace.figures().origins(reportId, who);
        List<Annotated> out = new ArrayList<>();
        for (ReviewedFigure f : workspace.figures().byReport(reportId, who)) {
            out.add(new Annotated(origins.get(f.id()), f));
        }
        return out;
    }

    /**
     * Makes the lead's curated figures the report's own: the report's figures are replaced by them (each logged as
     * removed or added, so the history shows the curation), and the report is marked curated, which ends the
     * blind copies' use. Returns the change batch.
     */
    public long curate(long reportId, List<Figure> curated) {
        Instant now = clock.instant();
        return workspace.inTransaction(() -> {
            requireReport(reportId);
            long batch = workspace.changes().newBatch();
            List<Change> log = new ArrayList<>();
            for (ReviewedFigure f : workspace.figures().byReport(reportId)) {
                workspace.figures().delete(f.id());
                log.add(ChangeLog.change(batch, now, analyst, "curate", reportId, f.id(), "*",
                        FigureText.describe(f.figure()), null));
            }
            List<Long> ids = workspace.figures().insertAll(reportId, curated, Status.CONFIRMED, analyst, now);
            for (int i = 0; i < ids.size(); i++) {
                log.add(ChangeLog.change(batch, now, analyst, "curate", reportId, ids.get(i), "*", null,
                        FigureText.describe(curated.get(i))));
            }
            workspace.changes().append(log);
            workspace.team().curated(reportId, analyst, now);
            return batch;
        });
    }

    private Report requireReport(long reportId) throws SQLException {
        return workspace.reports().byId(reportId)
                .orElseThrow(() -> new WorkspaceException(Problem.Kind.NO_REPORT, String.valueOf(reportId)));
    }

    private void log(long reportId, String action, String who, Instant now) throws SQLException {
        long batch = workspace.changes().newBatch();
        workspace.changes().append(List.of(ChangeLog.change(batch, now, analyst, action, reportId, null, "assignee",
                null, who)));
    }
}
