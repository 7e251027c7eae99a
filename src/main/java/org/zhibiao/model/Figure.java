package org.zhibiao.model;

import java.math.BigDecimal;

/**
 * One stated figure for a core indicator: a result or a target with its numbers and the place it came from.
 *
 * @param indicator  canonical indicator code ("gdp", "fixed_investment" …)
 * @param kind       result or target, one year or several
 * @param year       the year the figure refers to, or null if it could not be resolved
 * @param value      the level in {@code unit}, or null
 * @param unit       the unit as written with the value (亿元, 元, %, 万人 …), empty without a value
 * @param growthPct  growth in percent (negative for 下降), or null
 * @param qualifier  how the number is bounded
 * @param text       the shortest clause stating the figure, as in the source document
 * @param span       offsets of {@code text} in the decoded source document
 * @param confidence how sure the engine is, 0..1
 * @param rule       which rule produced the figure and from which lexicon entry, for "why is this here?"
 */
public record Figure(String indicator, Kind kind, Integer year, BigDecimal value, String unit, BigDecimal growthPct,
                     Qualifier qualifier, String text, Span span, double confidence, String rule) {

    public Figure {
        if (indicator == null || indicator.isBlank()) {
            throw new IllegalArgumentException("a figure needs an indicator");
        }
        if (kind == null || qualifier == null || span == null) {
            throw new IllegalArgumentException("a figure needs a kind, a qualifier and a span");
        }
        unit = unit == null ? "" : unit;
        text = text == null ? "" : text;
    }
}
