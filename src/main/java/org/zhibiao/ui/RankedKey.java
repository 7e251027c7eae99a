package org.zhibiao.ui;

import org.zhibiao.model.ReportSummary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A column sorted through ranks: each report's place in the column's order among the reports of the list, made in
 * the background when a new list arrives (ReportListOrder), kept by report id in an int[] (a workspace's ids are
 * dense; a map from summary to boxed rank went through three objects per look-up). A rank holds for the summary it
 * was made for only: a report whose summary was replaced since (a decision, a corrected region) has none, is
 * compared through the order itself, and for a whole sort is placed among the ranked reports by binary search.
 * Every column goes through ranks, so that a whole sort by any of them runs the same loop: the first sort of a
 * session runs it before the JIT has compiled it, a first sort by another column no longer does.
 */
final class RankedKey implements SortKey {

    /** Each report id's rank and the summary it was made for; none where the id was not listed. */
    record Ranks(int[] rank, ReportSummary[] of) {
        static final Ranks NONE = new Ranks(new int[0], new ReportSummary[0]);

        int rankOf(ReportSummary s) {
            long id = s.report().id();
            return id >= 0 && id < of.length && of[(int) id] == s ? rank[(int) id] : -1;
        }
    }

    private final Comparator<ReportSummary> order;
    private final Comparator<ReportSummary> comparator;
    /** Replaced whole when the background has made new ranks. */
    private Ranks ranks = Ranks.NONE;

    RankedKey(Comparator<ReportSummary> order) {
        this.order = order;
        this.comparator = (a, b) -> {
            Ranks r = ranks;
            int x = r.rankOf(a);
            int y = x < 0 ? -1 : r.rankOf(b);
            return y >= 0 ? Integer.compare(x, y) : order.compare(a, b);
        };
    }

    /** The column's order; ranks follow it, so a ranked and an unranked report compare through it. */
    Comparator<ReportSummary> order() {
        return order;
    }

    void use(Ranks made) {
        ranks = made;
    }

    @Override
    public Comparator<ReportSummary> comparator() {
        return comparator;
    }

    @Override
    public int[] keys(ReportSummary[] rows) {
        int[] byId = ranks.rank;
        ReportSummary[] of = ranks.of;
        int[] rank = new int[rows.length];
        int unranked = 0;
        for (int i = 0; i < rank.length; i++) {
            // Ranks.rankOf written out: the first sort runs this loop in the interpreter, where each call costs
            ReportSummary s = rows[i];
            long id = s.report().id();
            rank[i] = id >= 0 && id < of.length && of[(int) id] == s ? byId[(int) id] : -1;
            if (rank[i] < 0) {
                unranked++;
            }
        }
        return unranked == 0 ? rank : merged(rows, rank, unranked);
    }

    /**
     * Keys for rows of which some have no rank: the ranked rows in rank order, the others sorted through the order
     * and each placed among them by binary search (a few comparisons each, not a comparator sort of all), then every
     * row numbered afresh in that order.
     */
    private int[] merged(ReportSummary[] rows, int[] rank, int unranked) {
        int[] ranked = byRank(rank, rank.length - unranked);
        Integer[] others = new Integer[unranked];
        for (int i = 0, b = 0; i < rank.length; i++) {
            if (rank[i] < 0) {
                others[b++] = i;
            }
        }
        Arrays.sort(others, (x, y) -> order.compare(rows[x], rows[y]));
        Numbering numbering = new Numbering(rows, rank);
        int next = 0;
        for (int row : others) {
            ReportSummary s = rows[row];
            int lo = next;
            int hi = ranked.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (order.compare(rows[ranked[mid]], s) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (; next < lo; next++) {
                numbering.next(ranked[next]);
            }
            numbering.next(row);
        }
        for (; next < ranked.length; next++) {
            numbering.next(ranked[next]);
        }
        return numbering.keys;
    }

    /** The ranked rows in rank order, by a counting sort (ranks are below the listed reports' count). */
    private static int[] byRank(int[] rank, int count) {
        int max = 0;
        for (int r : rank) {
            max = Math.max(max, r);
        }
        int[] start = new int[max + 2];
        for (int r : rank) {
            if (r >= 0) {
                start[r + 1]++;
            }
        }
        for (int k = 1; k < start.length; k++) {
            start[k] += start[k - 1];
        }
        int[] sorted = new int[count];
        for (int i = 0; i < rank.length; i++) {
            if (rank[i] >= 0) {
                sorted[start[rank[i]]++] = i;
            }
        }
        return sorted;
    }

    /** Keys given to rows in their order: the next number only where a row differs from the one before. */
    private final class Numbering {
        final ReportSummary[] rows;
        final int[] rank;
        final int[] keys;
        int previous = -1;
        int key;

        Numbering(ReportSummary[] rows, int[] rank) {
            this.rows = rows;
            this.rank = rank;
            this.keys = new int[rank.length];
        }

        void next(int row) {
            if (previous >= 0) {
                boolean ranked = rank[previous] >= 0 && rank[row] >= 0;
                boolean differs = ranked ? rank[previous] != rank[row]
                        : order.compare(rows[previous], rows[row]) != 0;
                key += differs ? 1 : 0;
            }
            keys[row] = key;
            previous = row;
        }
    }

    /**
     * The listed reports by id, for the ranks of every column to share; null when the ids are too sparse for an
     * array (a workspace most of whose reports were deleted): then no ranks, every report compared through the order.
     */
    static ReportSummary[] byId(List<ReportSummary> listed) {
        long maxId = listed.stream().mapToLong(s -> s.report().id()).max().orElse(-1);
        if (maxId >= 8L * listed.size() + 1024 || listed.stream().anyMatch(s -> s.report().id() < 0)) {
            return null;
        }
        ReportSummary[] of = new ReportSummary[(int) maxId + 1];
        listed.forEach(s -> of[(int) s.report().id()] = s);
        return of;
    }

    /** Each listed report id's place in this order, equal reports equal places. */
    static Ranks ranks(List<ReportSummary> listed, ReportSummary[] byId, Comparator<ReportSummary> order) {
        if (byId == null) {
            return Ranks.NONE;
        }
        int[] rank = new int[byId.length];
        Arrays.fill(rank, -1);
        List<ReportSummary> sorted = new ArrayList<>(listed);
        sorted.sort(order);
        int k = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0 && order.compare(sorted.get(i - 1), sorted.get(i)) != 0) {
                k = i;
            }
            rank[(int) sorted.get(i).report().id()] = k;
        }
        return new Ranks(rank, byId);
    }
}
