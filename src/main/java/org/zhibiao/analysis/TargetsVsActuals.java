package org.zhibiao.analysis;

import org.zhibiao.model.DocType;
import org.zhibiao.model.Figure;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.RegionalFigure;
import org.zhibiao.model.Status;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Targets against results, across regions and years. Pure: figures in, comparisons out.
 *
 * <p>The target a region set for year Y (kind target, year Y — normally from its report of year Y) is compared
 * with the result for year Y (kind actual, year Y — normally from its report of year Y+1). Regions are matched by
 * gazetteer code. When a region has several figures for the same thing (a report and a news article about it), the
 * one an analyst reviewed wins, then the one from a whole report, then the one from the report of the expected
 * year, then the latest.
 */
public final class TargetsVsActuals {

    private static final MathContext MC = new MathContext(12);

    private TargetsVsActuals() {
    }

    public static List<Comparison> compare(List<RegionalFigure> figures) {
        Map<String, Map<Integer, RegionalFigure[]>> byKey = index(figures);
        List<Comparison> out = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, RegionalFigure[]>> e : byKey.entrySet()) {
            for (Map.Entry<Integer, RegionalFigure[]> y : e.getValue().entrySet()) {
                RegionalFigure target = y.getValue()[0];
                RegionalFigure actual = y.getValue()[1];
                if (target == null && actual == null) {
                    continue;
                }
                out.add(compare(target, actual, y.getKey(), gdpGrowth(byKey, target != null ? target : actual, y.getKey())));
            }
        }
        out.sort(Comparator.comparing((Comparison c) -> c.region().province()).thenComparing(c -> c.region().name())
                .thenComparing(Comparison::indicator).thenComparingInt(Comparison::year));
        return out;
    }

    private static Comparison compare(RegionalFigure target, RegionalFigure actual, int year, BigDecimal gdpGrowth) {
        RegionalFigure any = target != null ? target : actual;
        Figure t = target == null ? null : target.figure().figure();
        Figure a = actual == null ? null : actual.figure().figure();
        BigDecimal tg = t == null ? null : t.growthPct();
        BigDecimal ag = a == null ? null : a.growthPct();
        BigDecimal tv = t == null ? null : t.value();
        BigDecimal av = a == null ? null : a.value();
        boolean sameUnit = t != null && a != null && t.unit().equals(a.unit());
        Qualifier q = t == null ? Qualifier.NONE : t.qualifier();
        Completion status = Completion.NOT_COMPARABLE;
        String measure = "none";
        if (tg != null && ag != null) {
            status = CompletionRules.growth(q, tg, ag);
            measure = "growth";
        } else if (tv != null && av != null && sameUnit) {
            status = CompletionRules.level(q, tv, av);
            measure = "level";
        } else if (q == Qualifier.QUALITATIVE && ag != null) {
            status = CompletionRules.qualitative(t.text(), ag, gdpGrowth);
            measure = status == Completion.NOT_COMPARABLE ? "none" : "words";
        }
        String unit = t != null && !t.unit().isEmpty() ? t.unit() : a != null ? a.unit() : "";
        boolean reviewed = target != null && actual != null && target.figure().status().isDecided()
                && actual.figure().status().isDecided();
        return new Comparison(region(any), any.figure().figure().indicator(), year, tg, ag,
                tg != null && ag != null ? ag.subtract(tg) : null, tv, sameUnit || a == null ? av : av, unit, q, status,
                measure, reviewed, target == null ? null : target.figure().id(), actual == null ? null : actual.figure().id());
    }

    /** New targets against the latest result: the target for Y against the result for Y−1. */
    public static List<Ambition> ambition(List<RegionalFigure> figures) {
        Map<String, Map<Integer, RegionalFigure[]>> byKey = index(figures);
        List<Ambition> out = new ArrayList<>();
        for (Map<Integer, RegionalFigure[]> years : byKey.values()) {
            for (Map.Entry<Integer, RegionalFigure[]> y : years.entrySet()) {
                RegionalFigure target = y.getValue()[0];
                RegionalFigure[] before = years.get(y.getKey() - 1);
                RegionalFigure previous = before == null ? null : before[1];
                if (target == null || previous == null || target.figure().figure().growthPct() == null
                        || previous.figure().figure().growthPct() == null) {
                    continue;
                }
                BigDecimal tg = target.figure().figure().growthPct();
                BigDecimal pg = previous.figure().figure().growthPct();
                out.add(new Ambition(region(target), target.figure().figure().indicator(), y.getKey(), tg, pg, tg.subtract(pg)));
            }
        }
        return out;
    }

    /**
     * Multi-year plans against what was achieved: the compound growth of the yearly results from the plan's first
     * year (its end year − 4) up to its end or the latest result; a period figure at the plan's end replaces them.
     */
    public static List<PlanProgress> plans(List<RegionalFigure> figures) {
        Map<String, List<RegionalFigure>> byRegionIndicator = new LinkedHashMap<>();
        for (RegionalFigure f : figures) {
            byRegionIndicator.computeIfAbsent(f.regionKey() + "|" + f.figure().figure().indicator(), k -> new ArrayList<>()).add(f);
        }
        List<PlanProgress> out = new ArrayList<>();
        for (List<RegionalFigure> list : byRegionIndicator.values()) {
            for (RegionalFigure plan : list) {
                Figure p = plan.figure().figure();
                if (p.kind() != Kind.PLAN || p.growthPct() == null || p.year() == null) {
                    continue;
                }
                int last = p.year();
                int first = last - 4;
                Optional<RegionalFigure> period = list.stream().filter(f -> f.figure().figure().kind() == Kind.PERIOD
                        && f.figure().figure().year() != null && f.figure().figure().year() == last
                        && f.figure().figure().growthPct() != null).findFirst();
                BigDecimal achieved;
                int years;
                if (period.isPresent()) {
                    achieved = period.get().figure().figure().growthPct();
                    years = 5;
                } else {
                    TreeSet<Integer> seen = new TreeSet<>();
                    BigDecimal product = BigDecimal.ONE;
                    for (RegionalFigure f : list) {
                        Figure a = f.figure().figure();
                        if (a.kind() == Kind.ACTUAL && a.year() != null && a.year() >= first && a.year() <= last
                                && a.growthPct() != null && seen.add(a.year())) {
                            product = product.multiply(BigDecimal.ONE.add(a.growthPct().movePointLeft(2)), MC);
                        }
                    }
                    years = seen.size();
                    achieved = years == 0 ? null : BigDecimal.valueOf(
                            (Math.pow(product.doubleValue(), 1.0 / years) - 1) * 100).setScale(2, RoundingMode.HALF_UP);
                }
                out.add(new PlanProgress(region(plan), p.indicator(), first, last, p.growthPct(), achieved, years,
                        CompletionRules.growth(p.qualifier(), p.growthPct(), achieved)));
            }
        }
        return out;
    }

    /** region|indicator → year → {best target, best actual}. */
    private static Map<String, Map<Integer, RegionalFigure[]>> index(List<RegionalFigure> figures) {
        Map<String, Map<Integer, RegionalFigure[]>> byKey = new LinkedHashMap<>();
        for (RegionalFigure f : figures) {
            Figure fig = f.figure().figure();
            if (fig.year() == null || f.figure().status() == Status.REJECTED
                    || fig.kind() != Kind.TARGET && fig.kind() != Kind.ACTUAL) {
                continue;
            }
            RegionalFigure[] slot = byKey.computeIfAbsent(f.regionKey() + "|" + fig.indicator(), k -> new java.util.TreeMap<>())
                    .computeIfAbsent(fig.year(), k -> new RegionalFigure[2]);
            int i = fig.kind() == Kind.TARGET ? 0 : 1;
            if (slot[i] == null || better(f, slot[i], fig.kind() == Kind.TARGET ? fig.year() : fig.year() + 1)) {
                slot[i] = f;
            }
        }
        return byKey;
    }

    private static boolean better(RegionalFigure a, RegionalFigure b, int expectedReportYear) {
        int c = Boolean.compare(a.figure().status().isDecided(), b.figure().status().isDecided());
        if (c != 0) {
            return c > 0;
        }
        c = Integer.compare(rank(b.docType()), rank(a.docType()));
        if (c != 0) {
            return c > 0;
        }
        c = Boolean.compare(Integer.valueOf(expectedReportYear).equals(a.reportYear()),
                Integer.valueOf(expectedReportYear).equals(b.reportYear()));
        if (c != 0) {
            return c > 0;
        }
        return a.figure().id() > b.figure().id();
    }

    private static int rank(DocType t) {
        return switch (t) {
            case REPORT -> 0;
            case FRAGMENT -> 1;
            case ARTICLE -> 2;
        };
    }

    private static BigDecimal gdpGrowth(Map<String, Map<Integer, RegionalFigure[]>> byKey, RegionalFigure any, int year) {
        Map<Integer, RegionalFigure[]> gdp = byKey.get(any.regionKey() + "|gdp");
        RegionalFigure[] slot = gdp == null ? null : gdp.get(year);
        return slot == null || slot[1] == null ? null : slot[1].figure().figure().growthPct();
    }

    static Comparison.Region region(RegionalFigure f) {
        return new Comparison.Region(f.regionKey(), f.regionCode(), f.region(), f.prefecture(), f.province());
    }
}
