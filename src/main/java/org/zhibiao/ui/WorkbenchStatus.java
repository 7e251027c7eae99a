package org.zhibiao.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.zhibiao.service.WorkspaceFailures;

/**
 * What the workbench's view models tell the analyst, shared by them: what just happened, what went wrong (one
 * sentence in the UI's language, never a raw message), and the progress of long work.
 */
final class WorkbenchStatus {

    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<Double> progress = new SimpleObjectProperty<>(null);
    private final PendingEdits pending;

    WorkbenchStatus(PendingEdits pending) {
        this.pending = pending;
    }

    StringProperty message() {
        return message;
    }

    StringProperty error() {
        return error;
    }

    ObjectProperty<Double> progress() {
        return progress;
    }

    PendingEdits pending() {
        return pending;
    }

    /** Says why a step failed; a server away is said by the banner, the step was not done. */
    void failed(Throwable e) {
        progress.set(null);
        if (WorkspaceFailures.unavailable(e)) {
            pending.connection(false);
            error.set(Messages.tr("vm.offline"));
            return;
        }
        error.set(WorkspaceFailures.say(e, Messages.locale()));
    }
}
