package org.zhibiao.ui;

import javafx.beans.property.StringProperty;
import org.zhibiao.service.ReviewService;
import org.zhibiao.service.WorkspaceFailures;

import java.util.function.Consumer;

/**
 * Saves the analyst's edits, each checked against the version of the figure they saw: a figure someone else changed
 * meanwhile is not overwritten but handed to the conflict handler, and edits made while the server cannot be reached
 * are kept ({@link PendingEdits}) and saved in order when it answers again. The work runs through the
 * {@link TaskRunner}; everything else here happens on the JavaFX thread.
 */
final class EditSaver {

    /** What saving does to the workbench around it; called on the JavaFX thread. */
    interface Workbench {
        /** A saved edit's change batch: it can be undone, and counts as one of this session's decisions. */
        void undoable(long batch);

        /** Reloads the figures and the report list, selecting the figure (null: the first), then runs {@code then}. */
        void refresh(Long figureId, Runnable then);

        /** Reloads the figures and the report list, keeping the selection. */
        void reload();

        /** Shows a kept change's figure in the table as it will be once saved; false if the figure is not shown. */
        boolean preview(FigureEdit.SetField change);

        /** Moves on to the next pending figure, as accepting one does. */
        void nextPending();

        /** Moves to the figure in the row below, as Enter after typing in a cell does. */
        void nextRow();

        /** The workspace changed: those listening are told. */
        void changed();

        /** Says what went wrong. */
        void failed(Throwable e);
    }

    private final ReviewService review;
    private final OwnWrites own;
    private final PendingEdits pending;
    private final TaskRunner runner;
    private final StringProperty message;
    private final StringProperty error;
    private final Workbench workbench;
    private Consumer<FigureConflict> conflicts;

    EditSaver(ReviewService review, OwnWrites own, PendingEdits pending, TaskRunner runner, StringProperty message,
              StringProperty error, Workbench workbench) {
        this.review = review;
        this.own = own;
        this.pending = pending;
        this.runner = runner;
        this.message = message;
        this.error = error;
        this.workbench = workbench;
        // with no one to ask (no view), the other's figure stays and the analyst is told: nothing saved is overwritten
        this.conflicts = c -> {
            keepTheirs(c);
            error.set(c.describe());
        };
    }

    /** Decides what happens when someone else changed a figure the analyst changed: the view asks them. */
    void onConflict(Consumer<FigureConflict> handler) {
        conflicts = handler;
    }

    /** Whether edits are kept, being saved or waiting on a conflict: a new one queues behind them. */
    boolean holding() {
        return pending.holding();
    }

    /** Saves an edit now, or keeps it behind edits that wait for the server. */
    void save(FigureEdit edit) {
        error.set("");
        if (pending.holding()) {
            keep(edit);
            return;
        }
        runner.run(() -> own.save(review, edit), saved -> saved(edit, saved, true), e -> notSaved(edit, e, false));
    }

    /**
     * An edit is saved: it can be undone, and the table shows it. One saved {@code live} moves the selection like the
     * action did (accept goes on to the next pending figure); a kept one saved later leaves the analyst where they are.
     */
    private void saved(FigureEdit edit, OwnWrites.Saved saved, boolean live) {
        if (saved.batch() >= 0) {
            workbench.undoable(saved.batch());
        }
        pending.connection(true);
        message.set(edit.done());
        if (live) {
            workbench.refresh(saved.figureId() < 0 ? null : saved.figureId(), after(edit));
        } else {
            workbench.reload();
        }
        workbench.changed();
    }

    private void notSaved(FigureEdit edit, Throwable e, boolean queued) {
        var theirs = WorkspaceFailures.conflict(e);
        if (theirs.isPresent() && edit instanceof FigureEdit.SetField change) {
            conflicts.accept(new FigureConflict(change, theirs.get(), queued));
        } else if (WorkspaceFailures.unavailable(e)) {
            pending.connection(false);
            keep(edit);
        } else {
            workbench.failed(e);
            workbench.reload();
        }
    }

    /** Keeps an edit until the server answers, showing it in the table meanwhile as it will be. */
    private void keep(FigureEdit edit) {
        pending.keep(edit);
        if (edit instanceof FigureEdit.SetField change && workbench.preview(change)) {
            after(edit).run();
        }
    }

    /** Where the selection goes after an edit the analyst just made. */
    private Runnable after(FigureEdit edit) {
        FigureEdit.Then then = edit instanceof FigureEdit.SetField c ? c.then() : FigureEdit.Then.STAY;
        return switch (then) {
            case NEXT_PENDING -> workbench::nextPending;
            case NEXT_ROW -> workbench::nextRow;
            case STAY -> () -> { };
        };
    }

    /** A look at the workspace found it answering, or not: once it answers again, the kept edits are saved. */
    void reachable(boolean up) {
        if (!up) {
            pending.connection(false);
            return;
        }
        if (pending.offline() || !pending.isEmpty()) {
            pending.connection(true);
            saveKept();
        }
    }

    /** Saves the kept edits, oldest first, one at a time; stops at the first the server still does not take. */
    private void saveKept() {
        FigureEdit next = pending.next();
        if (next == null) {
            return;
        }
        runner.run(() -> own.save(review, next), saved -> {
            pending.done(false);
            saved(next, saved, false);
            if (pending.isEmpty()) {
                message.set(Messages.tr("vm.savedAfterReconnect"));
            }
            saveKept();
        }, e -> {
            if (WorkspaceFailures.unavailable(e)) {
                pending.notYet(); // tried again at the next look at the workspace
                return;
            }
            boolean conflict = WorkspaceFailures.conflict(e).isPresent() && next instanceof FigureEdit.SetField;
            pending.done(conflict); // the edits behind a conflict wait for the analyst's answer
            notSaved(next, e, true);
            saveKept();
        });
    }

    /** The analyst keeps the other's figure: theirs is shown again and their change is dropped. */
    void keepTheirs(FigureConflict c) {
        message.set(Messages.tr("vm.keptTheirs", c.other()));
        workbench.refresh(c.figureId(), () -> { });
        if (c.queued()) {
            pending.resume(null);
            saveKept();
        }
    }

    /** The analyst's change goes over the other's: saved again against the figure as the other left it. */
    void useMine(FigureConflict c) {
        FigureEdit.SetField again = c.change().over(c.current());
        if (c.queued()) {
            pending.resume(again);
            saveKept();
        } else {
            save(again);
        }
    }
}
