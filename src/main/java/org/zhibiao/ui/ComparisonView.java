package org.zhibiao.ui;

import static org.zhibiao.ui.Messages.tr;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.zhibiao.analysis.Comparison;
import org.zhibiao.analysis.Completion;
import org.zhibiao.extract.Extractor;
import org.zhibiao.extract.Indicator;
import org.zhibiao.service.OpenWorkspace;
import org.zhibiao.ui.charts.ChartExport;
import org.zhibiao.ui.charts.ComparisonCharts;
import org.zhibiao.ui.charts.Measure;

import java.awt.Color;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Targets against actuals across regions and years: choices on top, regions to pick on the left, the pivot (one row
 * per region, a column group per year: target, actual, gap, status) and four charts below it, each of which can be
 * saved as PNG or SVG or copied. Figures not yet reviewed are marked with an asterisk and set in italics.
 */
public final class ComparisonView {

    /** The four charts, in the order of their tabs. */
    public enum ChartKind {
        TARGETS_AND_ACTUALS("compare.chart.targetsActuals", "targets-actuals"),
        GAPS("compare.chart.gaps", "gaps"),
        OVER_YEARS("compare.chart.overYears", "over-years"),
        SCATTER("compare.chart.scatter", "scatter");

        private final String title;
        private final String file;

        ChartKind(String title, String file) {
            this.title = title;
            this.file = file;
        }

        /** The tab's title in the UI's language. */
        public String title() {
            return tr(title);
        }
    }

    /** The year choice that shows every year (its words are the UI's; compared by identity of the text). */
    public static String allYears() {
        return tr("compare.allYears");
    }

    private final ComparisonViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TableView<ComparisonViewModel.PivotRow> pivot = new TableView<>();
    private final CheckListView<Comparison.Region> regionList = new CheckListView<>();
    private final ComboBox<String> yearBox = new ComboBox<>();
    private final ComboBox<Comparison.Region> chartRegionBox = new ComboBox<>();
    private final Map<ChartKind, ChartViewer> viewers = new EnumMap<>(ChartKind.class);
    private final Map<ChartKind, JFreeChart> charts = new EnumMap<>(ChartKind.class);
    private boolean syncingChecks;

    public ComparisonView(ComparisonViewModel vm) {
        this.vm = vm;
        root.setTop(choices());
        root.setLeft(regionPicker());
        SplitPane split = new SplitPane(pivotPane(), chartTabs());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.36);
        root.setCenter(split);
        Label summary = new Label();
        summary.setId("comparison-summary");
        summary.textProperty().bind(vm.summaryProperty());
        Label error = new Label();
        error.setId("comparison-error");
        error.setStyle("-fx-text-fill: #b71c1c;");
        error.textProperty().bind(vm.errorProperty());
        HBox status = new HBox(16, summary, error);
        status.setPadding(new Insets(4, 8, 4, 8));
        root.setBottom(status);

        vm.shownYears().addListener((ListChangeListener<Integer>) c -> buildColumns());
        vm.measureProperty().addListener((o, a, b) -> {
            buildColumns();
            rebuildCharts();
        });
        vm.shown().addListener((ListChangeListener<Comparison>) c -> rebuildCharts());
        vm.chartRegionProperty().addListener((o, a, b) -> {
            selectChartRegion();
            rebuildCharts();
        });
        pivot.setItems(vm.rows());
        buildColumns();
        rebuildCharts();
    }

    /**
     * Opens the comparison view for a workspace in a window of its own and starts loading. Keep the returned view
     * model and call its {@link ComparisonViewModel#refresh()} after every review action, so that the window shows
     * corrected figures at once.
     */
    public static ComparisonViewModel open(Window owner, OpenWorkspace ws, Extractor extractor, TaskRunner runner) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        ComparisonView view = show(stage, ws, extractor, runner);
        stage.show();
        return view.viewModel();
    }

    /** The window a comparison view model was opened in, to close it with its workspace. */
    public static void closeWindowOf(ComparisonViewModel vm) {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w instanceof Stage s && s.getScene() != null && s.getScene().getRoot().getProperties().get(VIEW_MODEL) == vm) {
                s.close();
            }
        }
    }

    private static final String VIEW_MODEL = "zhibiao.comparison.viewModel";

    /** Puts the comparison view into a stage (not shown yet) and starts loading; also what UI tests call. */
    public static ComparisonView show(Stage stage, OpenWorkspace ws, Extractor extractor, TaskRunner runner) {
        ComparisonViewModel vm = new ComparisonViewModel(ws.compare(), extractor.lexicon().indicators().values(), runner);
        ComparisonView view = new ComparisonView(vm);
        Scene scene = new Scene(view.root(), 1366, 768);
        // a window of its own closes like one: Esc or Ctrl+W
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
        view.root().getProperties().put(VIEW_MODEL, vm);
        stage.setScene(scene);
        stage.setTitle(tr("compare.title", ws.name()));
        vm.refresh();
        return view;
    }

    public Parent root() {
        return root;
    }

    public ComparisonViewModel viewModel() {
        return vm;
    }

    public TableView<ComparisonViewModel.PivotRow> pivot() {
        return pivot;
    }

    public CheckListView<Comparison.Region> regionList() {
        return regionList;
    }

    /** The chart now shown in a tab. */
    public JFreeChart chart(ChartKind kind) {
        return charts.get(kind);
    }

    private Parent choices() {
        ComboBox<Indicator> indicator = new ComboBox<>(vm.indicators());
        indicator.setId("comparison-indicator");
        indicator.setConverter(new StringConverter<>() {
            @Override
            public String toString(Indicator i) {
                return i == null ? "" : i.nameZh() + "  " + i.code();
            }

            @Override
            public Indicator fromString(String s) {
                return null;
            }
        });
        indicator.valueProperty().bindBidirectional(vm.indicatorProperty());
        indicator.setVisibleRowCount(20);

        ComboBox<Measure> measure = new ComboBox<>();
        measure.setId("comparison-measure");
        measure.getItems().setAll(Measure.values());
        measure.valueProperty().bindBidirectional(vm.measureProperty());

        yearBox.setId("comparison-year");
        updateYears();
        vm.years().addListener((ListChangeListener<Integer>) c -> updateYears());
        yearBox.valueProperty().addListener((o, a, b) -> vm.yearProperty().set(
                b == null || b.equals(allYears()) ? null : Integer.valueOf(b)));

        TextField filter = new TextField();
        filter.setId("comparison-filter");
        filter.setPromptText(tr("compare.filter"));
        filter.setPrefColumnCount(10);
        filter.textProperty().bindBidirectional(vm.regionFilterProperty());

        CheckBox reviewed = new CheckBox(tr("compare.reviewedOnly"));
        reviewed.setId("comparison-reviewed");
        reviewed.selectedProperty().bindBidirectional(vm.reviewedOnlyProperty());

        Button refresh = new Button(tr("compare.refresh"));
        refresh.setOnAction(e -> vm.refresh());

        indicator.setPrefWidth(210);
        measure.setPrefWidth(130);
        yearBox.setPrefWidth(172);
        FlowPane bar = new FlowPane(8, 6, new Label(tr("compare.indicator")), indicator, new Label(tr("compare.measure")), measure,
                new Label(tr("compare.year")), yearBox, new Label(tr("compare.regions")), filter, reviewed, refresh);
        for (javafx.scene.Node n : bar.getChildren()) {
            if (n instanceof javafx.scene.control.Control c && !(n instanceof ComboBox) && !(n instanceof TextField)) {
                c.setMinWidth(Region.USE_PREF_SIZE); // labels are never cut to "…"
            }
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private void updateYears() {
        String was = yearBox.getValue();
        yearBox.getItems().setAll(allYears());
        vm.years().forEach(y -> yearBox.getItems().add(String.valueOf(y)));
        yearBox.setValue(was != null && yearBox.getItems().contains(was) ? was : allYears());
    }

    private Parent regionPicker() {
        regionList.setId("comparison-regions");
        regionList.setItems(vm.regions());
        regionList.setCellFactory(lv -> new javafx.scene.control.cell.CheckBoxListCell<Comparison.Region>(
                regionList::getItemBooleanProperty, new StringConverter<Comparison.Region>() {
            @Override
            public String toString(Comparison.Region r) {
                return r == null ? "" : regionLabel(r, true);
            }

            @Override
            public Comparison.Region fromString(String s) {
                return null;
            }
        }));
        regionList.getCheckModel().getCheckedItems().addListener((ListChangeListener<Comparison.Region>) c -> {
            if (!syncingChecks) {
                vm.pickedRegions().clear();
                regionList.getCheckModel().getCheckedItems().forEach(r -> vm.pickedRegions().add(r.key()));
            }
        });
        vm.regions().addListener((ListChangeListener<Comparison.Region>) c -> {
            syncingChecks = true;
            try {
                for (Comparison.Region r : vm.regions()) {
                    if (vm.pickedRegions().contains(r.key())) {
                        regionList.getCheckModel().check(r);
                    }
                }
            } finally {
                syncingChecks = false;
            }
        });
        Button clear = new Button(tr("compare.all"));
        clear.setTooltip(new Tooltip("Show every region that matches the filter"));
        clear.setOnAction(e -> regionList.getCheckModel().clearChecks());
        Label title = new Label(tr("compare.pickRegions"));
        VBox box = new VBox(6, title, regionList, clear);
        VBox.setVgrow(regionList, Priority.ALWAYS);
        box.setPadding(new Insets(0, 4, 8, 8));
        box.setPrefWidth(190);
        return box;
    }

    private Parent pivotPane() {
        pivot.setId("comparison-pivot");
        pivot.setPlaceholder(new Label(tr("compare.none")));
        pivot.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label note = new Label(tr("compare.notReviewedNote"));
        note.setStyle("-fx-font-size: 11px; -fx-text-fill: #555;");
        VBox box = new VBox(2, pivot, note);
        VBox.setVgrow(pivot, Priority.ALWAYS);
        box.setPadding(new Insets(0, 8, 0, 0));
        return box;
    }

    private void buildColumns() {
        pivot.getColumns().clear();
        TableColumn<ComparisonViewModel.PivotRow, String> region = new TableColumn<>(tr("compare.column.region"));
        region.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(regionLabel(d.getValue().region(), false)));
        region.setPrefWidth(72);
        TableColumn<ComparisonViewModel.PivotRow, String> above = new TableColumn<>(tr("compare.column.above"));
        above.setCellValueFactory(d -> {
            Comparison.Region r = d.getValue().region();
            return new ReadOnlyObjectWrapper<>(r.prefecture() == null || r.prefecture().isEmpty() ? r.province()
                    : r.province() + " " + r.prefecture());
        });
        above.setPrefWidth(112);
        pivot.getColumns().add(region);
        pivot.getColumns().add(above);
        Measure m = vm.measureProperty().get();
        String gapUnit = m == Measure.GROWTH ? "pp" : "";
        for (int year : vm.shownYears()) {
            TableColumn<ComparisonViewModel.PivotRow, Comparison> group = new TableColumn<>(String.valueOf(year));
            group.getColumns().add(cellColumn(year, tr("compare.column.target"), tr("compare.column.target.tip"), 58, c -> target(c, m)));
            group.getColumns().add(cellColumn(year, tr("compare.column.actual"), tr("compare.column.actual.tip"), 58, c -> number(m.actual(c), unit(c, m))));
            group.getColumns().add(cellColumn(year, gapUnit.isEmpty() ? tr("compare.column.gap") : tr("compare.column.gapPp"),
                    gapUnit.isEmpty() ? tr("compare.column.gap.tip") : tr("compare.column.gapPp.tip"), 58,
                    c -> signed(m.gap(c))));
            group.getColumns().add(cellColumn(year, tr("compare.column.status"), tr("compare.column.status.tip"), 150, c -> ComparisonCharts.label(c.status())
                    + (c.reviewed() ? "" : " *")));
            pivot.getColumns().add(group);
        }
    }

    private static TableColumn<ComparisonViewModel.PivotRow, Comparison> cellColumn(int year, String title, String english,
                                                                                   double width,
                                                                                   Function<Comparison, String> text) {
        TableColumn<ComparisonViewModel.PivotRow, Comparison> col = new TableColumn<>();
        Label header = new Label(title);
        header.setTooltip(new Tooltip(english));
        col.setGraphic(header);
        HeaderWidth.fit(col, title, width);
        col.setSortable(false);
        col.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().year(year)));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Comparison item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(s -> s.startsWith("status-"));
                if (empty || item == null) {
                    setText(null);
                    setStyle("");
                    return;
                }
                setText(text.apply(item));
                getStyleClass().add("status-" + item.status().name().toLowerCase().replace('_', '-'));
                Color col = ComparisonCharts.color(item.status());
                String fill = item.status() == Completion.MET ? "#2e7d32"
                        : String.format("#%02x%02x%02x", col.getRed(), col.getGreen(), col.getBlue());
                setStyle("-fx-text-fill: " + fill + ";" + (item.reviewed() ? "" : " -fx-font-style: italic;")
                        + " -fx-alignment: CENTER-RIGHT;");
            }
        });
        return col;
    }

    /**
     * A region as the lists name it: its name and, when asked, the prefecture (or province) it lies in; a report whose
     * region is not known (an old national report, a fragment) is said to be so rather than shown blank.
     */
    static String regionLabel(Comparison.Region r, boolean within) {
        String name = r.name() == null ? "" : r.name().strip();
        String above = r.prefecture() == null || r.prefecture().isBlank() ? r.province() : r.prefecture();
        above = above == null ? "" : above.strip();
        if (name.isEmpty()) {
            return above.isEmpty() ? tr("compare.region.unknown") : above;
        }
        return within && !above.isEmpty() && !above.equals(name) ? name + " · " + above : name;
    }

    static String target(Comparison c, Measure m) {
        String q = switch (c.qualifier()) {
            case AT_LEAST -> "≥";
            case AT_MOST -> "≤";
            case APPROX -> "≈";
            default -> "";
        };
        BigDecimal t = m.target(c);
        return t == null ? (c.qualifier() == org.zhibiao.model.Qualifier.QUALITATIVE ? tr("compare.words") : "—")
                : q + number(t, unit(c, m));
    }

    private static String unit(Comparison c, Measure m) {
        return m == Measure.GROWTH ? "%" : c.unit();
    }

    static String number(BigDecimal v, String unit) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString() + unit;
    }

    static String signed(BigDecimal v) {
        if (v == null) {
            return "—";
        }
        BigDecimal r = v.setScale(Math.max(1, Math.min(2, v.stripTrailingZeros().scale())), RoundingMode.HALF_UP);
        return (r.signum() > 0 ? "+" : "") + r.toPlainString();
    }

    private Parent chartTabs() {
        TabPane tabs = new TabPane();
        tabs.setId("comparison-charts");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (ChartKind k : ChartKind.values()) {
            ChartViewer viewer = new ChartViewer();
            viewer.setId("chart-" + k.file);
            viewer.setMinSize(200, 150);
            viewers.put(k, viewer);
            Button png = new Button(tr("compare.savePng"));
            png.setOnAction(e -> save(k, "png"));
            Button svg = new Button(tr("compare.saveSvg"));
            svg.setOnAction(e -> save(k, "svg"));
            Button copy = new Button(tr("compare.copy"));
            copy.setId("copy-" + k.file);
            copy.setOnAction(e -> copy(k));
            HBox buttons = new HBox(6);
            if (k == ChartKind.OVER_YEARS) {
                chartRegionBox.setItems(vm.rows().isEmpty() ? chartRegionBox.getItems() : chartRegionBox.getItems());
                chartRegionBox.setCellFactory(lv -> regionCell());
                chartRegionBox.setButtonCell(regionCell());
                chartRegionBox.valueProperty().addListener((o, a, b) -> {
                    if (b != null) {
                        vm.chartRegionProperty().set(b.key());
                    }
                });
                vm.rows().addListener((ListChangeListener<ComparisonViewModel.PivotRow>) c -> {
                    chartRegionBox.getItems().setAll(vm.rows().stream().map(ComparisonViewModel.PivotRow::region).toList());
                    selectChartRegion();
                });
                buttons.getChildren().addAll(new Label(tr("compare.region")), chartRegionBox);
            }
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            buttons.getChildren().addAll(spacer, png, svg, copy);
            buttons.setAlignment(Pos.CENTER_LEFT);
            buttons.setPadding(new Insets(4));
            BorderPane pane = new BorderPane(viewer);
            pane.setBottom(buttons);
            Tab tab = new Tab(k.title(), pane);
            tabs.getTabs().add(tab);
        }
        return tabs;
    }

    private static ListCell<Comparison.Region> regionCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Comparison.Region r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.name());
            }
        };
    }

    private void selectChartRegion() {
        String key = vm.chartRegionProperty().get();
        chartRegionBox.getItems().stream().filter(r -> r.key().equals(key)).findFirst()
                .ifPresent(r -> {
                    if (chartRegionBox.getValue() == null || !chartRegionBox.getValue().key().equals(key)) {
                        chartRegionBox.setValue(r);
                    }
                });
    }

    private void rebuildCharts() {
        List<Comparison> cs = List.copyOf(vm.shown());
        Measure m = vm.measureProperty().get();
        String title = vm.title();
        charts.put(ChartKind.TARGETS_AND_ACTUALS, ComparisonCharts.targetsAndActuals(title, cs, m));
        charts.put(ChartKind.GAPS, ComparisonCharts.gaps(title, cs, m));
        String region = vm.chartRegionProperty().get();
        charts.put(ChartKind.OVER_YEARS, ComparisonCharts.overYears(title, cs, region == null ? "" : region, m));
        charts.put(ChartKind.SCATTER, ComparisonCharts.scatter(title, cs, m));
        charts.forEach((k, chart) -> viewers.get(k).setChart(chart));
    }

    private String baseName(ChartKind k) {
        var ind = vm.indicatorProperty().get();
        return (ind == null ? "comparison" : ind.code()) + "-" + k.file;
    }

    private void save(ChartKind k, String format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save chart as " + format.toUpperCase());
        chooser.setInitialFileName(baseName(k) + "." + format);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.toUpperCase(), "*." + format));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            if (format.equals("png")) {
                ChartExport.savePng(charts.get(k), file.toPath());
            } else {
                ChartExport.saveSvg(charts.get(k), file.toPath());
            }
        } catch (IOException | RuntimeException e) {
            AppDialogs.alert(root.getScene().getWindow(), Messages.tr("comparison.chartNotSaved", file));
        }
    }

    /** Puts the chart on the clipboard as an image, at the size it has on screen (at least the export size). */
    void copy(ChartKind k) {
        ChartViewer v = viewers.get(k);
        int w = (int) Math.max(v.getWidth(), 400);
        int h = (int) Math.max(v.getHeight(), 300);
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(ChartExport.image(charts.get(k), w, h), null));
        Clipboard.getSystemClipboard().setContent(content);
    }
}
