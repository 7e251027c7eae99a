package org.zhibiao.export;

import org.zhibiao.analysis.Comparison;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the workbook's chart compares: target against actual growth, either one indicator across regions or, when
 * the export covers a single region (a region filter), that region's indicators. So a filtered export still gets a
 * chart with something to compare, and "no chart" means that no comparison has a growth rate to draw.
 *
 * <p>The year is the latest with a target and a result on both sides; failing that, the latest with either (a
 * year of targets whose results are not out yet still charts its targets).
 */
final class BriefingChart {

    /** At most this many bars groups (the first in the pivot's order): more are unreadable on one page. */
    static final int MAX_CATEGORIES = 60;

    /** One group of two bars. */
    record Bar(String label, BigDecimal target, BigDecimal actual) {
    }

    /** The region whose indicators the chart compares, or null when it compares regions. */
    final String region;
    /** The year shown, or null when there is nothing to chart. */
    final Integer year;
    final List<Bar> bars;

    private BriefingChart(String region, Integer year, List<Bar> bars) {
        this.region = region;
        this.year = year;
        this.bars = bars;
    }

    boolean isEmpty() {
        return bars.isEmpty();
    }

    /**
     * The chart of some comparisons.
     *
     * @param indicator the indicator to compare across regions
     * @param names     indicator code to the name the workbook shows
     */
    static BriefingChart of(List<Comparison> comparisons, String indicator, Function<String, String> names) {
        Set<String> regions = new LinkedHashSet<>();
        comparisons.forEach(c -> regions.add(c.region().key()));
        if (regions.size() == 1) {
            Comparison first = comparisons.get(0);
            BriefingChart byIndicator = byIndicator(comparisons, first.region().name(), names);
            if (!byIndicator.isEmpty()) {
                return byIndicator;
            }
        }
        return byRegion(comparisons, indicator);
    }

    private static BriefingChart byRegion(List<Comparison> comparisons, String indicator) {
        List<Comparison> of = comparisons.stream().filter(c -> c.indicator().equals(indicator)).toList();
        Integer year = year(of);
        if (year == null) {
            return new BriefingChart(null, null, List.of());
        }
        List<Comparison> rows = of.stream().filter(c -> c.year() == year && hasGrowth(c)).limit(MAX_CATEGORIES).toList();
        // a region name that occurs twice (two 新华区) is told apart by its prefecture
        Map<String, Integer> seen = new HashMap<>();
        rows.forEach(c -> seen.merge(c.region().name(), 1, Integer::sum));
        List<Bar> bars = new ArrayList<>();
        for (Comparison c : rows) {
            String label = seen.get(c.region().name()) > 1 && !c.region().prefecture().isEmpty()
                    ? c.region().prefecture() + c.region().name() : c.region().name();
            bars.add(new Bar(label, c.targetGrowth(), c.actualGrowth()));
        }
        return new BriefingChart(null, year, bars);
    }

    private static BriefingChart byIndicator(List<Comparison> comparisons, String region,
                                             Function<String, String> names) {
        Integer year = year(comparisons);
        if (year == null) {
            return new BriefingChart(region, null, List.of());
        }
        List<Bar> bars = comparisons.stream().filter(c -> c.year() == year && hasGrowth(c)).limit(MAX_CATEGORIES)
                .map(c -> new Bar(names.apply(c.indicator()), c.targetGrowth(), c.actualGrowth())).toList();
        return new BriefingChart(region, year, bars);
    }

    /** The latest year with both growth rates, else the latest with either, else null. */
    private static Integer year(List<Comparison> comparisons) {
        Integer both = latest(comparisons, c -> c.targetGrowth() != null && c.actualGrowth() != null);
        return both != null ? both : latest(comparisons, BriefingChart::hasGrowth);
    }

    private static Integer latest(List<Comparison> comparisons, Predicate<Comparison> which) {
        Integer year = null;
        for (Comparison c : comparisons) {
            if (which.test(c) && (year == null || c.year() > year)) {
                year = c.year();
            }
        }
        return year;
    }

    private static boolean hasGrowth(Comparison c) {
        return c.targetGrowth() != null || c.actualGrowth() != null;
    }
}
