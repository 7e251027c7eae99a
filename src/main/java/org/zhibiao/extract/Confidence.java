package org.zhibiao.extract;

import org.zhibiao.model.Kind;

/**
 * How sure the engine is of one figure, from how its parts were decided. A figure starts near certain and loses
 * for each weak or disagreeing signal: a name of lower priority (the lower, the more), a passage that no heading or cue set, a clause
 * that overruled its passage, a number from a list, a target in words, a document year with rivals, a multi-year figure. The numbers
 * are not probabilities; they order figures so that the doubtful come first in review (measured: the least
 * confident fifth holds most of the wrong figures, docs/benchmarks.md).
 */
final class Confidence {

    private Confidence() {
    }

    static double of(Draft d, Passages.Context ctx, ClauseFrame.Placement place, DocumentFrame frame, int priority) {
        double c = 0.95;
        if (priority < 10) {
            c -= 0.04 * (10 - priority); // a general name (居民收入, 经济总量) is more often not the indicator meant
        }
        if (!ctx.cued()) {
            c -= 0.1;
        }
        if (place.overruled()) {
            c -= 0.1;
        }
        if (d.fromList) {
            c -= 0.1;
        }
        if (d.qualitative) {
            c -= 0.1; // a target in words comes from a list of targets, where it is rarely misread
        }
        if (d.kind == Kind.PERIOD || d.kind == Kind.PLAN) {
            c -= 0.1; // several years: which year ends the period, which level ends a growth, are often unclear
        }
        if (d.value == null && d.growth == null) {
            c -= 0.1;
        }
        if (frame != null) {
            c -= 0.3 * (1 - frame.yearCertainty());
            if (frame.reportYear() == 0 || onlyLatestYear(frame)) {
                c -= 0.15;
            }
        }
        return Math.max(0.05, Math.round(c * 100) / 100.0);
    }

    /** The year rests on nothing but the latest year the text names (a loop: asked of every figure). */
    private static boolean onlyLatestYear(DocumentFrame frame) {
        for (Reason r : frame.yearReasons()) {
            if (r.what() != Reason.What.LATEST_YEAR) {
                return false;
            }
        }
        return true;
    }
}
