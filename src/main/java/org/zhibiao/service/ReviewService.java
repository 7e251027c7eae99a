package org.zhibiao.service;

import org.zhibiao.model.Problem;
import org.zhibiao.model.Change;
import org.zhibiao.model.ReportIdentity;
import org.zhibiao.model.Figure;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;
import org.zhibiao.store.ChangeLog;
import org.zhibiao.store.FigureConflictException;
import org.zhibiao.store.FigureStore;
import org.zhibiao.store.Workspace;
import org.zhibiao.store.WorkspaceException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Review decisions on figures: accept, reject, restore, correct a field. Every call is one user action: the figure
 * and its change-log entries are written in one transaction, attributed to the analyst, and the returned batch id
 * is what undo reverts ({@link #undo}), by appending the inverse changes as a new batch.
 *
 * <p>On a shared workspace two analysts may change the same figure. A caller that passes the version of the figure
 * it showed gets a {@link FigureConflictException} when someone changed it since, with the other's figure, and
 * nothing is written; saving again with the newer version applies the change over theirs. Even without a version,
 * the write itself is checked against the version read in the same transaction, so no update is ever lost.
 */
public final class ReviewService {

    /** The fields of a figure an analyst can change, as the change log names them. */
    public static final List<String> FIELDS = List.of("indicator", "kind", "year", "value", "unit", "growth_pct",
            "qualifier", "status");

    private final Workspace workspace;
    private final String analyst;
    private final Clock clock;

    public ReviewService(Workspace workspace, String analyst, Clock clock) {
        this.workspace = workspace;
        this.analyst = analyst;
        this.clock = clock;
    }

    /** Corrects what a report is (region, year, kind of document); returns what it was before. */
    public ReportIdentity updateIdentity(long reportId, ReportIdentity identity) {
        return workspace.inTransaction(() -> workspace.reports().updateIdentity(reportId, identity));
    }

    public String analyst() {
        return analyst;
    }

    /** Any version: the change applies to the figure as it is when saved. */
    public static final int ANY_VERSION = -1;

    /** Accept (confirmed), reject (rejected) or restore (pending). */
    public long setStatus(long figureId, Status status) {
        return setStatus(figureId, status, ANY_VERSION);
    }

    /** As {@link #setStatus(long, Status)}, refused with a conflict if the figure is no longer at {@code version}. */
    public long setStatus(long figureId, Status status, int version) {
        return update(figureId, version, "review", f -> f.status() == status ? null : with(f, "status", status.code()));
    }

    /**
     * Corrects one field ({@link #FIELDS}) from text as typed: "129.5", "亿元", "ge" …; an empty string clears
     * a number. A pending or confirmed figure becomes corrected.
     *
     * @throws IllegalArgumentException if the text is not a valid value for the field
     */
    public long edit(long figureId, String field, String value) {
        return edit(figureId, field, value, ANY_VERSION);
    }

    /** As {@link #edit(long, String, String)}, refused with a conflict if the figure is no longer at {@code version}. */
    public long edit(long figureId, String field, String value, int version) {
        return update(figureId, version, "edit", f -> {
            if (Objects.equals(get(f, field), value)) {
                return null;
            }
            ReviewedFigure changed = with(f, field, value);
            if (!field.equals("status") && (f.status() == Status.PENDING || f.status() == Status.CONFIRMED)) {
                changed = with(changed, "status", Status.CORRECTED.code());
            }
            return changed;
        });
    }

    /** The longest note an analyst can leave on a figure. */
    public static final int NOTE_LIMIT = 500;

    /**
     * Leaves a note on a figure (an analyst's comment: why a value was corrected, what to check); an empty note
     * removes it. Kept in the change log like every change, undone like one, and exported with the figure.
     *
     * @throws IllegalArgumentException if the note is too long or holds line breaks or control characters
     */
    public long note(long figureId, String text) {
        String note = text == null ? "" : text.strip();
        if (note.length() > NOTE_LIMIT || note.chars().anyMatch(ch -> ch < 0x20)) {
            throw new IllegalArgumentException("A note is one line of at most " + NOTE_LIMIT + " characters.");
        }
        Instant now = clock.instant();
        return workspace.inTransaction(() -> {
            ReviewedFigure f = workspace.figures().byId(figureId).orElseThrow(
                    () -> new WorkspaceException(Problem.Kind.NO_FIGURE, String.valueOf(figureId)));
            String old = workspace.changes().forFigure(figureId).stream().filter(c -> c.field().equals(ChangeLog.NOTE))
                    .reduce((a, b) -> b).map(Change::newValue).orElse("");
            if (old.equals(note)) {
                return -1L;
            }
            long batch = workspace.changes().newBatch();
            workspace.changes().append(List.of(ChangeLog.change(batch, now, analyst, "note", f.reportId(), figureId,
                    ChangeLog.NOTE, old, note, workspace.figures().annotatorOf(figureId))));
            return batch;
        });
    }

    /** Adds a figure the engine missed; it is linked to its place in the report text. */
    public long add(long reportId, Figure figure) {
        return add(reportId, figure, FigureStore.REPORT);
    }

    /** Adds a figure to an annotator's figures of a report: the report's own, or the analyst's blind copy. */
    public long add(long reportId, Figure figure, String annotator) {
        Instant now = clock.instant();
        return workspace.inTransaction(() -> {
            long id = workspace.figures().insertAll(reportId, List.of(figure), Status.ADDED, analyst, now, annotator,
                    null).get(0);
            long batch = workspace.changes().newBatch();
            workspace.changes().append(List.of(ChangeLog.change(batch, now, analyst, "add", reportId, id, "*", null,
                    FigureCodec.encode(figure), annotator)));
            return batch;
        });
    }

    /**
     * Undoes one of this analyst's own actions (undo of an undo is redo). On a shared workspace an analyst's undo
     * never reverts another's work: a batch of someone else is refused, and so is one whose figure someone changed
     * since ({@link FigureConflictException}).
     */
    public long undo(long batchId) {
        String owner = workspace.inTransaction(() -> {
            List<Change> batch = workspace.changes().batch(batchId);
            return batch.isEmpty() ? analyst : batch.get(0).analyst();
        });
        if (!owner.equals(analyst)) {
            throw new WorkspaceException(Problem.Kind.NOT_YOUR_CHANGE, owner);
        }
        return revert(batchId);
    }

    /** The figure a batch concerns (its first change), or -1 for an empty batch. */
    public long figureOf(long batchId) {
        return workspace.inTransaction(() -> {
            List<Change> batch = workspace.changes().batch(batchId);
            return batch.isEmpty() || batch.get(0).figureId() == null ? -1L : batch.get(0).figureId();
        });
    }

    /**
     * Reverts a batch of changes (undo; reverting an undo is redo) and returns the new batch's id. Refused with a
     * {@link FigureConflictException} if a figure no longer holds what the batch set: someone changed it since.
     */
    public long revert(long batchId) {
        Instant now = clock.instant();
        return workspace.inTransaction(() -> {
            List<Change> batch = workspace.changes().batch(batchId);
            long next = workspace.changes().newBatch();
            List<Change> inverse = new ArrayList<>();
            for (int i = batch.size() - 1; i >= 0; i--) {
                Change c = batch.get(i);
                if (c.figureId() == null) {
                    continue;
                }
                if (c.field().equals("*")) {
                    revertWhole(c, next, now, batchId, inverse);
                    continue;
                }
                if (c.field().equals(ChangeLog.NOTE)) {
                    // a note lives in the log only: undoing it writes the note as it was before
                    inverse.add(ChangeLog.change(next, now, analyst, "revert:" + batchId, c.reportId(), c.figureId(),
                            ChangeLog.NOTE, c.newValue(), c.oldValue() == null ? "" : c.oldValue(), c.annotator()));
                    continue;
                }
                ReviewedFigure f = workspace.figures().byId(c.figureId()).orElseThrow(
                        () -> new WorkspaceException(Problem.Kind.NO_FIGURE, String.valueOf(c.figureId())));
                if (!Objects.equals(get(f, c.field()), c.newValue() == null ? "" : c.newValue())) {
                    throw new FigureConflictException(f);
                }
                ReviewedFigure back = with(f, c.field(), c.oldValue());
                back = new ReviewedFigure(back.id(), back.reportId(), back.figure(), back.status(), analyst, now, back.version());
                workspace.figures().update(back);
                inverse.add(ChangeLog.change(next, now, analyst, "revert:" + batchId, c.reportId(), c.figureId(),
                        c.field(), get(f, c.field()), c.oldValue(), c.annotator()));
            }
            workspace.changes().append(inverse);
            return next;
        });
    }

    /** Undo of an added figure removes it; undo of that removal (redo) puts it back with the same id. */
    private void revertWhole(Change c, long next, Instant now, long batchId, List<Change> inverse) throws java.sql.SQLException {
        if (c.oldValue() == null && FigureCodec.isEncoded(c.newValue())) {
            workspace.figures().delete(c.figureId());
            inverse.add(ChangeLog.change(next, now, analyst, "revert:" + batchId, c.reportId(), c.figureId(), "*",
                    c.newValue(), null, c.annotator()));
        } else if (c.newValue() == null && FigureCodec.isEncoded(c.oldValue())) {
            workspace.figures().insertWithId(c.figureId(), c.reportId(), FigureCodec.decode(c.oldValue()), Status.ADDED,
                    analyst, now, c.annotator());
            inverse.add(ChangeLog.change(next, now, analyst, "revert:" + batchId, c.reportId(), c.figureId(), "*",
                    null, c.oldValue(), c.annotator()));
        }
        // imported and extracted figures are not undone as a whole: re-extraction replaces them
    }

    private interface Edit {
        ReviewedFigure apply(ReviewedFigure f);
    }

    private long update(long figureId, int version, String action, Edit edit) {
        Instant now = clock.instant();
        return workspace.inTransaction(() -> {
            ReviewedFigure before = workspace.figures().byId(figureId).orElseThrow(
                    () -> new WorkspaceException(Problem.Kind.NO_FIGURE, String.valueOf(figureId)));
            if (version != ANY_VERSION && before.version() != version) {
                throw new FigureConflictException(before);
            }
            String annotator = workspace.figures().annotatorOf(figureId);
            ReviewedFigure after = edit.apply(before);
            if (after == null) {
                return -1L;
            }
            after = new ReviewedFigure(after.id(), after.reportId(), after.figure(), after.status(), analyst, now, after.version());
            workspace.figures().update(after);
            long batch = workspace.changes().newBatch();
            List<Change> changes = new ArrayList<>();
            for (String field : FIELDS) {
                String o = get(before, field);
                String n = get(after, field);
                if (!Objects.equals(o, n)) {
                    changes.add(ChangeLog.change(batch, now, analyst, action, before.reportId(), figureId, field, o, n,
                            annotator));
                }
            }
            workspace.changes().append(changes);
            return batch;
        });
    }

    /** A field's value as the change log writes it. */
    public static String get(ReviewedFigure f, String field) {
        Figure g = f.figure();
        return switch (field) {
            case "indicator" -> g.indicator();
            case "kind" -> g.kind().code();
            case "year" -> g.year() == null ? "" : g.year().toString();
            case "value" -> FigureText.plain(g.value());
            case "unit" -> g.unit();
            case "growth_pct" -> FigureText.plain(g.growthPct());
            case "qualifier" -> g.qualifier().code();
            case "status" -> f.status().code();
            default -> throw new IllegalArgumentException("unknown field " + field);
        };
    }

    /** The figure with one field set from its text form. */
    public static ReviewedFigure with(ReviewedFigure f, String field, String value) {
        Figure g = f.figure();
        String v = value == null ? "" : value.strip();
        Figure n = switch (field) {
            case "indicator" -> {
                if (v.isEmpty()) {
                    throw new IllegalArgumentException("an indicator is needed");
                }
                yield new Figure(v, g.kind(), g.year(), g.value(), g.unit(), g.growthPct(), g.qualifier(), g.text(), g.span(), g.confidence(), g.rule());
            }
            case "kind" -> new Figure(g.indicator(), Kind.fromCode(v), g.year(), g.value(), g.unit(), g.growthPct(), g.qualifier(), g.text(), g.span(), g.confidence(), g.rule());
            case "year" -> new Figure(g.indicator(), g.kind(), v.isEmpty() ? null : year(v), g.value(), g.unit(), g.growthPct(), g.qualifier(), g.text(), g.span(), g.confidence(), g.rule());
            case "value" -> new Figure(g.indicator(), g.kind(), g.year(), number(v), g.unit(), g.growthPct(), g.qualifier(), g.text(), g.span(), g.confidence(), g.rule());
            case "unit" -> new Figure(g.indicator(), g.kind(), g.year(), g.value(), v, g.growthPct(), g.qualifier(), g.text(), g.span(), g.confidence(), g.rule());
            case "growth_pct" -> new Figure(g.indicator(), g.kind(), g.year(), g.value(), g.unit(), number(v), g.qualifier(), g.text(), g.span(), g.confidence(), g.rule());
            case "qualifier" -> new Figure(g.indicator(), g.kind(), g.year(), g.value(), g.unit(), g.growthPct(), Qualifier.fromCode(v), g.text(), g.span(), g.confidence(), g.rule());
            case "status" -> g;
            default -> throw new IllegalArgumentException("unknown field " + field);
        };
        Status s = field.equals("status") ? Status.fromCode(v) : f.status();
        return new ReviewedFigure(f.id(), f.reportId(), n, s, f.analyst(), f.changedAt(), f.version());
    }

    private static BigDecimal number(String v) {
        if (v.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(v.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + v + "' is not a number");
        }
    }

    private static Integer year(String v) {
        try {
            int y = Integer.parseInt(v);
            if (y < 1949 || y > 2100) {
                throw new IllegalArgumentException("'" + v + "' is not a plausible year");
            }
            return y;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + v + "' is not a year");
        }
    }

}
