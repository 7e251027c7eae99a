package org.zhibiao.analysis;

import java.math.BigDecimal;

/**
 * How ambitious a new target is: the growth target for a year against the growth achieved the year before.
 *
 * @param region         the region
 * @param indicator      indicator code
 * @param year           the target's year
 * @param targetGrowth   the growth target
 * @param previousGrowth the growth achieved in the year before
 * @param stepPp         target − previous result, in percentage points (positive: aims higher than last year)
 */
public record Ambition(Comparison.Region region, String indicator, int year, BigDecimal targetGrowth,
                       BigDecimal previousGrowth, BigDecimal stepPp) {
}
