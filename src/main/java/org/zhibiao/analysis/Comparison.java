package org.zhibiao.analysis;

import org.zhibiao.model.Qualifier;

import java.math.BigDecimal;

/**
 * One region's target for one indicator and year against the result: a row of the comparison pivot.
 *
 * @param region       the region (code and names)
 * @param indicator    indicator code
 * @param year         the year the target was set for and the result achieved in
 * @param targetGrowth the growth target in percent (or null)
 * @param actualGrowth the growth achieved (or null)
 * @param gapPp        actual − target growth in percentage points (or null)
 * @param targetValue  the level target (or null)
 * @param actualValue  the level reached (or null)
 * @param unit         the unit of the levels (or of a rate indicator's values, %)
 * @param qualifier    the target's qualifier
 * @param status       completion by the rules of {@link CompletionRules}
 * @param measure      what the status was decided on: growth, level, words, or none
 * @param reviewed     whether both figures have been reviewed by an analyst
 * @param targetId     the target figure's id, or null
 * @param actualId     the result figure's id, or null
 */
public record Comparison(Region region, String indicator, int year, BigDecimal targetGrowth, BigDecimal actualGrowth,
                         BigDecimal gapPp, BigDecimal targetValue, BigDecimal actualValue, String unit,
                         Qualifier qualifier, Completion status, String measure, boolean reviewed, Long targetId,
                         Long actualId) {

    /** A region as comparisons show it. */
    public record Region(String key, String code, String name, String prefecture, String province) {
    }
}
