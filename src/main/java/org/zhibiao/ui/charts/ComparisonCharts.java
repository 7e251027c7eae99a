package org.zhibiao.ui.charts;

import static org.zhibiao.ui.Messages.tr;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.zhibiao.analysis.Comparison;
import org.zhibiao.analysis.Completion;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The four charts of targets against actuals, built from {@link Comparison}s with JFreeChart and plain java.awt
 * (no JavaFX: they render headless, to PNG and to SVG as well as on screen). Every chart gets the CJK theme of
 * {@link ChartFonts}. A region's label carries an asterisk when the comparison is not fully reviewed.
 */
public final class ComparisonCharts {

    /** The series and axis names, in the UI's language at the time a chart is built. */
    public static String target() {
        return tr("compare.series.target");
    }

    public static String actual() {
        return tr("compare.series.actual");
    }

    public static String gap() {
        return tr("compare.series.gap");
    }

    static String regionAxis() {
        return tr("compare.axis.region");
    }

    static String yearAxis() {
        return tr("compare.axis.year");
    }

    public static final Color TARGET_COLOR = new Color(0x4575B4);
    public static final Color ACTUAL_COLOR = new Color(0xF46D43);
    private static final Map<Completion, Color> STATUS_COLORS = new EnumMap<>(Map.of(
            Completion.EXCEEDED, new Color(0x1B7837),
            Completion.MET, new Color(0x7FBF7B),
            Completion.MISSED, new Color(0xD73027),
            Completion.NOT_COMPARABLE, new Color(0x9E9E9E)));

    private ComparisonCharts() {
    }

    /** The colour of a completion status in every chart: greens for exceeded and met, red, grey. */
    public static Color color(Completion c) {
        return STATUS_COLORS.get(c);
    }

    /** The status as charts and the pivot name it, in the UI's language (the words of the exported workbook). */
    public static String label(Completion c) {
        return switch (c) {
            case EXCEEDED -> tr("compare.status.exceeded");
            case MET -> tr("compare.status.met");
            case MISSED -> tr("compare.status.missed");
            case NOT_COMPARABLE -> tr("compare.status.notComparable");
        };
    }

    /** Grouped bars: target and actual side by side for each region (and year, when there are several). */
    public static JFreeChart targetsAndActuals(String title, List<Comparison> comparisons, Measure m) {
        Labels labels = new Labels(comparisons);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Comparison c : comparisons) {
            BigDecimal t = m.target(c);
            BigDecimal a = m.actual(c);
            if (t == null && a == null) {
                continue;
            }
            String key = labels.of(c);
            data.addValue(t, target(), key);
            data.addValue(a, actual(), key);
        }
        JFreeChart chart = ChartFactory.createBarChart(title, regionAxis(), axis(m, comparisons), data,
                PlotOrientation.VERTICAL, true, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        ChartFonts.theme().apply(chart);
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setSeriesPaint(0, TARGET_COLOR);
        r.setSeriesPaint(1, ACTUAL_COLOR);
        r.setItemMargin(0.05);
        slantIfCrowded(plot.getDomainAxis(), data.getColumnCount());
        return chart;
    }

    /**
     * Actual − target for each region, largest first, each bar in the colour of its status. Comparisons without
     * both numbers have no bar.
     */
    public static JFreeChart gaps(String title, List<Comparison> comparisons, Measure m) {
        Labels labels = new Labels(comparisons);
        List<Comparison> withGap = new ArrayList<>(comparisons.stream().filter(c -> m.gap(c) != null).toList());
        withGap.sort(Comparator.comparing((Comparison c) -> m.gap(c)).reversed().thenComparing(labels::of));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Completion> statuses = new ArrayList<>();
        for (Comparison c : withGap) {
            data.addValue(m.gap(c), gap(), labels.of(c));
            statuses.add(c.status());
        }
        String unit = m.gapUnit(comparisons);
        JFreeChart chart = ChartFactory.createBarChart(title, regionAxis(),
                tr("compare.axis.gap") + (unit.isEmpty() ? "" : " (" + unit + ")"), data,
                PlotOrientation.HORIZONTAL, true, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        StatusBarRenderer r = new StatusBarRenderer(statuses);
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("+0.0#;−0.0#")));
        r.setDefaultItemLabelsVisible(true);
        plot.setRenderer(r);
        ChartFonts.theme().apply(chart);
        LegendItemCollection legend = new LegendItemCollection();
        for (Completion c : Completion.values()) {
            legend.add(new LegendItem(label(c), color(c)));
        }
        plot.setFixedLegendItems(legend);
        plot.getRangeAxis().setUpperMargin(0.12);
        plot.getRangeAxis().setLowerMargin(0.12);
        return chart;
    }

    /** One region's target and actual over the years, as two lines. */
    public static JFreeChart overYears(String title, List<Comparison> comparisons, String regionKey, Measure m) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String name = "";
        List<Comparison> own = comparisons.stream().filter(c -> c.region().key().equals(regionKey))
                .sorted(Comparator.comparingInt(Comparison::year)).toList();
        for (Comparison c : own) {
            name = c.region().name();
            String year = c.year() + (c.reviewed() ? "" : "*");
            data.addValue(m.target(c), target(), year);
            data.addValue(m.actual(c), actual(), year);
        }
        JFreeChart chart = ChartFactory.createLineChart(name.isEmpty() ? title : title + " — " + name, yearAxis(),
                axis(m, own), data, PlotOrientation.VERTICAL, true, true, false);
        ChartFonts.theme().apply(chart);
        LineAndShapeRenderer r = (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
        r.setDefaultShapesVisible(true);
        r.setSeriesPaint(0, TARGET_COLOR);
        r.setSeriesPaint(1, ACTUAL_COLOR);
        r.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f));
        r.setSeriesStroke(1, new BasicStroke(2.5f));
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.0#")));
        r.setDefaultItemLabelsVisible(true);
        chart.getCategoryPlot().getRangeAxis().setUpperMargin(0.15);
        return chart;
    }

    /**
     * Target (x) against actual (y), one point per region and year, coloured by status, with the line y = x:
     * points above it did better than the target.
     */
    public static JFreeChart scatter(String title, List<Comparison> comparisons, Measure m) {
        Labels labels = new Labels(comparisons);
        Map<Completion, XYSeries> series = new LinkedHashMap<>();
        Map<String, String> pointLabels = new HashMap<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Completion s : Completion.values()) {
            series.put(s, new XYSeries(label(s), false, true));
        }
        for (Comparison c : comparisons) {
            BigDecimal t = m.target(c);
            BigDecimal a = m.actual(c);
            if (t == null || a == null) {
                continue;
            }
            XYSeries s = series.get(c.status());
            pointLabels.put(c.status().ordinal() + "/" + s.getItemCount(), labels.of(c));
            s.add(t.doubleValue(), a.doubleValue());
            lo = Math.min(lo, Math.min(t.doubleValue(), a.doubleValue()));
            hi = Math.max(hi, Math.max(t.doubleValue(), a.doubleValue()));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        List<Completion> shown = new ArrayList<>();
        for (Map.Entry<Completion, XYSeries> e : series.entrySet()) {
            if (e.getValue().getItemCount() > 0) {
                data.addSeries(e.getValue());
                shown.add(e.getKey());
            }
        }
        String unit = m.unit(comparisons);
        String suffix = unit.isEmpty() ? "" : " (" + unit + ")";
        JFreeChart chart = ChartFactory.createScatterPlot(title, target() + suffix, actual() + suffix, data,
                PlotOrientation.VERTICAL, true, true, false);
        ChartFonts.theme().apply(chart);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        for (int i = 0; i < shown.size(); i++) {
            r.setSeriesPaint(i, color(shown.get(i)));
        }
        XYItemLabelGenerator names = (dataset, s, item) -> pointLabels.get(shown.get(s).ordinal() + "/" + item);
        r.setDefaultItemLabelGenerator(names);
        r.setDefaultItemLabelsVisible(true);
        if (lo <= hi) {
            double pad = Math.max((hi - lo) * 0.1, Math.max(Math.abs(hi) * 0.05, 0.5));
            double from = lo - pad;
            double to = hi + pad;
            plot.getDomainAxis().setRange(from, to);
            plot.getRangeAxis().setRange(from, to);
            plot.addAnnotation(new XYLineAnnotation(from, from, to, to, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 1f, new float[] {5f, 5f}, 0f), Color.GRAY));
        }
        return chart;
    }

    private static String axis(Measure m, List<Comparison> cs) {
        String unit = m.unit(cs);
        return m.label() + (unit.isEmpty() ? "" : " (" + unit + ")");
    }

    private static void slantIfCrowded(CategoryAxis axis, int columns) {
        if (columns > 8) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
    }

    /** Bars coloured by the completion status of their comparison. */
    static final class StatusBarRenderer extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final List<Completion> statuses;

        StatusBarRenderer(List<Completion> statuses) {
            this.statuses = List.copyOf(statuses);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return column < statuses.size() ? color(statuses.get(column)) : super.getItemPaint(row, column);
        }
    }

    /**
     * Category labels: the region's name (with its prefecture when two regions share a name), the year when the
     * comparisons span several, and an asterisk when not fully reviewed.
     */
    public static final class Labels {
        private final Set<String> ambiguous = new HashSet<>();
        private final boolean years;

        public Labels(List<Comparison> comparisons) {
            Map<String, String> keyByName = new HashMap<>();
            for (Comparison c : comparisons) {
                String other = keyByName.putIfAbsent(c.region().name(), c.region().key());
                if (other != null && !other.equals(c.region().key())) {
                    ambiguous.add(c.region().name());
                }
            }
            years = comparisons.stream().map(Comparison::year).distinct().count() > 1;
        }

        public String region(Comparison.Region r) {
            return ambiguous.contains(r.name()) && r.prefecture() != null && !r.prefecture().isEmpty()
                    ? r.name() + "（" + r.prefecture() + "）" : r.name();
        }

        public String of(Comparison c) {
            return region(c.region()) + (years ? " " + c.year() : "") + (c.reviewed() ? "" : "*");
        }
    }
}
