package org.zhibiao.ui;

import static org.zhibiao.ui.Messages.tr;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.zhibiao.extract.Extractor;
import org.zhibiao.model.Figure;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.service.OpenWorkspace;
import org.zhibiao.ui.CurationViewModel.PairedReport;

import java.time.Clock;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * The lead's curation of double annotations: the double-annotated reports with their agreement on the left, and
 * for the chosen report one table of the two analysts' aligned figures, rows where they differ in amber, with the
 * figure kept in the last column. Keyboard first: 1 takes A, 2 takes B, 0 or Delete drops, Enter or F2 edits,
 * Ctrl+S saves once every row is decided. Nothing is lost unasked: leaving a report (or the window) with choices
 * not saved, and saving over an earlier curation, ask first ({@link CurationPrompts}).
 */
public final class CurationView {

    private final CurationViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TableView<PairedReport> reportTable = new TableView<>();
    private final TableView<CurationLine> lineTable = new TableView<>();
    private final Button save = new Button(tr("curation.save"));

    public CurationView(CurationViewModel vm) {
        this.vm = vm;
        SplitPane split = new SplitPane(reportsPane(), linesPane());
        split.setDividerPositions(0.245);
        root.setCenter(split);
        root.getStylesheets().add(CurationView.class.getResource("curation.css").toExternalForm());
        root.getStyleClass().add("curation");
    }

    /** Opens the curation window and starts loading; {@code onCurated} is told each report curated. */
    public static CurationViewModel open(Window owner, OpenWorkspace ws, Extractor extractor, String lead, TaskRunner runner,
                                         LongConsumer onCurated) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        CurationView view = show(stage, ws, extractor, lead, runner, onCurated);
        stage.show();
        return view.viewModel();
    }

    /** Puts the curation view into a stage (not shown yet) and starts loading; also what UI tests call. */
    public static CurationView show(Stage stage, OpenWorkspace ws, Extractor extractor, String lead, TaskRunner runner,
                                    LongConsumer onCurated) {
        CurationViewModel vm = new CurationViewModel(ws.team(extractor, lead, Clock.systemUTC()), ws.queries(),
                extractor, lead, runner, onCurated);
        CurationView view = new CurationView(vm);
        Scene scene = new Scene(view.root(), 1366, 768);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), view::save);
        stage.setScene(scene);
        // closing with choices not saved asks first; the dialog's answer closes the window or leaves it open
        stage.setOnCloseRequest(e -> {
            PairedReport shown = vm.selectedProperty().get();
            if (vm.unsavedProperty().get() && shown != null) {
                e.consume();
                CurationPrompts.discard(stage, shown.title(), stage::hide);
            }
        });
        stage.setTitle(tr("curation.title", ws.name()));
        vm.refresh();
        return view;
    }

    public Parent root() {
        return root;
    }

    public CurationViewModel viewModel() {
        return vm;
    }

    public TableView<PairedReport> reportTable() {
        return reportTable;
    }

    public TableView<CurationLine> lineTable() {
        return lineTable;
    }

    public Button saveButton() {
        return save;
    }

    // ---- the reports -------------------------------------------------------------------------------------

    private Region reportsPane() {
        reportTable.setId("curation-reports");
        reportTable.setItems(vm.reports());
        reportTable.setPlaceholder(new Label(tr("curation.noReports")));
        reportTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        reportTable.getColumns().add(reportColumn(tr("curation.column.report"), 92, r -> fixed(r.title())));
        reportTable.getColumns().add(reportColumn(tr("curation.column.analysts"), 78,
                r -> fixed(analyst(r, r.analystA()) + " / " + analyst(r, r.analystB()))));
        reportTable.setTooltip(new Tooltip(tr("curation.analystsTip")));
        reportTable.getColumns().add(reportColumn("F1", 44,
                r -> fixed(CurationViewModel.f1(r.agreement().score().f1()))));
        reportTable.getColumns().add(reportColumn("κ", 48,
                r -> fixed(CurationViewModel.kappa(r.agreement().kappa()))));
        reportTable.getColumns().add(reportColumn(tr("curation.column.curated"), 58,
                r -> Bindings.createStringBinding(() -> r.curated() ? "✓ " + r.curatedByProperty().get() : "",
                        r.curatedByProperty())));
        reportTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> switchTo(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && reportTable.getSelectionModel().getSelectedItem() != b) {
                reportTable.getSelectionModel().select(b);
            }
        });

        Label title = new Label(tr("curation.reports"));
        title.getStyleClass().add("pane-title");
        Label overall = new Label();
        overall.setId("curation-overall");
        overall.setWrapText(true);
        overall.textProperty().bind(vm.overallProperty());
        VBox box = new VBox(4, title, reportTable, overall);
        VBox.setVgrow(reportTable, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    /** An analyst of a double-annotated report, with whether they said their version is done: "李强 ✓", "王敏 …". */
    static String analyst(PairedReport r, String name) {
        return tr(r.done(name) ? "curation.analystDone" : "curation.analystWorking", name);
    }

    /**
     * Shows the report chosen in the list; with choices on the shown one not saved, the list goes back to the shown
     * report and the lead is asked first, so that a slip of the arrow key never loses a curation half done.
     */
    private void switchTo(PairedReport chosen) {
        PairedReport shown = vm.selectedProperty().get();
        if (chosen == null || chosen == shown) {
            return;
        }
        if (!vm.unsavedProperty().get() || shown == null) {
            vm.select(chosen);
            return;
        }
        // not from inside this selection change: the table is in the middle of it
        vm.runner().afterThisEvent(() -> reportTable.getSelectionModel().select(shown));
        CurationPrompts.discard(root.getScene().getWindow(), shown.title(), () -> vm.select(chosen));
    }

    private static TableColumn<PairedReport, String> reportColumn(String title, double width,
                                                                  Function<PairedReport, ObservableValue<String>> value) {
        TableColumn<PairedReport, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 44)); // numbers are never cut to "…"
        c.setCellValueFactory(d -> value.apply(d.getValue()));
        return c;
    }

    private static ObservableValue<String> fixed(String s) {
        return new ReadOnlyObjectWrapper<>(s);
    }

    // ---- the aligned rows --------------------------------------------------------------------------------

    private Region linesPane() {
        Label header = new Label();
        header.setId("curation-header");
        header.getStyleClass().add("curation-header");
        header.textProperty().bind(vm.headerProperty());

        lineTable.setId("curation-lines");
        lineTable.setItems(vm.lines());
        lineTable.setPlaceholder(new Label(tr("curation.noRows")));
        lineTable.setTooltip(new Tooltip(tr("curation.keys")));
        // the whole row in view, the curated column taking what is left: no sideways scrolling while deciding
        lineTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        lineTable.getColumns().add(column(tr("figures.column.indicator"), 112,
                l -> vm.indicatorName(l.row().either().indicator())));
        lineTable.getColumns().add(column(tr("figures.column.kind"), 58, l -> l.row().either().kind().code()));
        lineTable.getColumns().add(column(tr("figures.column.year"), 44, l -> {
            Integer y = l.row().either().year();
            return y == null ? "" : y.toString();
        }));
        lineTable.getColumns().add(side("A", CurationLine::a));
        lineTable.getColumns().add(side("B", CurationLine::b));
        lineTable.getColumns().add(curatedColumn());
        lineTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CurationLine l, boolean empty) {
                super.updateItem(l, empty);
                getStyleClass().removeAll("disagree", "check");
                if (l != null && !empty) {
                    if (l.disagrees()) {
                        getStyleClass().add("disagree");
                    }
                    if (l.check()) {
                        getStyleClass().add("check");
                    }
                    setTooltip(new Tooltip(l.row().either().text()));
                } else {
                    setTooltip(null);
                }
            }
        });
        lineTable.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        vm.lines().addListener((ListChangeListener<CurationLine>) c -> {
            boolean newRows = false;
            while (c.next()) {
                newRows |= !c.wasUpdated(); // a choice made is an update: the selection stays where the lead is
            }
            if (newRows && !vm.lines().isEmpty()) {
                lineTable.getSelectionModel().clearAndSelect(firstUndecided(0));
            }
        });

        VBox box = new VBox(6, header, lineTable, buttons(), statusLine());
        VBox.setVgrow(lineTable, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    /** A's or B's five columns under the analyst's name. */
    private TableColumn<CurationLine, String> side(String letter, Function<CurationLine, ReviewedFigure> of) {
        TableColumn<CurationLine, String> group = new TableColumn<>();
        Label name = new Label();
        name.textProperty().bind(Bindings.createStringBinding(() -> {
            PairedReport r = vm.selectedProperty().get();
            return r == null ? letter : letter + " · " + (letter.equals("A") ? r.analystA() : r.analystB());
        }, vm.selectedProperty()));
        group.setGraphic(name);
        String[] titles = {tr("figures.column.value"), tr("figures.column.unit"), tr("figures.column.growth"),
                tr("figures.column.qualifier"), tr("figures.column.status")};
        double[] widths = {66, 42, 58, 58, 58};
        for (int i = 0; i < CurationLine.SIDE_FIELDS.size(); i++) {
            String field = CurationLine.SIDE_FIELDS.get(i);
            TableColumn<CurationLine, String> c = column(titles[i], widths[i], l -> {
                String text = CurationLine.field(of.apply(l), field);
                return field.equals("status") && !text.isEmpty() ? tr("status." + text) : text;
            });
            c.setId(letter.toLowerCase() + "-" + field);
            c.setCellFactory(col -> new TableCell<>() {
                @Override
                protected void updateItem(String s, boolean empty) {
                    super.updateItem(s, empty);
                    setText(empty ? null : s);
                    CurationLine l = empty ? null : getTableRow().getItem();
                    getStyleClass().remove("differs");
                    // only rows the analysts disagree on are marked: an agreed row differing in status alone
                    // (confirmed by one, corrected to the same values by the other) needs no look
                    if (l != null && l.disagrees() && l.differs(field)) {
                        getStyleClass().add("differs");
                    }
                }
            });
            group.getColumns().add(c);
        }
        return group;
    }

    private TableColumn<CurationLine, CurationLine.Kept> curatedColumn() {
        TableColumn<CurationLine, CurationLine.Kept> c = new TableColumn<>(tr("curation.column.kept"));
        c.setId("curated");
        c.setPrefWidth(180);
        c.setSortable(false);
        c.setCellValueFactory(d -> d.getValue().keptProperty());
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(CurationLine.Kept k, boolean empty) {
                super.updateItem(k, empty);
                getStyleClass().removeAll("kept-undecided", "kept-dropped", "kept-check");
                CurationLine l = empty ? null : getTableRow().getItem();
                if (k == null || l == null) {
                    setText(null);
                    return;
                }
                setText(keptText(l, k));
                switch (k.pick()) {
                    case UNDECIDED -> getStyleClass().add("kept-undecided");
                    case DROPPED -> getStyleClass().add("kept-dropped");
                    default -> {
                        if (l.check()) {
                            getStyleClass().add("kept-check");
                        }
                    }
                }
            }
        });
        return c;
    }

    /** What the curated column says: where the kept figure comes from and its numbers. */
    static String keptText(CurationLine l, CurationLine.Kept k) {
        String check = l.check() ? "⚑ " : ""; // first, so a narrow column never hides it; the legend explains it
        return switch (k.pick()) {
            case A -> check + "A: " + brief(k.figure());
            case B -> check + "B: " + brief(k.figure());
            case EDITED -> "✎ " + brief(k.figure());
            case DROPPED -> "✗ " + tr("curation.kept.dropped");
            case UNDECIDED -> "? " + tr("curation.kept.undecided");
        };
    }

    /** A figure's numbers in a few characters: 129.5亿元 +3.1% ge. */
    static String brief(Figure f) {
        StringBuilder b = new StringBuilder();
        if (f.value() != null) {
            b.append(f.value().toPlainString()).append(f.unit());
        }
        if (f.growthPct() != null) {
            b.append(b.isEmpty() ? "" : " ").append(f.growthPct().signum() >= 0 ? "+" : "")
                    .append(f.growthPct().toPlainString()).append('%');
        }
        if (!f.qualifier().code().isEmpty()) {
            b.append(b.isEmpty() ? "" : " ").append(f.qualifier().code());
        }
        return b.isEmpty() ? "—" : b.toString();
    }

    private static TableColumn<CurationLine, String> column(String title, double width,
                                                            Function<CurationLine, String> text) {
        TableColumn<CurationLine, String> c = new TableColumn<>(title);
        HeaderWidth.fit(c, width);
        c.setSortable(false); // rows stay in text order, the order the lead reads the report in
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(text.apply(d.getValue())));
        return c;
    }

    private Region buttons() {
        Button takeA = new Button(tr("curation.takeA"));
        takeA.setId("curation-take-a");
        takeA.setOnAction(e -> pick(vm::takeA));
        Button takeB = new Button(tr("curation.takeB"));
        takeB.setId("curation-take-b");
        takeB.setOnAction(e -> pick(vm::takeB));
        Button drop = new Button(tr("curation.drop"));
        drop.setId("curation-drop");
        drop.setOnAction(e -> pick(l -> {
            vm.drop(l);
            return true;
        }));
        Button edit = new Button(tr("curation.edit"));
        edit.setId("curation-edit");
        edit.setOnAction(e -> edit());
        var line = lineTable.getSelectionModel().selectedItemProperty();
        takeA.disableProperty().bind(Bindings.createBooleanBinding(() -> line.get() == null || line.get().a() == null, line));
        takeB.disableProperty().bind(Bindings.createBooleanBinding(() -> line.get() == null || line.get().b() == null, line));
        drop.disableProperty().bind(line.isNull());
        edit.disableProperty().bind(line.isNull());
        for (Button b : new Button[] {takeA, takeB, drop, edit}) {
            b.setFocusTraversable(false); // the keys belong to the table
        }

        Label undecided = new Label();
        undecided.setId("curation-undecided");
        undecided.textProperty().bind(Bindings.createStringBinding(
                () -> tr("curation.undecided", vm.undecidedProperty().get()), vm.undecidedProperty()));
        save.setId("curation-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.canSaveProperty().not());
        save.setOnAction(e -> save());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label legend = new Label(tr("curation.check"));
        legend.setId("curation-legend");
        legend.getStyleClass().add("legend");
        HBox bar = new HBox(8, takeA, takeB, drop, edit, legend, spring, undecided, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Region statusLine() {
        Label message = new Label();
        message.setId("curation-message");
        message.textProperty().bind(vm.messageProperty());
        Label error = new Label();
        error.setId("curation-error");
        error.getStyleClass().add("error-label");
        error.textProperty().bind(vm.errorProperty());
        HBox status = new HBox(16, message, error);
        status.setAlignment(Pos.CENTER_LEFT);
        return status;
    }

    /** Saves the curation; a report curated before is only curated again once the lead confirms it. */
    void save() {
        vm.requestSave(before -> CurationPrompts.curateAgain(root.getScene().getWindow(), before, vm::save));
    }

    // ---- keys --------------------------------------------------------------------------------------------

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return; // Ctrl+S and the like are the scene's
        }
        switch (e.getCode()) {
            case DIGIT1, NUMPAD1 -> pick(vm::takeA);
            case DIGIT2, NUMPAD2 -> pick(vm::takeB);
            case DIGIT0, NUMPAD0, DELETE, BACK_SPACE -> pick(l -> {
                vm.drop(l);
                return true;
            });
            case ENTER, F2 -> edit();
            default -> {
                return; // Up, Down, Page Up … move as in any table
            }
        }
        e.consume();
    }

    /** Applies a choice to the selected row and goes on to the next row still undecided, if there is one. */
    private void pick(Function<CurationLine, Boolean> choice) {
        CurationLine l = lineTable.getSelectionModel().getSelectedItem();
        if (l == null || !choice.apply(l)) {
            return;
        }
        int here = lineTable.getSelectionModel().getSelectedIndex();
        int next = firstUndecided(here + 1);
        if (next >= 0 && vm.lines().get(next).undecided()) {
            lineTable.getSelectionModel().clearAndSelect(next);
            lineTable.scrollTo(Math.max(0, next - 3));
        }
    }

    /** The first undecided row from an index on (wrapping round), else the row at that index. */
    private int firstUndecided(int from) {
        int n = vm.lines().size();
        for (int k = 0; k < n; k++) {
            int i = (from + k) % n;
            if (vm.lines().get(i).undecided()) {
                return i;
            }
        }
        return Math.min(from, n - 1);
    }

    private void edit() {
        CurationLine l = lineTable.getSelectionModel().getSelectedItem();
        if (l != null) {
            CuratedFigureDialog.show(root.getScene().getWindow(), vm, l);
            lineTable.requestFocus();
        }
    }
}
