package org.zhibiao.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.zhibiao.analysis.Comparison;
import org.zhibiao.analysis.Completion;
import org.zhibiao.model.Qualifier;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison charts render headless, carry the regions and the Chinese labels, and export to PNG and SVG. */
class ComparisonChartsTest {

    /** The charts' words are checked in Chinese (the series, axes and statuses come from the UI's bundle). */
    @org.junit.jupiter.api.BeforeEach
    void chinese() {
        org.zhibiao.ui.Messages.use(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    @org.junit.jupiter.api.AfterEach
    void systemLanguage() {
        org.zhibiao.ui.Messages.use(java.util.Locale.getDefault());
    }

    private static final Comparison.Region ANJI = new Comparison.Region("330523", "330523", "安吉县", "湖州市", "浙江省");
    private static final Comparison.Region NINGHAI = new Comparison.Region("330226", "330226", "宁海县", "宁波市", "浙江省");
    private static final Comparison.Region DEQING = new Comparison.Region("330521", "330521", "德清县", "湖州市", "浙江省");

    private static Comparison growth(Comparison.Region r, int year, String target, String actual, Qualifier q,
                                     Completion status, boolean reviewed) {
        BigDecimal t = target == null ? null : new BigDecimal(target);
        BigDecimal a = actual == null ? null : new BigDecimal(actual);
        return new Comparison(r, "gdp", year, t, a, t == null || a == null ? null : a.subtract(t), null, null, "",
                q, status, "growth", reviewed, 1L, 2L);
    }

    private static final List<Comparison> ONE_YEAR = List.of(
            growth(ANJI, 2022, "7", "5.2", Qualifier.APPROX, Completion.MISSED, true),
            growth(NINGHAI, 2022, "6.5", "7.1", Qualifier.AT_LEAST, Completion.EXCEEDED, true),
            growth(DEQING, 2022, "6", "6.2", Qualifier.AT_LEAST, Completion.MET, false));

    private static final List<Comparison> YEARS = List.of(
            growth(ANJI, 2021, "8", "9.2", Qualifier.AT_LEAST, Completion.EXCEEDED, true),
            growth(ANJI, 2022, "7", "5.2", Qualifier.APPROX, Completion.MISSED, true),
            growth(ANJI, 2023, "6.5", null, Qualifier.APPROX, Completion.NOT_COMPARABLE, false),
            growth(NINGHAI, 2022, "6.5", "7.1", Qualifier.AT_LEAST, Completion.EXCEEDED, true));

    @Test
    void theThemeUsesAFontThatShowsChinese() {
        assertThat(new Font(ChartFonts.family(), Font.PLAIN, 12).canDisplayUpTo("目标实际安吉县")).isEqualTo(-1);
        JFreeChart chart = ComparisonCharts.targetsAndActuals("地区生产总值 GDP", ONE_YEAR, Measure.GROWTH);
        assertThat(chart.getTitle().getFont().getFamily()).isEqualTo(ChartFonts.family());
        assertThat(chart.getCategoryPlot().getDomainAxis().getTickLabelFont().getFamily()).isEqualTo(ChartFonts.family());
    }

    @Test
    void groupedBarsHaveTargetAndActualPerRegion() {
        JFreeChart chart = ComparisonCharts.targetsAndActuals("地区生产总值 GDP", ONE_YEAR, Measure.GROWTH);
        CategoryDataset d = chart.getCategoryPlot().getDataset();
        assertThat(d.getRowKeys()).containsExactly(ComparisonCharts.target(), ComparisonCharts.actual());
        assertThat(d.getColumnKeys()).containsExactly("安吉县", "宁海县", "德清县*"); // * not yet reviewed
        assertThat(d.getValue(ComparisonCharts.actual(), "安吉县").doubleValue()).isEqualTo(5.2);
        assertThat(chart.getCategoryPlot().getDomainAxis().getLabel()).isEqualTo("地区");
        assertThat(chart.getCategoryPlot().getRangeAxis().getLabel()).isEqualTo("增速 (%)");
        assertNotBlank(chart);
        assertSvgCarries(chart, "安吉县", "宁海县", "目标", "实际", "地区生产总值");
    }

    @Test
    void gapBarsAreSortedAndColouredByStatus() {
        JFreeChart chart = ComparisonCharts.gaps("地区生产总值 GDP", ONE_YEAR, Measure.GROWTH);
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryDataset d = plot.getDataset();
        assertThat(d.getColumnKeys()).containsExactly("宁海县", "德清县*", "安吉县");
        assertThat(d.getValue(0, 2).doubleValue()).isEqualTo(-1.8);
        assertThat(plot.getRenderer().getItemPaint(0, 0)).isEqualTo(ComparisonCharts.color(Completion.EXCEEDED));
        assertThat(plot.getRenderer().getItemPaint(0, 1)).isEqualTo(ComparisonCharts.color(Completion.MET));
        assertThat(plot.getRenderer().getItemPaint(0, 2)).isEqualTo(ComparisonCharts.color(Completion.MISSED));
        assertThat(plot.getRangeAxis().getLabel()).contains("(pp)");
        BufferedImage img = chart.createBufferedImage(800, 500);
        assertThat(colours(img)).contains(ComparisonCharts.color(Completion.MISSED).getRGB(),
                ComparisonCharts.color(Completion.EXCEEDED).getRGB());
        assertNotBlank(chart);
        assertSvgCarries(chart, "安吉县", "宁海县", "未完成", "超额完成");
    }

    @Test
    void oneRegionOverTheYears() {
        JFreeChart chart = ComparisonCharts.overYears("地区生产总值 GDP", YEARS, "330523", Measure.GROWTH);
        CategoryDataset d = chart.getCategoryPlot().getDataset();
        assertThat(d.getRowKeys()).containsExactly(ComparisonCharts.target(), ComparisonCharts.actual());
        assertThat(d.getColumnKeys()).containsExactly("2021", "2022", "2023*");
        assertThat(d.getValue(ComparisonCharts.target(), "2023*").doubleValue()).isEqualTo(6.5);
        assertThat(d.getValue(ComparisonCharts.actual(), "2023*")).isNull();
        assertThat(chart.getTitle().getText()).contains("安吉县");
        assertThat(chart.getCategoryPlot().getDomainAxis().getLabel()).isEqualTo("年份");
        assertNotBlank(chart);
        assertSvgCarries(chart, "安吉县", "目标", "实际", "2021");
    }

    @Test
    void scatterHasTheDiagonalAndNamedPoints() {
        JFreeChart chart = ComparisonCharts.scatter("地区生产总值 GDP", YEARS, Measure.GROWTH);
        XYPlot plot = chart.getXYPlot();
        XYDataset d = plot.getDataset();
        int points = 0;
        for (int s = 0; s < d.getSeriesCount(); s++) {
            points += d.getItemCount(s);
        }
        assertThat(points).isEqualTo(3); // the 2023 target has no result yet
        assertThat(plot.getAnnotations()).singleElement().isInstanceOf(XYLineAnnotation.class);
        XYLineAnnotation line = (XYLineAnnotation) plot.getAnnotations().get(0);
        assertThat(line.getX1()).isEqualTo(line.getY1());
        assertThat(line.getX2()).isEqualTo(line.getY2());
        assertThat(plot.getDomainAxis().getLabel()).startsWith("目标");
        assertThat(plot.getRangeAxis().getLabel()).startsWith("实际");
        assertNotBlank(chart);
        assertSvgCarries(chart, "安吉县 2022", "宁海县 2022", "目标"); // the vertical axis label is drawn as shapes
    }

    @Test
    void levelsUseTheUnit() {
        Comparison c = new Comparison(ANJI, "unemployment_rate", 2022, null, null, null, new BigDecimal("4.5"),
                new BigDecimal("2.1"), "%", Qualifier.AT_MOST, Completion.MET, "level", true, 1L, 2L);
        JFreeChart chart = ComparisonCharts.gaps("城镇登记失业率", List.of(c), Measure.LEVEL);
        assertThat(chart.getCategoryPlot().getDataset().getValue(0, 0).doubleValue()).isEqualTo(-2.4);
        assertThat(chart.getCategoryPlot().getRangeAxis().getLabel()).endsWith("(%)");
    }

    @Test
    void emptyInputGivesEmptyCharts() {
        for (JFreeChart chart : List.of(ComparisonCharts.targetsAndActuals("t", List.of(), Measure.GROWTH),
                ComparisonCharts.gaps("t", List.of(), Measure.GROWTH),
                ComparisonCharts.overYears("t", List.of(), "", Measure.GROWTH),
                ComparisonCharts.scatter("t", List.of(), Measure.GROWTH))) {
            assertThat(chart.createBufferedImage(400, 300)).isNotNull(); // drawing an empty chart does not fail
            assertThat(itemsIn(chart)).as(chart.getTitle().getText()).isZero();
        }
    }

    /** The data items a chart draws, over all its datasets. */
    private static int itemsIn(JFreeChart chart) {
        int n = 0;
        if (chart.getPlot() instanceof org.jfree.chart.plot.CategoryPlot p) {
            for (int i = 0; i < p.getDatasetCount(); i++) {
                var d = p.getDataset(i);
                n += d == null ? 0 : d.getRowCount() * d.getColumnCount();
            }
        } else if (chart.getPlot() instanceof org.jfree.chart.plot.XYPlot p) {
            for (int i = 0; i < p.getDatasetCount(); i++) {
                var d = p.getDataset(i);
                for (int s = 0; d != null && s < d.getSeriesCount(); s++) {
                    n += d.getItemCount(s);
                }
            }
        } else {
            throw new AssertionError("a chart of an unexpected kind: " + chart.getPlot().getClass().getSimpleName());
        }
        return n;
    }

    @Test
    void pngExportIsAnImage() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartExport.writePng(ComparisonCharts.gaps("GDP", ONE_YEAR, Measure.GROWTH), out, 640, 400);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.getWidth()).isEqualTo(640);
        assertThat(back.getHeight()).isEqualTo(400);
    }

    private static Set<Integer> colours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                seen.add(img.getRGB(x, y) | 0xFF000000);
            }
        }
        return seen;
    }

    private static void assertNotBlank(JFreeChart chart) {
        BufferedImage img = chart.createBufferedImage(800, 500);
        long nonWhite = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) != (Color.WHITE.getRGB() & 0xFFFFFF)) {
                    nonWhite++;
                }
            }
        }
        assertThat(nonWhite).as("non-white pixels").isGreaterThan(4_000);
        assertThat(colours(img)).as("distinct colours").hasSizeGreaterThan(8);
    }

    private static void assertSvgCarries(JFreeChart chart, String... texts) {
        String svg = ChartExport.svg(chart, 800, 500);
        assertThat(svg).startsWith("<?xml").contains("<svg").contains("<text");
        for (String t : texts) {
            assertThat(svg).contains(t);
        }
    }
}
