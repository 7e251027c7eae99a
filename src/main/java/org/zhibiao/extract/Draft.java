package org.zhibiao.extract;

import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;

import java.math.BigDecimal;

/**
 * A figure being assembled, in normalised-text offsets. Mutable while one document is read, then turned into
 * an immutable {@link org.zhibiao.model.Figure}.
 */
final class Draft {
    final String indicator;
    final Term term;
    Kind kind;
    Integer year;
    BigDecimal value;
    String unit = "";
    Qualifier valueQualifier = Qualifier.NONE;
    BigDecimal growth;
    Qualifier growthQualifier = Qualifier.NONE;
    boolean average;
    boolean qualitative;
    /** the level is the end of a growth from one number to another (从80亿元增长到150亿元) */
    boolean fromTo;
    /** a number came from a list spread over several names (分别, 和): pairing is where lists go wrong */
    boolean fromList;
    int start;
    int end;
    double confidence;
    String rule;
    /** Why the figure has its kind, year, indicator and numbers. */
    java.util.List<Reason> reasons = new java.util.ArrayList<>();

    Draft(String indicator, Term term, int start, int end) {
        this.indicator = indicator;
        this.term = term;
        this.start = start;
        this.end = end;
    }

    /** A copy the merge step can fill without changing what the assembly step added. */
    Draft copy() {
        Draft d = new Draft(indicator, term, start, end);
        d.kind = kind;
        d.year = year;
        d.value = value;
        d.unit = unit;
        d.valueQualifier = valueQualifier;
        d.growth = growth;
        d.growthQualifier = growthQualifier;
        d.average = average;
        d.qualitative = qualitative;
        d.fromTo = fromTo;
        d.fromList = fromList;
        d.confidence = confidence;
        d.rule = rule;
        d.reasons = new java.util.ArrayList<>(reasons);
        return d;
    }

    boolean isEmpty() {
        return value == null && growth == null && !qualitative;
    }

    Qualifier qualifier() {
        if (growth != null && growthQualifier != Qualifier.NONE) {
            return growthQualifier;
        }
        if (value != null && valueQualifier != Qualifier.NONE) {
            return valueQualifier;
        }
        return qualitative ? Qualifier.QUALITATIVE : Qualifier.NONE;
    }

    void extendTo(int newEnd) {
        end = Math.max(end, newEnd);
    }
}
