package org.zhibiao.ui;

import javafx.beans.property.StringProperty;
import org.zhibiao.model.Change;

import java.util.List;
import java.util.Objects;

/**
 * Others' changes to a shared workspace, shown as they come: the analyst is told who changed how much ("ben changed 3
 * figures"), and the figures and report list are reloaded, keeping the analyst's place and never under their typing.
 * The {@link ChangeWatcher} that finds them also tells whether the server answers, which goes to the
 * {@link EditSaver}: a lost server's return is when kept edits are saved. JavaFX thread only.
 */
final class OthersChanges implements ChangeWatcher.Listener {

    /** What others' changes do to the workbench; called on the JavaFX thread. */
    interface Workbench {
        /** The id of the report shown, or -1 when none is. */
        long shownReport();

        /** Reloads the figures and the report list, keeping the selection. */
        void reload();

        /** Reloads the counts of these reports (the whole list when one is new, or null: others imported some). */
        void reloadReports(java.util.Collection<Long> reportIds);

        /** The workspace changed: those listening are told. */
        void changed();
    }

    private final OwnWrites own;
    private final TaskRunner runner;
    private final String analyst;
    private final StringProperty message;
    private final EditSaver saver;
    private final Workbench workbench;
    private ChangeWatcher watcher;
    private boolean editing;
    private boolean staleFigures; // others changed the shown figures while a cell was being edited

    OthersChanges(OwnWrites own, TaskRunner runner, String analyst, StringProperty message, EditSaver saver,
                  Workbench workbench) {
        this.own = own;
        this.runner = runner;
        this.analyst = analyst;
        this.message = message;
        this.saver = saver;
        this.workbench = workbench;
    }

    /**
     * Starts looking for others' changes (and for a lost server's return) while the workspace is open. Called before
     * the workbench loads: where the log stands is read first, so that nothing changed while loading goes unseen.
     */
    void watch() {
        if (watcher == null) {
            ChangeWatcher w = new ChangeWatcher(own, this, runner);
            watcher = w;
            runner.run(own::latestId, w::start, e -> w.start(-1));
        }
    }

    /** The same, with where the log stood read already (before the list the workbench shows was read). */
    void watchFrom(long latestId) {
        if (watcher == null) {
            watcher = new ChangeWatcher(own, this, runner);
            watcher.start(latestId);
        }
    }

    /** Stops looking; the workspace is about to close. */
    void close() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    /** A cell of the figure table is being edited: the table is not reloaded under the analyst's typing. */
    void editing(boolean on) {
        editing = on;
        if (!on && staleFigures) {
            staleFigures = false;
            workbench.reload();
        }
    }

    @Override
    public void reachable(boolean up) {
        saver.reachable(up);
    }

    /** Others changed the workspace: say who and how much, and show it, keeping the analyst's place. */
    @Override
    public void othersChanged(List<Change> all) {
        // changes in someone else's blind copy are not for this analyst's eyes, and change nothing they see
        List<Change> seen = all.stream().filter(c -> c.annotator() == null || c.annotator().isEmpty()
                || c.annotator().equals(analyst)).toList();
        if (seen.isEmpty()) {
            return;
        }
        message.set(describe(seen));
        long shown = workbench.shownReport();
        boolean here = seen.stream().anyMatch(c -> c.reportId() == null || c.reportId() == shown);
        if (here && editing) {
            staleFigures = true; // reloaded when the edit ends
        }
        if (here && !editing && !saver.holding()) { // kept edits reload the figures as they are saved
            workbench.reload();
        }
        // the counts of the reports concerned; a change to no report in particular reads the whole list
        boolean general = seen.stream().anyMatch(c -> c.reportId() == null);
        workbench.reloadReports(general ? null : seen.stream().map(Change::reportId).distinct().toList());
        workbench.changed();
    }

    /** "ben changed 3 figures". */
    private static String describe(List<Change> changes) {
        String who = String.join(", ", changes.stream().map(Change::analyst).distinct().toList());
        long n = changes.stream().map(Change::figureId).filter(Objects::nonNull).distinct().count();
        return n == 0 ? Messages.tr("vm.othersChangedWorkspace", who) : Messages.tr("vm.othersChanged", who, n);
    }
}
