package org.zhibiao.analysis;

import org.zhibiao.model.Figure;
import org.zhibiao.model.Kind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches two lists of figures for one report with the rule of the shared scoring script
 * ({@code tools/score.py}), so that agreement between analysts is measured the way the engine is measured
 * against gold.
 * <ul>
 *   <li>Figures can only match when they share the key (indicator, kind, year); a missing year is a key of
 *       its own, as an empty year column is in the script. The script's "doc" column is implicit: one report.</li>
 *   <li>A keyed pair is a true positive only when the value agrees, the unit agrees if the reference has a
 *       value, the growth agrees and the qualifier agrees. Numbers agree when both are absent or when
 *       {@code |a − b| ≤ 1e-6 · max(1, |a|, |b|)} — the script's tolerance, computed here exactly in
 *       {@link BigDecimal} rather than in binary floating point.</li>
 *   <li>Matching is greedy in list order: each figure of {@code other} takes the first still unused figure of
 *       {@code reference} with its key whose fields agree. An {@code other} figure left without a partner is a
 *       false positive, a {@code reference} figure left unused a false negative.</li>
 * </ul>
 * With exact equality the count of true positives does not depend on which side is the reference, so F1 is
 * symmetric; only numbers that agree within the tolerance without being equal (a chain a≈b≈c with a≉c) can make
 * the greedy result depend on the order.
 */
public final class FigureMatch {

    /** The script's tolerance factor for numbers. */
    static final BigDecimal TOLERANCE = new BigDecimal("1e-6");

    private FigureMatch() {
    }

    /**
     * Counts of a match, with precision, recall and F1 as the script's {@code prf} defines them, edge cases
     * included: with nothing proposed precision is 1 if nothing was missed either and 0 otherwise; with nothing
     * to find recall is 1; F1 is 0 when precision and recall are both 0. Thus two empty lists agree perfectly.
     *
     * @param tp figures of the other side that matched a reference figure
     * @param fp figures of the other side without a matching reference figure
     * @param fn reference figures nothing matched
     */
    public record Score(int tp, int fp, int fn) {

        /** No figures at all: the neutral element of {@link #plus}. */
        public static final Score ZERO = new Score(0, 0, 0);

        public Score {
            if (tp < 0 || fp < 0 || fn < 0) {
                throw new IllegalArgumentException("negative count in " + tp + "/" + fp + "/" + fn);
            }
        }

        public double precision() {
            return tp + fp == 0 ? (fn == 0 ? 1.0 : 0.0) : tp / (double) (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : tp / (double) (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        /** Sums the counts: F1 of the sum is the micro-average over reports, as the script's overall line. */
        public Score plus(Score other) {
            return new Score(tp + other.tp, fp + other.fp, fn + other.fn);
        }
    }

    /**
     * Scores {@code other} against {@code reference} (the script's gold) for one report.
     *
     * @param reference the figures taken as right
     * @param other     the figures being scored, matched in this order
     * @return true positives, false positives and false negatives
     */
    public static Score score(List<Figure> reference, List<Figure> other) {
        Map<Key, List<Figure>> unused = new HashMap<>();
        for (Figure r : reference) {
            unused.computeIfAbsent(Key.of(r), k -> new ArrayList<>()).add(r);
        }
        int tp = 0;
        int fp = 0;
        for (Figure o : other) {
            List<Figure> candidates = unused.getOrDefault(Key.of(o), List.of());
            int hit = firstAgreeing(candidates, o);
            if (hit >= 0) {
                candidates.remove(hit);
                tp++;
            } else {
                fp++;
            }
        }
        return new Score(tp, fp, reference.size() - tp);
    }

    private static int firstAgreeing(List<Figure> candidates, Figure o) {
        for (int i = 0; i < candidates.size(); i++) {
            if (fieldsAgree(candidates.get(i), o)) {
                return i;
            }
        }
        return -1;
    }

    /** The script's {@code fields_equal}: the unit only counts when the reference states a value. */
    public static boolean fieldsAgree(Figure reference, Figure other) {
        return sameNumber(reference.value(), other.value())
                && (reference.value() == null || reference.unit().strip().equals(other.unit().strip()))
                && sameNumber(reference.growthPct(), other.growthPct())
                && reference.qualifier() == other.qualifier();
    }

    /** Both absent, or {@code |a − b| ≤ 1e-6 · max(1, |a|, |b|)}. */
    static boolean sameNumber(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        BigDecimal scale = BigDecimal.ONE.max(a.abs()).max(b.abs());
        return a.subtract(b).abs().compareTo(TOLERANCE.multiply(scale)) <= 0;
    }

    /** What two figures must share to be compared at all. */
    private record Key(String indicator, Kind kind, Integer year) {

        static Key of(Figure f) {
            return new Key(f.indicator(), f.kind(), f.year());
        }
    }
}
