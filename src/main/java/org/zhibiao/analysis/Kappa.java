package org.zhibiao.analysis;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Cohen's kappa for two raters who put the same items into nominal categories: how much more often they agree
 * than two raters who labelled at random with the same label frequencies would.
 * {@code κ = (po − pe) / (1 − pe)}, where {@code po} is the share of items both labelled alike and
 * {@code pe = Σ_k pA(k) · pB(k)} the agreement expected by chance from each rater's own label shares.
 * <p>
 * Edge cases, chosen so that a report never throws and never looks better than it is:
 * <ul>
 *   <li>No items: {@code NaN} — there is nothing to agree on, and a number would be made up. Callers that
 *       average must skip it (pooled counts, as {@link Agreement#overall}, avoid the problem).</li>
 *   <li>{@code pe = 1}: both raters used one and the same label for every item. The formula is 0/0; the raters
 *       did agree on everything, so this degenerate case is reported as perfect agreement, 1.0. ({@code pe = 1}
 *       forces {@code po = 1}, so there is no other case in which the denominator vanishes.)</li>
 *   <li>Only one rater used a single label: {@code pe < 1}, computed normally, and kappa is 0 — that rater's
 *       agreements are exactly as many as chance predicts ({@code po = pe}).</li>
 * </ul>
 */
public final class Kappa {

    private Kappa() {
    }

    /**
     * Kappa with the shares it was computed from.
     *
     * @param items    items rated by both
     * @param observed {@code po}, the share of items labelled alike ({@code NaN} without items)
     * @param expected {@code pe}, the agreement expected by chance ({@code NaN} without items)
     * @param kappa    Cohen's kappa, with the edge cases of {@link Kappa}
     */
    public record Result(long items, double observed, double expected, double kappa) {
    }

    /**
     * Kappa for two parallel lists of labels: {@code a.get(i)} and {@code b.get(i)} are the two raters' labels
     * for item {@code i}. Labels are compared with {@code equals}.
     *
     * @throws IllegalArgumentException if the lists differ in length or a label is null
     */
    public static double of(List<String> a, List<String> b) {
        return measure(a, b).kappa();
    }

    /** As {@link #of}, with the observed and expected agreement. */
    public static Result measure(List<String> a, List<String> b) {
        Objects.requireNonNull(a, "labels of rater A");
        Objects.requireNonNull(b, "labels of rater B");
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("the raters labelled " + a.size() + " and " + b.size()
                    + " items; kappa needs the same items");
        }
        Map<String, Integer> index = new TreeMap<>();
        for (List<String> labels : List.of(a, b)) {
            for (String label : labels) {
                if (label == null) {
                    throw new IllegalArgumentException("a null label");
                }
                index.putIfAbsent(label, 0);
            }
        }
        int k = 0;
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            e.setValue(k++);
        }
        long[][] table = new long[k][k];
        for (int i = 0; i < a.size(); i++) {
            table[index.get(a.get(i))][index.get(b.get(i))]++;
        }
        return measureTable(table);
    }

    /**
     * Kappa from a square contingency table: {@code counts[i][j]} is the number of items rater A put in
     * category {@code i} and rater B in category {@code j}; the diagonal holds the agreements.
     *
     * @throws IllegalArgumentException if the table is not square or holds a negative count
     */
    public static double ofTable(long[][] counts) {
        return measureTable(counts).kappa();
    }

    /** As {@link #ofTable}, with the observed and expected agreement. */
    public static Result measureTable(long[][] counts) {
        Objects.requireNonNull(counts, "counts");
        int k = counts.length;
        long[] rowSums = new long[k];
        long[] colSums = new long[k];
        long n = 0;
        long agreed = 0;
        for (int i = 0; i < k; i++) {
            if (counts[i] == null || counts[i].length != k) {
                throw new IllegalArgumentException("kappa needs a square table, " + k + " by " + k);
            }
            for (int j = 0; j < k; j++) {
                long c = counts[i][j];
                if (c < 0) {
                    throw new IllegalArgumentException("negative count " + c + " at [" + i + "][" + j + "]");
                }
                rowSums[i] += c;
                colSums[j] += c;
                n += c;
                if (i == j) {
                    agreed += c;
                }
            }
        }
        if (n == 0) {
            return new Result(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double observed = agreed / (double) n;
        double expected = 0;
        boolean oneSharedLabel = false;
        for (int i = 0; i < k; i++) {
            expected += (rowSums[i] / (double) n) * (colSums[i] / (double) n);
            // decided on the counts, not on the rounded double, so pe = 1 is recognised exactly
            oneSharedLabel |= rowSums[i] == n && colSums[i] == n;
        }
        if (oneSharedLabel) {
            return new Result(n, observed, 1.0, 1.0);
        }
        return new Result(n, observed, expected, (observed - expected) / (1 - expected));
    }
}
