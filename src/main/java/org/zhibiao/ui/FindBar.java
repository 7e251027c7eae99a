package org.zhibiao.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.fxmisc.richtext.StyleClassedTextArea;

import static org.zhibiao.ui.Messages.tr;

/**
 * Ctrl+F in the report text: a field above the text that selects the first place the typed words stand, Enter the
 * next (round to the start), Shift+Enter the one before; it says which of how many; Esc closes it and gives the
 * keyboard back to the text.
 */
final class FindBar {

    private final StyleClassedTextArea area;
    private final TextField field = new TextField();
    private final Label where = new Label();
    private final HBox bar;

    FindBar(StyleClassedTextArea area) {
        this.area = area;
        field.setId("find-text");
        field.setPromptText(tr("find.prompt"));
        where.setId("find-where");
        where.setMinWidth(90);
        HBox.setHgrow(field, Priority.ALWAYS);
        bar = new HBox(6, new Label(tr("find.label")), field, where);
        bar.setPadding(new Insets(2, 6, 2, 6));
        bar.setVisible(false);
        bar.managedProperty().bind(bar.visibleProperty());
        field.textProperty().addListener((o, was, now) -> find(0, true));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                int from = area.getSelection().getLength() > 0 ? area.getSelection().getStart() : area.getCaretPosition();
                find(e.isShiftDown() ? from - 1 : from + 1, !e.isShiftDown());
                e.consume();
            }
        });
        // Esc is caught before the workbench's own keys see it (they would use it for the table)
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
    }

    HBox node() {
        return bar;
    }

    void open() {
        bar.setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    void close() {
        bar.setVisible(false);
        area.requestFocus();
    }

    /** Selects the next place (forward from {@code from}, or backward) where the typed words stand. */
    private void find(int from, boolean forward) {
        String what = field.getText();
        String text = area.getText();
        if (what == null || what.isEmpty()) {
            where.setText("");
            return;
        }
        int at = forward ? text.indexOf(what, Math.max(0, from)) : text.lastIndexOf(what, Math.max(-1, from));
        if (at < 0) {
            at = forward ? text.indexOf(what) : text.lastIndexOf(what); // round the text
        }
        if (at < 0) {
            where.setText(tr("find.none"));
            return;
        }
        area.selectRange(at, at + what.length());
        area.requestFollowCaret();
        int count = 0;
        int index = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            count++;
            if (i == at) {
                index = count;
            }
        }
        where.setText(tr("find.where", index, count));
    }
}
