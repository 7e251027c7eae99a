package org.zhibiao.analysis;

import org.zhibiao.model.Figure;
import org.zhibiao.model.Status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How far two analysts who annotated one report blind agree, measured two ways because they answer different
 * questions:
 * <ul>
 *   <li><b>F1 on the final figures</b> — would the two annotations give the same data? An analyst's final figures
 *       are all but the rejected ones: confirmed, corrected, added, and pending ones, which stand as the machine
 *       proposed them. They are matched with {@link FigureMatch} (A as the reference; F1 does not depend on
 *       that choice).</li>
 *   <li><b>Cohen's kappa on the accept/reject decisions</b> — do the analysts judge the machine's proposals
 *       alike, beyond what their accept rates would give by chance? The items are the machine figures both
 *       analysts started from (equal {@link Annotated#origin}); confirmed and corrected count as "accept",
 *       rejected as "reject". A proposal still pending on either side is undecided and left out, as are added
 *       figures, which no one proposed. A correction is an accept here: whether the corrected values agree is
 *       what F1 measures.</li>
 * </ul>
 * The decisions are kept as a 2×2 table rather than as a kappa, so that reports can be pooled exactly in
 * {@link #overall}.
 *
 * @param reportId      the report, as the caller identifies it (the two analysts' workspaces may number it
 *                      differently, so the figures' own report ids are not checked)
 * @param analystA      the first analyst, the reference side of the F1 match
 * @param analystB      the second analyst
 * @param figuresA      A's final figures
 * @param figuresB      B's final figures
 * @param score         B's final figures matched against A's
 * @param decisionTable A's decisions against B's on the machine figures both decided
 */
public record Agreement(long reportId, String analystA, String analystB, int figuresA, int figuresB,
                        FigureMatch.Score score, DecisionTable decisionTable) implements Decided {

    public Agreement {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(decisionTable, "decisionTable");
    }

    /**
     * Accept/reject decisions of A (rows) against B (columns) on the same machine figures.
     *
     * @param bothAccept     both confirmed or corrected it
     * @param bothReject     both rejected it
     * @param aAcceptBReject A accepted, B rejected
     * @param aRejectBAccept A rejected, B accepted
     */
    public record DecisionTable(int bothAccept, int bothReject, int aAcceptBReject, int aRejectBAccept) {

        /** No decisions: the neutral element of {@link #plus}. */
        public static final DecisionTable EMPTY = new DecisionTable(0, 0, 0, 0);

        public DecisionTable {
            if (bothAccept < 0 || bothReject < 0 || aAcceptBReject < 0 || aRejectBAccept < 0) {
                throw new IllegalArgumentException("negative count in a decision table");
            }
        }

        public int total() {
            return bothAccept + bothReject + aAcceptBReject + aRejectBAccept;
        }

        public int agreed() {
            return bothAccept + bothReject;
        }

        /** Cohen's kappa over the table (accept first, reject second). */
        public double kappa() {
            return Kappa.ofTable(new long[][]{{bothAccept, aAcceptBReject}, {aRejectBAccept, bothReject}});
        }

        /** Pools two tables: the kappa of the sum treats all decisions as one sample. */
        public DecisionTable plus(DecisionTable other) {
            return new DecisionTable(bothAccept + other.bothAccept, bothReject + other.bothReject,
                    aAcceptBReject + other.aAcceptBReject, aRejectBAccept + other.aRejectBAccept);
        }

        private DecisionTable with(boolean aAccepts, boolean bAccepts) {
            return plus(new DecisionTable(aAccepts && bAccepts ? 1 : 0, !aAccepts && !bAccepts ? 1 : 0,
                    aAccepts && !bAccepts ? 1 : 0, !aAccepts && bAccepts ? 1 : 0));
        }
    }

    /**
     * Agreement over several reports, pooled rather than averaged: the F1 of the summed counts (micro-average,
     * as the scoring script's overall line) and the kappa of the summed decision tables, so a report with three
     * decisions weighs less than one with thirty and reports without decisions (kappa NaN) need no special care.
     * With no reports the score is {@link FigureMatch.Score#ZERO} (F1 1 by the script's convention) and kappa NaN.
     *
     * @param reports       reports pooled
     * @param score         summed match counts
     * @param decisionTable summed decisions
     */
    public record Overall(int reports, FigureMatch.Score score, DecisionTable decisionTable) implements Decided {
    }

    /**
     * Measures agreement on one report.
     *
     * @param a A's annotations; each machine figure at most once
     * @param b B's annotations; each machine figure at most once
     * @throws IllegalArgumentException if one analyst has two annotations with the same origin
     */
    public static Agreement of(long reportId, String analystA, List<Annotated> a, String analystB,
                               List<Annotated> b) {
        Map<String, Status> statusA = byOrigin(analystA, a);
        Map<String, Status> statusB = byOrigin(analystB, b);
        DecisionTable table = DecisionTable.EMPTY;
        for (Map.Entry<String, Status> e : statusA.entrySet()) {
            Status sa = e.getValue();
            Status sb = statusB.get(e.getKey());
            if (isDecision(sa) && sb != null && isDecision(sb)) {
                table = table.with(sa != Status.REJECTED, sb != Status.REJECTED);
            }
        }
        List<Figure> finalA = finalFigures(a);
        List<Figure> finalB = finalFigures(b);
        return new Agreement(reportId, analystA, analystB, finalA.size(), finalB.size(),
                FigureMatch.score(finalA, finalB), table);
    }

    /** Pools agreements of several reports; see {@link Overall}. */
    public static Overall overall(List<Agreement> agreements) {
        FigureMatch.Score score = FigureMatch.Score.ZERO;
        DecisionTable table = DecisionTable.EMPTY;
        for (Agreement x : agreements) {
            score = score.plus(x.score());
            table = table.plus(x.decisionTable());
        }
        return new Overall(agreements.size(), score, table);
    }

    /** Accepted (confirmed or corrected) or rejected; pending is undecided, and added was never proposed. */
    private static boolean isDecision(Status s) {
        return s == Status.CONFIRMED || s == Status.CORRECTED || s == Status.REJECTED;
    }

    private static List<Figure> finalFigures(List<Annotated> annotations) {
        return annotations.stream()
                .filter(x -> x.figure().status() != Status.REJECTED)
                .map(x -> x.figure().figure())
                .toList();
    }

    private static Map<String, Status> byOrigin(String analyst, List<Annotated> annotations) {
        Map<String, Status> statuses = new HashMap<>();
        for (Annotated x : annotations) {
            if (!x.isAdded() && statuses.put(x.origin(), x.figure().status()) != null) {
                throw new IllegalArgumentException(analyst + " annotated machine figure " + x.origin() + " twice");
            }
        }
        return statuses;
    }
}
