package org.zhibiao.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import static org.zhibiao.ui.Messages.tr;

/**
 * Asks the analyst what to do when someone else changed a figure they just changed: keep the other's figure
 * (nothing of theirs is saved) or save their own over it. Shown without waiting (a conflict can arrive from a save in
 * the background); closing it keeps theirs, the choice that loses nothing already saved.
 */
final class ConflictDialog {

    static final String ID = "conflict-dialog";
    static final String KEEP_THEIRS = "conflict-keep-theirs";
    static final String USE_MINE = "conflict-use-mine";

    private ConflictDialog() {
    }

    static Alert show(Window owner, FigureConflict conflict, WorkbenchViewModel vm) {
        ButtonType theirs = new ButtonType(tr("conflict.keepTheirs"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType mine = new ButtonType(tr("conflict.useMine"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, conflict.describe(), theirs, mine);
        alert.initOwner(owner);
        alert.setTitle(tr("conflict.title"));
        alert.setHeaderText(tr("conflict.header"));
        alert.getDialogPane().setId(ID);
        alert.getDialogPane().setMinWidth(520);
        alert.getDialogPane().lookupButton(theirs).setId(KEEP_THEIRS);
        alert.getDialogPane().lookupButton(mine).setId(USE_MINE);
        alert.setOnHidden(e -> {
            if (alert.getResult() == mine) {
                vm.useMine(conflict);
            } else {
                vm.keepTheirs(conflict);
            }
        });
        alert.show();
        return alert;
    }
}
