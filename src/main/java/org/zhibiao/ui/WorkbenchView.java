package org.zhibiao.ui;

import static org.zhibiao.ui.Messages.tr;

import javafx.beans.binding.Bindings;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.textfield.TextFields;
import org.zhibiao.extract.Gazetteer;
import org.zhibiao.model.Change;
import org.zhibiao.model.DocType;
import org.zhibiao.model.ReportIdentity;
import org.zhibiao.model.ReportSummary;
import org.zhibiao.model.ReviewedFigure;

import org.zhibiao.service.WorkspaceTarget;

import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.util.StringConverter;
import java.util.Arrays;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.TableCell;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.zhibiao.service.Dictionary;

/**
 * The review workbench: reports on the left, the report text with its highlighted figures in the middle, the
 * figures table, history and report details on the right, and a status bar with session progress. Builds nodes
 * and binds them to the {@link WorkbenchViewModel}; keys are read once, at the scene.
 */
public final class WorkbenchView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final WorkbenchViewModel vm;
    /** Names the region field completes and checks; built in the background while the window first shows. */
    private final java.util.concurrent.CompletableFuture<Gazetteer> gazetteer;
    private final BorderPane root = new BorderPane();
    private final TableView<ReportSummary> reportTable = new TableView<>();
    private final TextField filter = new TextField();
    /** The figures and the report text: built with their panes, at once or after the first frame (PaneSlot). */
    private TableView<ReviewedFigure> figureTable;
    private ReportTextView text;
    private final PaneSlot textSlot;
    private final PaneSlot rightSlot;
    private WhyViewModel why;
    private final ListView<Change> historyList = new ListView<>();
    private final Label session = new Label();
    private final Label whyReport = new Label();
    private final Label whyFigure = new Label();
    private javafx.scene.control.Tab whyTab;
    private boolean reshaping;
    private Host host = new Host() { };

    public WorkbenchView(WorkbenchViewModel vm, Gazetteer gazetteer) {
        this(vm, java.util.concurrent.CompletableFuture.completedFuture(gazetteer));
    }

    public WorkbenchView(WorkbenchViewModel vm, java.util.concurrent.CompletableFuture<Gazetteer> gazetteer) {
        this(vm, gazetteer, false);
    }

    /**
     * A workbench whose text and figure panes show their titles only until {@link #completePanes} (the app's first
     * window: the report list first, the rest on the next pulse).
     */
    static WorkbenchView firstFrame(WorkbenchViewModel vm, java.util.concurrent.CompletableFuture<Gazetteer> gazetteer) {
        return new WorkbenchView(vm, gazetteer, true);
    }

    private WorkbenchView(WorkbenchViewModel vm, java.util.concurrent.CompletableFuture<Gazetteer> gazetteer,
                          boolean panesLater) {
        this.vm = vm;
        this.gazetteer = gazetteer;
        root.setTop(new VBox(menus(), connectionBanner()));
        textSlot = panesLater ? PaneSlot.later(tr("text.title"), this::textPane) : PaneSlot.now(this::textPane);
        rightSlot = panesLater ? PaneSlot.later(tr("figures.title"), this::rightPane) : PaneSlot.now(this::rightPane);
        SplitPane split = new SplitPane(reportsPane(), textSlot, rightSlot);
        split.setDividerPositions(0.25, 0.58);
        root.setCenter(split);
        root.setBottom(statusBar());
        bindReportSelection();
        root.getStylesheets().add(WorkbenchView.class.getResource("workbench.css").toExternalForm());
        vm.onConflict(c -> ConflictDialog.show(window(), c, vm));
        vm.transfer().notImported().addListener((ListChangeListener<String>) c -> {
            if (!c.getList().isEmpty()) {
                AppDialogs.problems(window(), tr("vm.notImported"), List.copyOf(c.getList()), () -> vm.transfer().notImported().clear());
            }
        });
    }

    public Parent root() {
        return root;
    }

    public WorkbenchViewModel viewModel() {
        return vm;
    }

    StyleClassedTextArea textArea() {
        return textView().area();
    }

    /** The figures table; on the FX thread the panes are built first if the window has not built them yet. */
    public TableView<ReviewedFigure> figureTable() {
        if (javafx.application.Platform.isFxApplicationThread()) {
            completePanes();
        }
        return figureTable;
    }

    /** Builds the text and figure panes if the first frame left them for later; nothing when they are built. */
    void completePanes() {
        textSlot.content();
        rightSlot.content();
    }

    boolean panesComplete() {
        return textSlot.built() && rightSlot.built();
    }

    /** The report text for a key or a menu item: the panes built now if the first frame's next pulse has not come. */
    private ReportTextView textView() {
        completePanes();
        return text;
    }

    /** The same for the figures table. */
    private TableView<ReviewedFigure> table() {
        completePanes();
        return figureTable;
    }

    public TableView<ReportSummary> reportTable() {
        return reportTable;
    }

    // ---- panes -------------------------------------------------------------------------------------------

    /** Across the window while the team workspace cannot be reached: the analyst must not think their work is saved. */
    private Region connectionBanner() {
        Label banner = new Label();
        banner.setId("connection-banner");
        banner.getStyleClass().add("connection-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setWrapText(true);
        banner.textProperty().bind(vm.connectionProperty());
        banner.visibleProperty().bind(vm.connectionProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Region reportsPane() {
        filter.setId("report-filter");
        filter.setPromptText(tr("report.filter.prompt"));
        FilteredList<ReportSummary> filtered = new FilteredList<>(vm.reports());
        ReportListOrder order = new ReportListOrder(vm.reports(), WorkbenchView::searchText, vm.runner());
        filter.textProperty().addListener((o, a, b) -> {
            reshaping = true; // a filter narrows the list; it does not open another report
            try {
                filtered.setPredicate(order.matching(b));
            } finally {
                reshaping = false;
            }
        });
        reportTable.setOnSort(e -> {
            reshaping = true;
            vm.runner().afterThisEvent(() -> reshaping = false);
        });
        SortedReports sorted = new SortedReports(filtered);
        reportTable.setItems(sorted);
        reportTable.setId("reports");
        reportTable.getColumns().add(column(order, tr("report.column.region"), s -> s.report().identity().region(), 80));
        reportTable.getColumns().add(column(order, tr("report.column.prefecture"), s -> s.report().identity().prefecture(), 70));
        TableColumn<ReportSummary, Integer> year = new TableColumn<>(tr("report.column.year"));
        year.setCellValueFactory(d -> new SimpleObjectProperty<>(d.getValue().report().identity().reportYear()));
        HeaderWidth.fit(year, 66); // at 50 px "Year" and 年份 were cut to "…" once the sort arrow showed
        // years compared directly, no year first (through Comparator.comparing and nullsFirst a sort of 71,429 reports
        // spent 20 ms more on the FX thread), and through each report's rank once the background has made them
        order.sortByRank(year, (a, b) -> {
            Integer x = a.report().identity().reportYear();
            Integer y = b.report().identity().reportYear();
            return x == null ? (y == null ? 0 : -1) : y == null ? 1 : Integer.compare(x, y);
        });
        reportTable.getColumns().add(year);
        reportTable.getColumns().add(column(order, tr("report.column.type"),
                s -> order.typeName(s.report().identity().docType(), t -> tr("doctype." + t.code())), 60));
        TableColumn<ReportSummary, ReportSummary> progress = new TableColumn<>(tr("report.column.progress"));
        progress.setCellValueFactory(d -> new SimpleObjectProperty<>(d.getValue()));
        // by pending figures, then reviewed ones, through ranks as the other columns; a decision's new counts are
        // compared directly (through comparingInt and thenComparingInt four calls a comparison)
        order.sortByRank(progress, (a, b) -> {
            int byPending = Integer.compare(a.pending(), b.pending());
            return byPending != 0 ? byPending : Integer.compare(a.reviewed(), b.reviewed());
        });
        progress.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ReportSummary s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : (s.assignment() == null ? "" : assignedMark(s) + " ")
                        + tr("report.progress", s.pending(), s.reviewed()));
            }
        });
        progress.setPrefWidth(130);
        reportTable.getColumns().add(progress);
        reportTable.getColumns().add(column(order, tr("report.column.file"), s -> s.report().fileName(), 120));
        sorted.orderProperty().bind(order.orderOf(reportTable));
        Label noReports = new Label(tr("report.placeholder"));
        noReports.setWrapText(true); // the list is narrow: the hint wraps rather than being cut
        noReports.setPadding(new javafx.geometry.Insets(8));
        reportTable.setPlaceholder(noReports);
        reportTable.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN).match(e)) {
                pasteReport();
                e.consume();
            }
        });
        VBox box = new VBox(title(tr("report.list.title")), filter, reportTable);
        VBox.setVgrow(reportTable, Priority.ALWAYS);
        return box;
    }

    /** The words a report is found by in the filter. */
    private static String searchText(ReportSummary s) {
        ReportIdentity id = s.report().identity();
        // the assignment marks can be typed too: "◆" lists the reports given to the analyst still to do, "✓" those done
        return String.join(" ", id.region(), id.prefecture(), id.province(), String.valueOf(id.reportYear()),
                id.docType().code(), tr("doctype." + id.docType().code()), s.report().fileName(),
                s.assignment() == null ? "" : assignedMark(s));
    }

    /** How the report list marks a report given to the analyst: ◆ while they work on it, ✓ once they said it is done. */
    static String assignedMark(ReportSummary s) {
        return tr("report.assigned" + (s.blind() ? ".blind" : "") + (s.assignment().done() ? ".done" : ""));
    }

    private Region textPane() {
        text = new ReportTextView(vm, this::addFigure);
        HBox chips = new HBox(6, chip(tr("status.pending"), "#fff2b3"), chip(tr("status.confirmed"), "#c8ebc6"),
                chip(tr("status.corrected"), "#bcdcff"), chip(tr("status.rejected"), "#f3c6c6"), chip(tr("status.added"), "#e3cdf5"));
        chips.setPadding(new Insets(2, 6, 2, 6));
        Label heading = title(tr("text.title"));
        heading.textProperty().bind(Bindings.createStringBinding(() -> vm.reportProperty().get() == null ? tr("text.title")
                : tr("text.titleWithFile", vm.reportProperty().get().report().fileName()), vm.reportProperty()));
        Label blind = new Label(tr("text.blind"));
        blind.setId("blind-note");
        blind.getStyleClass().add("blind-note");
        blind.visibleProperty().bind(vm.blindProperty());
        blind.managedProperty().bind(blind.visibleProperty());
        VBox box = new VBox(heading, blind, chips, text.findBar().node(), text.node());
        VBox.setVgrow(text.node(), Priority.ALWAYS);
        return box;
    }

    private static Label chip(String name, String colour) {
        Label l = new Label(name);
        l.getStyleClass().add("legend-chip");
        l.setStyle("-fx-background-color: " + colour + ";");
        return l;
    }

    private Region rightPane() {
        figureTable = FigureTable.build(vm);
        bindFigureSelection();
        VBox figures = new VBox(figuresHeader(), figureTable);
        VBox.setVgrow(figureTable, Priority.ALWAYS);
        historyList.setId("history");
        historyList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Change c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : HistoryText.line(c, WHEN));
            }
        });
        CheckBox mine = new CheckBox(tr("history.mine"));
        mine.setId("history-mine");
        // in a team the log holds everyone's changes; the toggle only narrows what the list shows, the log stays whole
        FilteredList<Change> shown = new FilteredList<>(vm.history());
        shown.predicateProperty().bind(Bindings.<Predicate<? super Change>>createObjectBinding(
                () -> mine.isSelected() ? c -> c.analyst().equals(vm.analyst()) : null, mine.selectedProperty()));
        historyList.setItems(shown);
        Button revert = new Button(tr("history.revert"));
        // a whole figure (imported, added, removed) is set back with Undo, not from here
        revert.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Change c = historyList.getSelectionModel().getSelectedItem();
            return c == null || c.field().equals("*");
        }, historyList.getSelectionModel().selectedItemProperty()));
        revert.setOnAction(e -> vm.revertTo(historyList.getSelectionModel().getSelectedItem()));
        VBox history = new VBox(4, mine, historyList, revert);
        VBox.setVgrow(historyList, Priority.ALWAYS);
        TitledPane detailsPane = new TitledPane(tr("details.title"), details());
        detailsPane.setExpanded(false);
        detailsPane.setAnimated(false); // the divider is put back when it has closed, not half way
        whyFigure.setWrapText(true);
        whyReport.setWrapText(true);
        whyFigure.setId("why-figure");
        whyReport.setId("why-report");
        javafx.scene.control.ScrollPane whyScroll = new javafx.scene.control.ScrollPane(new VBox(8, whyFigure, whyReport));
        whyScroll.setFitToWidth(true);
        // the history and the reasons share the space under the figures, one tab each at full height
        javafx.scene.control.Tab historyTab = new javafx.scene.control.Tab(tr("history.title"), history);
        historyTab.setId("history-tab");
        javafx.scene.control.Tab whyTab = new javafx.scene.control.Tab(tr("why.title"), whyScroll);
        whyTab.setId("why");
        this.whyTab = whyTab;
        if (why != null) {
            followWhyTab();
        }
        javafx.scene.control.TabPane notes = new javafx.scene.control.TabPane(historyTab, whyTab);
        notes.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        notes.setFocusTraversable(false);
        VBox.setVgrow(notes, Priority.ALWAYS);
        SplitPane right = new SplitPane(figures, new VBox(notes, detailsPane));
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.68);
        // opening the report's details pushes the divider up to make room; closing them gives the figures their
        // room back (they were left three rows high)
        double[] before = {0.68};
        detailsPane.expandedProperty().addListener((o, was, open) -> {
            if (open) {
                before[0] = right.getDividers().get(0).getPosition();
            } else {
                right.setDividerPositions(before[0]);
            }
        });
        return right;
    }

    /** The figures' title with the review order: doubtful first, and a filter by confidence. */
    private Region figuresHeader() {
        ReviewOrder order = vm.reviewOrder();
        javafx.scene.control.ToggleButton doubtful = new javafx.scene.control.ToggleButton(tr("review.doubtfulFirst"));
        doubtful.setId("doubtful-first");
        doubtful.setTooltip(new javafx.scene.control.Tooltip(tr("review.doubtfulFirst.tip")));
        doubtful.setFocusTraversable(false);
        doubtful.selectedProperty().bindBidirectional(order.doubtfulFirstProperty());
        ChoiceBox<Double> below = new ChoiceBox<>(FXCollections.observableArrayList(
                Arrays.asList(null, 0.9, 0.8, 0.7, 0.5)));
        below.setId("confidence-below");
        below.setFocusTraversable(false);
        below.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double d) {
                return d == null ? tr("review.confidence.all") : tr("review.confidence.below", String.format("%.1f", d));
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        below.valueProperty().bindBidirectional(order.belowProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        javafx.scene.control.ToggleButton pending = new javafx.scene.control.ToggleButton(tr("review.pendingOnly"));
        pending.setId("pending-only");
        pending.setTooltip(new javafx.scene.control.Tooltip(tr("review.pendingOnly.tip")));
        pending.setFocusTraversable(false);
        pending.selectedProperty().bindBidirectional(order.pendingOnlyProperty());
        HBox header = new HBox(6, title(tr("figures.title")), spacer, pending, doubtful, new Label(tr("review.confidenceBelow")), below);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    /** Shows the engine's reasons for the shown report and the selected figure (Review ▸ why). */
    public void useWhy(WhyViewModel why) {
        whyReport.textProperty().bind(why.reportReasonsProperty());
        whyFigure.textProperty().bind(why.figureReasonsProperty());
        vm.reportProperty().addListener((o, a, b) -> why.showReport(b));
        vm.figureProperty().addListener((o, a, b) -> why.showFigure(b));
        this.why = why;
        if (whyTab != null) {
            followWhyTab();
        } else {
            why.setVisible(false); // its tab is not built yet: nothing to explain the report to
        }
        why.showReport(vm.reportProperty().get());
        why.showFigure(vm.figureProperty().get());
    }

    /** The reasons are worked out only while their tab is the one shown (the engine re-reads the report). */
    private void followWhyTab() {
        why.setVisible(whyTab.isSelected());
        whyTab.selectedProperty().addListener((o, a, b) -> why.setVisible(b));
    }

    private Region details() {
        TextField province = new TextField();
        TextField prefecture = new TextField();
        TextField region = new TextField();
        region.setId("detail-region");
        TextField reportYear = new TextField();
        TextField reviewYear = new TextField();
        ChoiceBox<DocType> type = new ChoiceBox<>(FXCollections.observableArrayList(DocType.values()));
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(DocType t) {
                return t == null ? "" : tr("doctype." + t.code());
            }

            @Override
            public DocType fromString(String shown) {
                return null; // chosen from the list, never typed
            }
        });
        if (gazetteer.isDone()) {
            TextFields.bindAutoCompletion(region, gazetteer.join().names());
        } else {
            // not through the runner's one worker thread: the reports it loads must not wait for the gazetteer
            gazetteer.thenAccept(g -> vm.runner().post(() -> TextFields.bindAutoCompletion(region, g.names())));
        }
        region.textProperty().addListener((o, a, b) -> {
            if (!gazetteer.isDone()) {
                return; // the analyst types before the names are read: nothing to fill in yet
            }
            List<org.zhibiao.model.Region> found = gazetteer.join().byName(b == null ? "" : b.strip());
            if (found.size() == 1) {
                prefecture.setText(found.get(0).prefecture());
                province.setText(found.get(0).province());
            }
        });
        java.util.function.Consumer<ReportSummary> fill = s -> {
            if (s == null) {
                return;
            }
            ReportIdentity id = s.report().identity();
            province.setText(id.province());
            prefecture.setText(id.prefecture());
            region.setText(id.region());
            reportYear.setText(id.reportYear() == null ? "" : id.reportYear().toString());
            reviewYear.setText(id.reviewYear() == null ? "" : id.reviewYear().toString());
            type.setValue(id.docType());
        };
        vm.reportProperty().addListener((o, a, s) -> fill.accept(s));
        fill.accept(vm.reportProperty().get()); // a pane built after the first report was read
        Button save = new Button(tr("details.save"));
        save.setOnAction(e -> {
            try {
                String name = region.getText().strip();
                String code = gazetteer.join().byName(name).stream().findFirst().map(org.zhibiao.model.Region::code).orElse("");
                vm.updateIdentity(new ReportIdentity(province.getText().strip(), prefecture.getText().strip(), name, code,
                        year(reportYear.getText()), year(reviewYear.getText()), type.getValue()));
            } catch (NumberFormatException ex) {
                vm.errorProperty().set(tr("details.yearInvalid"));
            }
        });
        Button reextract = new Button(tr("details.reextract"));
        reextract.setOnAction(e -> vm.reextract());
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(4);
        g.addRow(0, new Label(tr("details.region")), region);
        g.addRow(1, new Label(tr("details.prefecture")), prefecture);
        g.addRow(2, new Label(tr("details.province")), province);
        g.addRow(3, new Label(tr("details.reportYear")), reportYear);
        g.addRow(4, new Label(tr("details.reviewYear")), reviewYear);
        g.addRow(5, new Label(tr("details.type")), type);
        g.addRow(6, save, reextract);
        return g;
    }

    private static Integer year(String s) {
        return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
    }

    private Region statusBar() {
        Label message = new Label();
        message.setId("message");
        message.textProperty().bind(vm.messageProperty());
        Label error = new Label();
        error.setId("error");
        error.getStyleClass().add("error-label");
        error.textProperty().bind(vm.errorProperty());
        session.setId("session");
        ProgressBar bar = new ProgressBar();
        bar.visibleProperty().bind(vm.progressProperty().isNotNull());
        bar.progressProperty().bind(Bindings.createDoubleBinding(
                () -> vm.progressProperty().get() == null ? 0 : vm.progressProperty().get(), vm.progressProperty()));
        Button cancel = new Button(tr("import.cancel"));
        cancel.visibleProperty().bind(vm.progressProperty().isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancelImport());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar1 = new HBox(12, message, error, spacer, bar, cancel, session);
        bar1.getStyleClass().add("status-bar");
        Timeline tick = new Timeline(
                new KeyFrame(Duration.seconds(1), e -> updateSession()));
        tick.setCycleCount(Animation.INDEFINITE);
        tick.play();
        vm.figures().addListener((ListChangeListener<ReviewedFigure>) c -> updateSession());
        vm.reports().addListener((ListChangeListener<ReportSummary>) c -> updateSession());
        return bar1;
    }

    private void updateSession() {
        var shown = vm.reportCounts();
        var all = vm.workspaceCounts();
        long secs = vm.sessionTime().toSeconds();
        session.setText(tr("session.summary", vm.analyst(), String.valueOf(shown.reviewed()), String.valueOf(shown.total()),
                String.valueOf(all.reviewed()), String.valueOf(all.total()),
                String.valueOf(vm.sessionDecisionsProperty().get()), String.format("%d:%02d", secs / 60, secs % 60)));
    }

    private static Label title(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("pane-title");
        return l;
    }

    private static TableColumn<ReportSummary, String> column(ReportListOrder order, String title,
                                                            Function<ReportSummary, String> f, int width) {
        TableColumn<ReportSummary, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(f.apply(d.getValue())));
        // plain code-point order: the default Collator is many times slower on thousands of rows
        c.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        order.sortByText(c, f);
        HeaderWidth.fit(c, width);
        return c;
    }

    // ---- selection ---------------------------------------------------------------------------------------

    private void bindReportSelection() {
        reportTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!reshaping) {
                vm.selectReport(b);
            }
        });
        vm.reportProperty().addListener((o, a, b) -> {
            if (b != null && reportTable.getSelectionModel().getSelectedItem() != b) {
                reportTable.getItems().stream().filter(s -> s.report().id() == b.report().id()).findFirst()
                        .ifPresent(s -> reportTable.getSelectionModel().select(s));
            }
        });
        // a list that others' changes updated (new counts, a report someone imported) keeps the shown report selected
        vm.reports().addListener((ListChangeListener<ReportSummary>) c -> {
            ReportSummary shown = vm.reportProperty().get();
            ReportSummary selected = reportTable.getSelectionModel().getSelectedItem();
            if (shown != null && (selected == null || selected.report().id() != shown.report().id())) {
                reportTable.getItems().stream().filter(s -> s.report().id() == shown.report().id()).findFirst()
                        .ifPresent(s -> reportTable.getSelectionModel().select(s));
            }
        });
    }

    /** The figures table and the view model's figure follow each other; from the figure shown when it is built. */
    private void bindFigureSelection() {
        figureTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && (vm.figureProperty().get() == null || vm.figureProperty().get().id() != b.id()
                    || vm.figureProperty().get() != b)) {
                vm.figureProperty().set(b);
            }
        });
        vm.figureProperty().addListener((o, a, b) -> selectInTable(b));
        if (vm.figureProperty().get() != null) {
            selectInTable(vm.figureProperty().get());
        }
    }

    private void selectInTable(ReviewedFigure f) {
        if (f == null) {
            figureTable.getSelectionModel().clearSelection();
            return;
        }
        int i = vm.figures().indexOf(f);
        if (i >= 0 && figureTable.getSelectionModel().getSelectedIndex() != i) {
            figureTable.getSelectionModel().clearAndSelect(i);
            figureTable.getFocusModel().focus(i);
            figureTable.scrollTo(Math.max(0, i - 3));
        }
    }

    // ---- keys and menus ----------------------------------------------------------------------------------

    /** Review keys work anywhere but in a text field or a cell being edited. */
    public void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (scene.getFocusOwner() instanceof TextInputControl
                    || (figureTable != null && figureTable.getEditingCell() != null)
                    || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            boolean handled = true;
            switch (e.getCode()) {
                case J -> vm.next();
                case K -> vm.previous();
                case N -> vm.nextPending();
                case A, SPACE -> vm.accept();
                case X, DELETE -> vm.reject();
                case R -> vm.restore();
                case F2, ENTER -> editFocusedCell();
                case DIGIT0, DIGIT1, DIGIT2, DIGIT3, DIGIT4, DIGIT5, DIGIT6, DIGIT7, DIGIT8, DIGIT9, NUMPAD0, NUMPAD1,
                     NUMPAD2, NUMPAD3, NUMPAD4, NUMPAD5, NUMPAD6, NUMPAD7, NUMPAD8, NUMPAD9, PERIOD, DECIMAL, MINUS,
                     SUBTRACT -> handled = typeIntoFocusedCell(e); // a number typed starts the edit, as in a spreadsheet
                case F1 -> ShortcutSheet.show(root.getScene().getWindow());
                case SLASH -> {
                    if (e.isShiftDown()) {
                        ShortcutSheet.show(root.getScene().getWindow());
                    } else {
                        handled = false;
                    }
                }
                default -> handled = false;
            }
            if (handled) {
                // a key pressed before the first frame's next pulse builds the figures pane now, then takes effect
                if (table().getEditingCell() == null) {
                    figureTable.requestFocus(); // but leave the focus in a cell editor that F2 just opened
                }
                e.consume();
            }
        });
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            if (files != null && !files.isEmpty()) {
                vm.importFiles(files.stream().map(File::toPath).toList(), s -> { });
            }
            e.setDropCompleted(true);
            e.consume();
        });
    }

    @SuppressWarnings("unchecked")
    /** Starts editing the chosen cell with the typed character in place of its value (text columns only). */
    private boolean typeIntoFocusedCell(KeyEvent e) {
        if (scene() == null || figureTable == null || scene().getFocusOwner() != figureTable) {
            return false;
        }
        String typed = e.getText();
        editFocusedCell();
        if (figureTable.getEditingCell() != null && typed != null && !typed.isEmpty()
                && figureTable.lookup(".table-cell .text-field") instanceof TextInputControl field) {
            field.setText(typed);
            field.end();
        }
        return true;
    }

    private Scene scene() {
        return root.getScene();
    }

    private void editFocusedCell() {
        int row = table().getSelectionModel().getSelectedIndex();
        if (row < 0) {
            return;
        }
        figureTable.edit(row, (TableColumn<ReviewedFigure, ?>) FigureTable.keyboardColumn(figureTable));
    }

    /** What the app around the workbench does: switch workspaces, preferences, logs, about. Tests need none of it. */
    public interface Host {
        default void openWorkspace(Path file) {
        }

        /** Opens a workspace on a PostgreSQL server, {@code postgresql://HOST[:PORT]/DB}. */
        default void openTeamWorkspace(String address) {
        }

        /** The team workspace opened last, to offer again; empty for none. */
        default String lastTeamWorkspace() {
            return "";
        }

        default List<Path> recentWorkspaces() {
            return List.of();
        }

        default void showPreferences() {
        }

        default void showLogFolder() {
        }

        default void showAbout() {
        }

        /** Where exports go unless the analyst picks another folder. */
        default Path exportFolder() {
            return Path.of(System.getProperty("user.home", "."));
        }

        /** Opens a file with the program the OS uses for it (an exported workbook in Excel or Calc). */
        default void openFile(Path file) {
        }
    }

    public void setHost(Host host) {
        this.host = host == null ? new Host() { } : host;
    }

    private MenuBar menus() {
        Menu recent = new Menu(tr("file.recent"));
        recent.setId("menu-recent");
        recent.getItems().add(new MenuItem(tr("file.recentNone")));
        recent.setOnShowing(e -> fillRecent(recent));
        Menu file = new Menu(tr("menu.file"));
        file.setId("menu-file");
        file.getItems().addAll(
                item(tr("file.newWorkspace"), null, this::newWorkspace),
                item(tr("file.openWorkspace"), null, this::openWorkspace),
                item(tr("file.openTeamWorkspace"), null, this::openTeamWorkspace),
                recent,
                new SeparatorMenuItem(),
                item(tr("file.import"), "Shortcut+O", this::importFiles),
                item(tr("file.importFolder"), "Shortcut+Shift+O", this::importFolder),
                item(tr("file.paste"), null, this::pasteReport),
                item(tr("file.export"), "Shortcut+E", this::exportXlsx),
                new SeparatorMenuItem(),
                item(tr("file.preferences"), "Shortcut+Comma", () -> host.showPreferences()),
                new SeparatorMenuItem(),
                item(tr("file.quit"), "Shortcut+Q", () -> {
                    if (confirmDiscardPending()) {
                        root.getScene().getWindow().hide();
                    }
                }));
        Menu edit = new Menu(tr("menu.edit"));
        edit.setId("menu-edit");
        MenuItem redoY = item(tr("edit.redo"), "Shortcut+Y", vm::redo);
        edit.getItems().addAll(item(tr("edit.undo"), "Shortcut+Z", vm::undo), item(tr("edit.redo"), "Shortcut+Shift+Z", vm::redo), redoY);
        Menu review = new Menu(tr("menu.review"));
        review.setId("menu-review");
        review.getItems().addAll(
                item(tr("review.next"), null, vm::next),
                item(tr("review.previous"), null, vm::previous),
                item(tr("review.nextPending"), null, vm::nextPending),
                new SeparatorMenuItem(),
                item(tr("review.accept"), null, vm::accept),
                item(tr("review.reject"), null, vm::reject),
                item(tr("review.restore"), null, vm::restore),
                item(tr("review.edit"), null, this::editFocusedCell),
                item(tr("review.addFigure"), "Shortcut+N", this::addFigure),
                item(tr("find.menu"), "Shortcut+F", () -> textView().findBar().open()),
                item(tr("review.note"), "Shortcut+M", this::noteOnFigure),
                new SeparatorMenuItem(),
                item(tr("review.reextract"), null, vm::reextract),
                item(tr("review.compare"), null, this::openComparison),
                item(tr("review.dictionary"), null,
                        () -> DictionaryDialog.show(window(), vm, Dictionary.user())));
        Menu help = new Menu(tr("menu.help"));
        help.setId("menu-help");
        help.getItems().addAll(
                item(tr("help.shortcuts"), null, () -> ShortcutSheet.show(root.getScene().getWindow())),
                new SeparatorMenuItem(),
                item(tr("help.logFolder"), null, () -> host.showLogFolder()),
                item(tr("help.about"), null, () -> host.showAbout()));
        return new MenuBar(file, edit, review, TeamMenu.build(vm, this::window), help);
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path p : host.recentWorkspaces()) {
            recent.getItems().add(item(p.toString(), null, () -> {
                if (Files.exists(p)) {
                    host.openWorkspace(p);
                } else {
                    vm.errorProperty().set(tr("file.missingWorkspace", p));
                }
            }));
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem(tr("file.recentNone"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private FileChooser workspaceChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(tr("file.workspaceFilter"), "*.mv.db"));
        Path current = vm.workspace().file() == null ? null : vm.workspace().file().getParent();
        if (current != null && Files.isDirectory(current)) {
            chooser.setInitialDirectory(current.toFile());
        }
        return chooser;
    }

    private void newWorkspace() {
        FileChooser chooser = workspaceChooser(tr("file.newWorkspaceTitle"));
        chooser.setInitialFileName("reports" + WorkspaceTarget.FILE_SUFFIX);
        File f = chooser.showSaveDialog(window());
        if (f != null) {
            host.openWorkspace(WorkspaceTarget.fileOf(f.toPath()));
        }
    }

    private void openWorkspace() {
        File f = workspaceChooser(tr("file.openWorkspaceTitle")).showOpenDialog(window());
        if (f != null) {
            host.openWorkspace(WorkspaceTarget.fileOf(f.toPath()));
        }
    }

    /** Asks for a team workspace's address; the app opens it and says in words why it cannot. */
    private void openTeamWorkspace() {
        String last = host.lastTeamWorkspace();
        TextInputDialog d = new TextInputDialog(last.isBlank() ? "postgresql://localhost:5432/zhibiao" : last);
        d.initOwner(window());
        d.setTitle(tr("team.open.title"));
        d.setHeaderText(tr("team.open.header"));
        d.setContentText(tr("team.open.label"));
        d.getDialogPane().setId("team-address-dialog");
        d.getEditor().setPrefColumnCount(32);
        d.showAndWait().map(String::strip).filter(a -> !a.isEmpty()).ifPresent(address -> {
            boolean server;
            try {
                server = WorkspaceTarget.parse(address).onServer();
            } catch (IllegalArgumentException e) {
                AppDialogs.alert(window(), e.getMessage());
                return;
            }
            if (!server) {
                AppDialogs.alert(window(), tr("team.open.notServer", address));
                return;
            }
            host.openTeamWorkspace(address);
        });
    }

    /**
     * Whether the workspace may be closed: always, unless edits kept while the server was away are still unsaved,
     * when the analyst is asked, since closing loses them.
     */
    public boolean confirmDiscardPending() {
        int n = vm.pendingEdits();
        if (n == 0) {
            return true;
        }
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, tr("app.pendingOnClose", n), ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(window());
        a.setHeaderText(null);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private static MenuItem item(String label, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(label);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    /** The comparison window, kept up to date with every review decision made here. */
    ComparisonViewModel openComparison() {
        ComparisonViewModel comparison = ComparisonView.open(window(), vm.workspace(), vm.extractor(), vm.runner());
        vm.onChange(comparison::refresh);
        // it shows this workspace: when the workbench closes it (another workspace opens), the window goes too
        vm.onClose(() -> ComparisonView.closeWindowOf(comparison));
        return comparison;
    }

    /** Exports what the report list shows (all reports when it is not filtered) to an Excel workbook. */
    private void exportXlsx() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(tr("file.export"));
        Path folder = host.exportFolder();
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName("zhibiao-" + vm.workspaceName() + "-" + LocalDate.now() + ".xlsx");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"));
        File f = chooser.showSaveDialog(window());
        if (f == null) {
            return;
        }
        boolean filtered = filter.getText() != null && !filter.getText().isBlank();
        List<Long> ids = filtered ? reportTable.getItems().stream().map(s -> s.report().id()).toList() : null;
        vm.exportXlsx(f.toPath(), ids, Messages.locale(), result -> {
            Alert done = new Alert(Alert.AlertType.INFORMATION, tr("export.done", result.figures(), result.file()),
                    new ButtonType(tr("export.open"), ButtonBar.ButtonData.OK_DONE), ButtonType.CLOSE);
            done.initOwner(window());
            done.setHeaderText(null);
            done.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                    .ifPresent(b -> host.openFile(result.file()));
        });
    }

    // ---- actions with dialogs ----------------------------------------------------------------------------

    /** Asks for the analyst's note on the selected figure (the current one to change; empty removes it). */
    void noteOnFigure() {
        if (vm.figureProperty().get() == null) {
            return;
        }
        TextInputDialog d = new TextInputDialog(vm.note());
        d.initOwner(window());
        d.setTitle(tr("note.title"));
        d.setHeaderText(tr("note.header"));
        d.getEditor().setId("note-text");
        d.getEditor().setPrefColumnCount(40);
        d.showAndWait().ifPresent(vm::note);
    }

    /** Adds the figure in the selected text, asking which indicator it is (the lexicon's guess preselected). */
    void addFigure() {
        var sel = textView().area().getSelection();
        if (sel.getLength() == 0) {
            vm.errorProperty().set(tr("addFigure.selectFirst"));
            return;
        }
        String selected = textView().area().getSelectedText();
        List<String> codes = vm.indicatorCodes();
        String guess = vm.guessIndicator(selected).orElse(codes.get(0));
        Optional<String> chosen = new IndicatorPicker(root.getScene().getWindow(),
                new IndicatorSearch(vm.extractor().lexicon()), vm::indicatorName, guess, abbreviate(selected))
                .showAndWait();
        chosen.ifPresent(code -> vm.addFigure(sel.getStart(), sel.getEnd(), code));
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(tr("import.filesTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(tr("import.filesFilter"),
                "*.txt", "*.docx", "*.pdf", "*.html", "*.htm"));
        List<File> files = chooser.showOpenMultipleDialog(window());
        if (files != null) {
            vm.importFiles(files.stream().map(File::toPath).toList(), s -> { });
        }
    }

    private void importFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(tr("import.folderTitle"));
        File dir = chooser.showDialog(window());
        if (dir != null) {
            vm.importFiles(List.of(dir.toPath()), s -> { });
        }
    }

    private void pasteReport() {
        String s = Clipboard.getSystemClipboard().getString();
        if (s == null || s.isBlank()) {
            vm.errorProperty().set(tr("paste.empty"));
            return;
        }
        vm.importText("pasted-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".txt", s);
    }

    private Window window() {
        return root.getScene().getWindow();
    }

}
