package org.zhibiao.ui;

import static org.zhibiao.ui.Messages.tr;

import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyEvent;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;
import org.zhibiao.service.ReviewService;

import java.util.Arrays;
import java.util.List;

/** The figures of the shown report, editable in place; each commit goes to the view model, which validates it. */
final class FigureTable {

    private FigureTable() {
    }

    static TableView<ReviewedFigure> build(WorkbenchViewModel vm) {
        TableView<ReviewedFigure> table = new TableView<>(vm.figures());
        table.setId("figures");
        table.setEditable(true);
        table.setTooltip(new Tooltip(tr("figures.keys")));
        // with no report shown there is nothing to add a figure to: say what to do first
        javafx.scene.control.Label empty = new javafx.scene.control.Label();
        empty.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.reportProperty().get() == null
                ? tr("figures.noReport") : tr("figures.placeholder"), vm.reportProperty()));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        // the analyst reads names (地区生产总值, 目标, 以上); the code stays in the cell's tooltip and in the data
        table.getColumns().add(choice(vm, tr("figures.column.indicator"), "indicator", vm.indicatorCodes(),
                vm::indicatorName, 150));
        table.getColumns().add(choice(vm, tr("figures.column.kind"), "kind", Arrays.stream(Kind.values()).map(Kind::code).toList(),
                code -> tr("figures.kind." + code), 70));
        table.getColumns().add(text(vm, tr("figures.column.year"), "year", 60));
        table.getColumns().add(text(vm, tr("figures.column.value"), "value", 80));
        table.getColumns().add(text(vm, tr("figures.column.unit"), "unit", 60));
        table.getColumns().add(text(vm, tr("figures.column.growth"), "growth_pct", 70));
        table.getColumns().add(choice(vm, tr("figures.column.qualifier"), "qualifier",
                Arrays.stream(Qualifier.values()).map(Qualifier::code).toList(),
                code -> code.isEmpty() ? "" : tr("qualifier." + code), 85));
        table.getColumns().add(readOnly(tr("figures.column.status"), f -> tr("status." + f.status().code()), 80));
        table.getColumns().add(readOnly(tr("figures.column.confidence"), f -> String.format("%.2f", f.figure().confidence()), 50));
        table.getColumns().add(readOnly(tr("figures.column.analyst"), ReviewedFigure::analyst, 80));
        keyboardColumns(table);
        // while the analyst types in a cell, others' changes wait: a reload would replace what they are typing
        table.editingCellProperty().addListener((o, a, b) -> vm.editing(b != null));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ReviewedFigure f, boolean empty) {
                super.updateItem(f, empty);
                getStyleClass().removeIf(c -> c.startsWith("status-"));
                if (f != null && !empty) {
                    getStyleClass().add("status-" + f.status().code());
                    setTooltip(new Tooltip(vm.indicatorName(f.figure().indicator()) + " — " + f.figure().text()
                            + "\n" + f.figure().rule()));
                }
            }
        });
        return table;
    }

    private static TableColumn<ReviewedFigure, String> text(WorkbenchViewModel vm, String title, String field, int width) {
        TableColumn<ReviewedFigure, String> c = new TableColumn<>(title);
        c.setId(field);
        HeaderWidth.fit(c, width);
        c.setCellValueFactory(d -> new SimpleStringProperty(ReviewService.get(d.getValue(), field)));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> {
            // Enter in a cell saves and goes to the row below, as in a spreadsheet
            if (!vm.editAndMoveDown(e.getRowValue(), field, e.getNewValue())) {
                e.getTableView().refresh(); // refused: show the stored value again, the message says why
            }
            keepFocus(vm, e.getTableView());
        });
        c.setOnEditCancel(e -> keepFocus(vm, e.getTableView()));
        return c;
    }

    /** A column of codes shown by name (the converter), chosen from a list of names; the code is the tooltip. */
    private static TableColumn<ReviewedFigure, String> choice(WorkbenchViewModel vm, String title, String field,
                                                              List<String> choices,
                                                              java.util.function.Function<String, String> name,
                                                              int width) {
        TableColumn<ReviewedFigure, String> c = new TableColumn<>(title);
        c.setId(field);
        HeaderWidth.fit(c, width);
        c.setCellValueFactory(d -> new SimpleStringProperty(ReviewService.get(d.getValue(), field)));
        javafx.util.StringConverter<String> names = new javafx.util.StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : name.apply(code);
            }

            @Override
            public String fromString(String shown) {
                return choices.stream().filter(code -> name.apply(code).equals(shown)).findFirst().orElse(shown);
            }
        };
        c.setCellFactory(col -> new ComboBoxTableCell<>(names, FXCollections.observableArrayList(choices)) {
            @Override
            public void updateItem(String code, boolean empty) {
                super.updateItem(code, empty);
                setTooltip(empty || code == null || code.isEmpty() ? null : new Tooltip(code));
            }

            @Override
            public void startEdit() {
                super.startEdit();
                // the keyboard goes into the list: arrows choose, Alt+Down opens it, Enter takes it
                if (isEditing() && getGraphic() instanceof javafx.scene.control.ComboBox<?> box) {
                    box.setVisibleRowCount(Math.min(12, choices.size()));
                    box.requestFocus();
                }
            }
        });
        c.setOnEditCommit(e -> {
            if (!vm.edit(e.getRowValue(), field, e.getNewValue())) {
                e.getTableView().refresh();
            }
            keepFocus(vm, e.getTableView());
        });
        c.setOnEditCancel(e -> keepFocus(vm, e.getTableView()));
        return c;
    }

    private static TableColumn<ReviewedFigure, String> readOnly(String title,
                                                                java.util.function.Function<ReviewedFigure, String> f,
                                                                int width) {
        TableColumn<ReviewedFigure, String> c = new TableColumn<>(title);
        c.setEditable(false);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new SimpleStringProperty(f.apply(d.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
            }
        });
        return c;
    }

    static boolean isDecided(ReviewedFigure f) {
        return f.status() != Status.PENDING;
    }

    /**
     * After an edit ends, saved or refused or cancelled, the keyboard stays on the table: the editor that had it is
     * gone, and without this the focus would fall to the next control (the report filter), where J and A are typed
     * as text. Once the event is over, because the cell is still being taken down during it.
     */
    private static void keepFocus(WorkbenchViewModel vm, TableView<ReviewedFigure> table) {
        vm.runner().afterThisEvent(() -> {
            if (table.getEditingCell() == null) {
                table.requestFocus();
            }
        });
    }

    private static final String COLUMN = "zhibiao.keyboardColumn";
    private static final String MARK = "keyboard-column";

    /**
     * The column the keyboard edits in (F2, Enter): moved with Left/Right and Tab/Shift+Tab among the editable
     * columns; it stays when the row changes (J/K, arrows). A click does not move it: a double click edits where it
     * is. The table keeps selecting whole rows, so the column is marked by a style on its cells rather than by a cell
     * selection.
     */
    private static void keyboardColumns(TableView<ReviewedFigure> table) {
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (table.getEditingCell() != null || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            int step = switch (e.getCode()) {
                case LEFT -> -1;
                case RIGHT -> 1;
                case TAB -> e.isShiftDown() ? -1 : 1;
                default -> 0;
            };
            if (step != 0) {
                List<TableColumn<ReviewedFigure, ?>> columns = table.getColumns().stream().filter(FigureTable::editable).toList();
                int at = columns.indexOf(keyboardColumn(table));
                setKeyboardColumn(table, columns.get(Math.max(0, Math.min(columns.size() - 1, at + step))));
                e.consume();
            }
        });
    }

    private static boolean editable(TableColumn<ReviewedFigure, ?> c) {
        return c.isEditable() && c.getId() != null;
    }

    /** The column F2 and Enter edit in: the one the keyboard chose, else the value. */
    @SuppressWarnings("unchecked")
    static TableColumn<ReviewedFigure, ?> keyboardColumn(TableView<ReviewedFigure> table) {
        Object chosen = table.getProperties().get(COLUMN);
        if (chosen instanceof TableColumn<?, ?> c) {
            return (TableColumn<ReviewedFigure, ?>) c;
        }
        return table.getColumns().stream().filter(c -> "value".equals(c.getId())).findFirst().orElseThrow();
    }

    private static void setKeyboardColumn(TableView<ReviewedFigure> table, TableColumn<ReviewedFigure, ?> column) {
        table.getColumns().forEach(c -> c.getStyleClass().remove(MARK));
        column.getStyleClass().add(MARK);
        table.getProperties().put(COLUMN, column);
        table.scrollToColumn(column);
    }
}
