package org.zhibiao.ui;

import static org.zhibiao.ui.Messages.tr;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Every shortcut of the workbench on one sheet (F1 or ?). */
final class ShortcutSheet {

    /** Key, then the message key of what it does; keys whose name is words are message keys too. */
    static String[][] keys() {
        return new String[][] {
                {"J / K", tr("shortcuts.next")},
                {"N", tr("shortcuts.nextPending")},
                {tr("shortcuts.keyAccept"), tr("shortcuts.accept")},
                {tr("shortcuts.keyReject"), tr("shortcuts.reject")},
                {"R", tr("shortcuts.restore")},
                {tr("shortcuts.keyEdit"), tr("shortcuts.edit")},
                {"Ctrl+Z", tr("shortcuts.undo")},
                {tr("shortcuts.keyRedo"), tr("shortcuts.redo")},
                {"Ctrl+N", tr("shortcuts.add")},
                {"← / → / Tab", tr("shortcuts.column")},
                {"0–9", tr("shortcuts.typeNumber")},
                {"Ctrl+F", tr("shortcuts.find")},
                {"Ctrl+M", tr("shortcuts.note")},
                {"Ctrl+O / Ctrl+Shift+O", tr("shortcuts.import")},
                {tr("shortcuts.keyPaste"), tr("shortcuts.paste")},
                {"Ctrl+Shift+D", tr("shortcuts.markDone")},
                {tr("shortcuts.keySheet"), tr("shortcuts.sheet")},
        };
    }

    private ShortcutSheet() {
    }

    static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        String[][] keys = keys();
        for (int i = 0; i < keys.length; i++) {
            Label key = new Label(keys[i][0]);
            key.setStyle("-fx-font-weight: bold;");
            grid.addRow(i, key, new Label(keys[i][1]));
        }
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        a.setTitle(tr("shortcuts.title"));
        a.setHeaderText(tr("shortcuts.title"));
        a.getDialogPane().setContent(grid);
        a.initOwner(owner);
        a.show();
    }
}
