package org.zhibiao.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Every shortcut of the workbench on one sheet (F1 or ?). */
final class ShortcutSheet {

    static final String[][] KEYS = {
            {"J / K", "next / previous figure"},
            {"N", "next pending figure (in the next report when this one is done)"},
            {"A or Space", "accept and go to the next pending figure"},
            {"X or Delete", "reject"},
            {"R", "restore to pending"},
            {"F2 or Enter", "edit the focused cell; Enter saves, Esc cancels"},
            {"Ctrl+Z", "undo (across the whole session, in any report)"},
            {"Ctrl+Shift+Z or Ctrl+Y", "redo"},
            {"Ctrl+N", "add a figure from the selected report text"},
            {"Ctrl+O / Ctrl+Shift+O", "import files / a folder"},
            {"Ctrl+V on the report list", "import the text on the clipboard as a report"},
            {"F1 or ?", "this sheet"},
    };

    private ShortcutSheet() {
    }

    static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        for (int i = 0; i < KEYS.length; i++) {
            Label key = new Label(KEYS[i][0]);
            key.setStyle("-fx-font-weight: bold;");
            grid.addRow(i, key, new Label(KEYS[i][1]));
        }
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts");
        a.getDialogPane().setContent(grid);
        a.initOwner(owner);
        a.show();
    }
}
