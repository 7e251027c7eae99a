package org.zhibiao.ui;

import org.zhibiao.model.Change;
import org.zhibiao.service.ReviewService;
import org.zhibiao.service.ReportQueries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * What this workbench itself wrote to the workspace. The change log holds everyone's changes; this tells ours
 * (by batch id, or by id range for an import) from those of another analyst or of the command line beside the app,
 * even under the same analyst name. It also remembers each figure's version after our own last save, so that a
 * second change to a figure made before the table showed the first is not mistaken for someone else's.
 *
 * <p>Writes and looks at the change log take turns (one monitor): a poll never sees a batch of ours before it is
 * recorded here. Used from the work thread and the {@link ChangeWatcher}'s thread.
 */
final class OwnWrites {

    /** A saved edit: its change batch (-1 when nothing needed to change) and the figure it concerned (-1 for none). */
    record Saved(long batch, long figureId) {
    }

    /** A page of the change log: the last id read, and the changes on it that are not ours. */
    record Page(long lastId, List<Change> others, boolean full) {
    }

    private final ReportQueries workspace;
    private final String analyst;
    private final Set<Long> batches = new HashSet<>();
    private final List<long[]> ranges = new ArrayList<>();
    private final Map<Long, Integer> versions = new HashMap<>();

    OwnWrites(ReportQueries workspace, String analyst) {
        this.workspace = workspace;
        this.analyst = analyst;
    }

    /** Saves an edit; a figure change is checked against the newer of the version shown and the one we last wrote. */
    synchronized Saved save(ReviewService review, FigureEdit edit) {
        if (edit instanceof FigureEdit.SetField change) {
            long id = change.figureId();
            int version = Math.max(change.shown().version(), versions.getOrDefault(id, ReviewService.ANY_VERSION));
            long batch = change.save(review, version);
            if (batch >= 0) {
                batches.add(batch);
                versions.merge(id, version + 1, Math::max); // the store bumps the version by one per save
            }
            return new Saved(batch, id);
        }
        FigureEdit.AddFigure add = (FigureEdit.AddFigure) edit;
        long batch = review.add(add.reportId(), add.figure(), add.annotator());
        batches.add(batch);
        return new Saved(batch, review.figureOf(batch));
    }

    /** Runs work that writes one change batch (an undo) and records it; returns the batch. */
    synchronized long batch(Callable<Long> work) throws Exception {
        long batch = work.call();
        if (batch >= 0) {
            batches.add(batch);
        }
        return batch;
    }

    /** Runs work that writes many batches (an import, a re-extraction): our changes are those it logged meanwhile. */
    synchronized <T> T bulk(Callable<T> work) throws Exception {
        long before = latestId();
        try {
            return work.call();
        } finally {
            long after;
            try {
                after = latestId();
            } catch (RuntimeException e) {
                after = before; // the server went away: what the work saved shows as someone's change, which is harmless
            }
            ranges.add(new long[] {before + 1, after});
        }
    }

    synchronized long latestId() {
        return workspace.latestChange();
    }

    /** The changes after {@code afterId} (at most {@code limit}) that this workbench did not make. */
    synchronized Page othersSince(long afterId, int limit) {
        List<Change> page = workspace.changesSince(afterId, limit);
        List<Change> others = new ArrayList<>();
        for (Change c : page) {
            if (!isOwn(c)) {
                others.add(c);
            }
        }
        long last = page.isEmpty() ? afterId : page.get(page.size() - 1).id();
        return new Page(last, others, page.size() >= limit);
    }

    private boolean isOwn(Change c) {
        if (batches.contains(c.batchId())) {
            return true;
        }
        if (!analyst.equals(c.analyst())) {
            return false;
        }
        for (long[] r : ranges) {
            if (c.id() >= r[0] && c.id() <= r[1]) {
                return true;
            }
        }
        return false;
    }
}
