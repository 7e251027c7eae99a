package org.zhibiao.analysis;

import java.math.BigDecimal;

/**
 * A multi-year plan's average annual growth target against what was achieved so far: the compound annual growth
 * of the yearly results within the plan, or the period figure at the plan's end.
 *
 * @param region       the region
 * @param indicator    indicator code
 * @param firstYear    the plan's first year
 * @param lastYear     the plan's end year
 * @param planGrowth   the average annual growth the plan set
 * @param achieved     the compound annual growth achieved (or null)
 * @param yearsCovered how many years the achievement is based on
 * @param status       completion by the growth rules
 */
public record PlanProgress(Comparison.Region region, String indicator, int firstYear, int lastYear,
                           BigDecimal planGrowth, BigDecimal achieved, int yearsCovered, Completion status) {
}
