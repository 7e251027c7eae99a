package org.zhibiao.ui.charts;

import org.zhibiao.analysis.Comparison;

import java.math.BigDecimal;

/** What a comparison view and its charts show: growth rates (percent, gaps in points) or levels (in the unit). */
public enum Measure {
    GROWTH("compare.measure.growth"),
    LEVEL("compare.measure.level");

    private final String label;

    Measure(String label) {
        this.label = label;
    }

    /** The measure's name in the UI's language. */
    public String label() {
        return org.zhibiao.ui.Messages.tr(label);
    }

    public BigDecimal target(Comparison c) {
        return this == GROWTH ? c.targetGrowth() : c.targetValue();
    }

    public BigDecimal actual(Comparison c) {
        return this == GROWTH ? c.actualGrowth() : c.actualValue();
    }

    /** Actual − target: in percentage points for growth, in the unit for levels; null when either is missing. */
    public BigDecimal gap(Comparison c) {
        if (this == GROWTH) {
            return c.gapPp();
        }
        return c.targetValue() == null || c.actualValue() == null ? null : c.actualValue().subtract(c.targetValue());
    }

    /** The unit of the values shown: % for growth, the comparisons' unit for levels. */
    public String unit(Iterable<Comparison> cs) {
        if (this == GROWTH) {
            return "%";
        }
        for (Comparison c : cs) {
            if (c.unit() != null && !c.unit().isEmpty()) {
                return c.unit();
            }
        }
        return "";
    }

    /** The unit of a gap: percentage points for growth. */
    public String gapUnit(Iterable<Comparison> cs) {
        return this == GROWTH ? "pp" : unit(cs);
    }

    @Override
    public String toString() {
        return label();
    }
}
