package org.zhibiao.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.zhibiao.service.CompareService;
import org.zhibiao.analysis.Comparison;
import org.zhibiao.extract.Indicator;
import org.zhibiao.ui.charts.Measure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The state of the comparison view: which indicator, measure, years and regions, all figures or reviewed ones
 * only; the comparisons loaded through the {@link TaskRunner} and the pivot rows derived from them. The workbench
 * calls {@link #refresh()} after each review action so a corrected figure shows here at once.
 */
public final class ComparisonViewModel {

    /** One region's comparisons, by year: a row of the pivot. */
    public record PivotRow(Comparison.Region region, Map<Integer, Comparison> byYear) {
        public Comparison year(int y) {
            return byYear.get(y);
        }
    }

    private final CompareService service;
    private final TaskRunner runner;

    private final ObservableList<Indicator> indicators = FXCollections.observableArrayList();
    private final ObjectProperty<Indicator> indicator = new SimpleObjectProperty<>();
    private final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(Measure.GROWTH);
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>(); // null: all years
    private final BooleanProperty reviewedOnly = new SimpleBooleanProperty(false);
    private final StringProperty regionFilter = new SimpleStringProperty("");
    private final ObservableSet<String> pickedRegions = FXCollections.observableSet();

    private final ObservableList<Comparison> loaded = FXCollections.observableArrayList();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<Comparison.Region> regions = FXCollections.observableArrayList();
    private final ObservableList<Comparison> shown = FXCollections.observableArrayList();
    private final ObservableList<Integer> shownYears = FXCollections.observableArrayList();
    private final ObservableList<PivotRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<String> chartRegion = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private long generation;

    private static final Logger LOG = LoggerFactory.getLogger(ComparisonViewModel.class);

    public ComparisonViewModel(CompareService service, Collection<Indicator> indicators, TaskRunner runner) {
        this.service = service;
        this.runner = runner;
        this.indicators.setAll(indicators);
        this.indicator.set(indicators.stream().filter(i -> i.code().equals("gdp")).findFirst()
                .orElse(indicators.isEmpty() ? null : indicators.iterator().next()));
        indicator.addListener((o, a, b) -> refresh());
        reviewedOnly.addListener((o, a, b) -> refresh());
        measure.addListener((o, a, b) -> derive());
        year.addListener((o, a, b) -> derive());
        regionFilter.addListener((o, a, b) -> derive());
        pickedRegions.addListener((SetChangeListener<String>) c -> derive());
    }

    /**
     * Loads the comparisons again from the workspace, keeping every choice: call it whenever figures changed (a
     * review decision, a correction, an import). Through the task runner: in the background in the app.
     */
    public void refresh() {
        Indicator ind = indicator.get();
        if (ind == null) {
            return;
        }
        long mine = ++generation;
        loading.set(true);
        CompareService.Query q = new CompareService.Query(ind.code(), null, reviewedOnly.get());
        runner.run(() -> service.compare(q), result -> {
            if (mine != generation) {
                return; // a newer load is under way
            }
            loading.set(false);
            error.set("");
            loaded.setAll(result);
            derive();
        }, e -> {
            loading.set(false);
            error.set(Messages.tr("comparison.failed")); // the reason goes to the log, not to the analyst
            LOG.warn("comparison failed", e);
        });
    }

    /** The same as {@link #refresh()}, as a listener the workbench can keep: {@code vm.onWorkspaceChanged()}. */
    public Runnable onWorkspaceChanged() {
        return this::refresh;
    }

    private void derive() {
        TreeSet<Integer> allYears = new TreeSet<>();
        Map<String, Comparison.Region> allRegions = new LinkedHashMap<>();
        for (Comparison c : loaded) {
            allYears.add(c.year());
            allRegions.putIfAbsent(c.region().key(), c.region());
        }
        if (!years.equals(new ArrayList<>(allYears))) {
            years.setAll(allYears);
        }
        List<Comparison.Region> matching = allRegions.values().stream().filter(this::matchesFilter).toList();
        if (!regions.equals(matching)) {
            regions.setAll(matching);
        }
        Integer y = year.get();
        List<Comparison> out = loaded.stream()
                .filter(c -> y == null || c.year() == y)
                .filter(c -> matchesFilter(c.region()))
                .filter(c -> pickedRegions.isEmpty() || pickedRegions.contains(c.region().key()))
                .filter(c -> measure.get().target(c) != null || measure.get().actual(c) != null)
                .toList();
        shown.setAll(out);
        Map<String, PivotRow> byRegion = new LinkedHashMap<>();
        TreeSet<Integer> ys = new TreeSet<>();
        for (Comparison c : out) {
            byRegion.computeIfAbsent(c.region().key(), k -> new PivotRow(c.region(), new TreeMap<>())).byYear()
                    .put(c.year(), c);
            ys.add(c.year());
        }
        shownYears.setAll(ys);
        rows.setAll(byRegion.values());
        if (chartRegion.get() == null || !byRegion.containsKey(chartRegion.get())) {
            chartRegion.set(byRegion.values().stream()
                    .max(Comparator.comparingInt(r -> r.byYear().size())).map(r -> r.region().key()).orElse(null));
        }
        long missed = out.stream().filter(c -> c.status() == org.zhibiao.analysis.Completion.MISSED).count();
        long unreviewed = out.stream().filter(c -> !c.reviewed()).count();
        summary.set(Messages.tr("compare.summary", out.size(), byRegion.size(), missed)
                + (unreviewed > 0 ? Messages.tr("compare.summary.unreviewed", unreviewed) : ""));
    }

    private boolean matchesFilter(Comparison.Region r) {
        String f = regionFilter.get() == null ? "" : regionFilter.get().strip().toLowerCase(Locale.ROOT);
        if (f.isEmpty()) {
            return true;
        }
        for (String word : f.split("\\s+")) {
            if (!(contains(r.province(), word) || contains(r.prefecture(), word) || contains(r.name(), word)
                    || contains(r.code(), word))) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(String s, String word) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(word);
    }

    /** A short title for charts: the indicator's Chinese and English names. */
    public String title() {
        Indicator i = indicator.get();
        return i == null ? "" : i.nameZh() + " " + i.nameEn();
    }

    public ObservableList<Indicator> indicators() {
        return indicators;
    }

    public ObjectProperty<Indicator> indicatorProperty() {
        return indicator;
    }

    public ObjectProperty<Measure> measureProperty() {
        return measure;
    }

    /** The one year shown, or null for all years. */
    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public BooleanProperty reviewedOnlyProperty() {
        return reviewedOnly;
    }

    /** Words each of which must occur in a region's province, prefecture, name or code. */
    public StringProperty regionFilterProperty() {
        return regionFilter;
    }

    /** Region keys picked by hand; empty means every region that matches the filter. */
    public ObservableSet<String> pickedRegions() {
        return pickedRegions;
    }

    /** Years with comparisons for the indicator. */
    public ObservableList<Integer> years() {
        return years;
    }

    /** Regions with comparisons for the indicator that match the filter: what can be picked. */
    public ObservableList<Comparison.Region> regions() {
        return regions;
    }

    /** The comparisons after every choice: what the pivot and the charts show. */
    public ObservableList<Comparison> shown() {
        return shown;
    }

    /** The years of the pivot's column groups. */
    public ObservableList<Integer> shownYears() {
        return shownYears;
    }

    public ObservableList<PivotRow> rows() {
        return rows;
    }

    /** The region key the over-the-years chart shows. */
    public ObjectProperty<String> chartRegionProperty() {
        return chartRegion;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
