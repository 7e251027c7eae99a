package org.zhibiao.extract;

import java.math.BigDecimal;

/**
 * A number with its unit in normalised text: 129亿元, 3.1%, 三千二百户. For a range (6.5%-7%) the value is the
 * lower bound and {@code range} is set.
 *
 * @param start     offset of the first digit
 * @param end       offset after the unit
 * @param value     the number in the unit written
 * @param unit      the unit as written
 * @param unitClass the unit's class from units.tsv
 * @param range     whether a range was written
 */
public record Quantity(int start, int end, BigDecimal value, String unit, String unitClass, boolean range) {

    public boolean isPercent() {
        return "%".equals(unit);
    }
}
