package org.zhibiao.analysis;

import org.zhibiao.model.Qualifier;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The completion rules, in one place (docs/comparison-rules.md explains them to analysts). Growth rates are
 * compared in percentage points with a tolerance of {@value #TOLERANCE_PP}; levels in their unit without one.
 * <ul>
 *   <li>{@code ge} (以上, 不低于, and a bare rate: a growth target is a floor by convention): at least the target is
 *       met; half a point or more above it is exceeded; below it is missed.</li>
 *   <li>{@code approx} (左右): within half a point either way is met; above that exceeded; below that missed.</li>
 *   <li>{@code le} (以内, a ceiling such as an unemployment rate or a price rise): at or under the ceiling is met,
 *       over it missed; a ceiling cannot be exceeded in the good sense.</li>
 *   <li>{@code qualitative}: "in step with the economy" (与经济增长同步) is met when the indicator grew at least as
 *       fast as GDP less half a point; "faster than the economy" (高于/快于经济增长) when it grew faster than GDP;
 *       other words are not comparable.</li>
 * </ul>
 */
public final class CompletionRules {

    public static final double TOLERANCE_PP = 0.5;
    private static final BigDecimal TOLERANCE = BigDecimal.valueOf(TOLERANCE_PP);
    private static final Pattern FASTER = Pattern.compile("高于|快于|跑赢|超过");

    private CompletionRules() {
    }

    /** A growth target against the growth achieved, in percent. */
    public static Completion growth(Qualifier q, BigDecimal target, BigDecimal actual) {
        if (target == null || actual == null) {
            return Completion.NOT_COMPARABLE;
        }
        return switch (q) {
            case AT_MOST -> actual.compareTo(target) <= 0 ? Completion.MET : Completion.MISSED;
            case APPROX -> actual.compareTo(target.subtract(TOLERANCE)) < 0 ? Completion.MISSED
                    : actual.compareTo(target.add(TOLERANCE)) > 0 ? Completion.EXCEEDED : Completion.MET;
            case QUALITATIVE -> Completion.NOT_COMPARABLE;
            default -> actual.compareTo(target) < 0 ? Completion.MISSED
                    : actual.compareTo(target.add(TOLERANCE)) >= 0 ? Completion.EXCEEDED : Completion.MET;
        };
    }

    /** A level target (value in a unit, or a rate such as unemployment) against the level reached. */
    public static Completion level(Qualifier q, BigDecimal target, BigDecimal actual) {
        if (target == null || actual == null) {
            return Completion.NOT_COMPARABLE;
        }
        int c = actual.compareTo(target);
        return switch (q) {
            case AT_MOST -> c <= 0 ? Completion.MET : Completion.MISSED;
            case APPROX -> {
                BigDecimal band = target.abs().multiply(BigDecimal.valueOf(0.02)); // 2 % of the level
                yield actual.compareTo(target.subtract(band)) < 0 ? Completion.MISSED
                        : actual.compareTo(target.add(band)) > 0 ? Completion.EXCEEDED : Completion.MET;
            }
            case QUALITATIVE -> Completion.NOT_COMPARABLE;
            default -> c < 0 ? Completion.MISSED : c > 0 ? Completion.EXCEEDED : Completion.MET;
        };
    }

    /** A target in words, against the indicator's growth and the economy's (GDP) growth that year. */
    public static Completion qualitative(String targetText, BigDecimal actualGrowth, BigDecimal gdpGrowth) {
        if (actualGrowth == null || gdpGrowth == null || targetText == null) {
            return Completion.NOT_COMPARABLE;
        }
        if (FASTER.matcher(targetText).find()) {
            return actualGrowth.compareTo(gdpGrowth) > 0 ? Completion.MET : Completion.MISSED;
        }
        if (targetText.contains("同步")) {
            return actualGrowth.compareTo(gdpGrowth.subtract(TOLERANCE)) >= 0 ? Completion.MET : Completion.MISSED;
        }
        return Completion.NOT_COMPARABLE;
    }
}
