package org.zhibiao.ui;

import org.zhibiao.model.ReportSummary;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The order the report table's sort columns say, the first deciding first, each ascending or descending: as a
 * comparator for one report added or changed, and as a whole new order of the list made by primitive sorts of each
 * column's keys ({@link SortKey}).
 */
final class ReportOrder implements Comparator<ReportSummary> {

    record Column(SortKey key, boolean descending) {
    }

    private final List<Column> columns;
    private final Comparator<ReportSummary> comparator;

    ReportOrder(List<Column> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("no sort column");
        }
        this.columns = List.copyOf(columns);
        Comparator<ReportSummary> all = null;
        for (Column c : columns) {
            Comparator<ReportSummary> k = c.descending() ? c.key().comparator().reversed() : c.key().comparator();
            all = all == null ? k : all.thenComparing(k);
        }
        this.comparator = all;
    }

    @Override
    public int compare(ReportSummary a, ReportSummary b) {
        return comparator.compare(a, b);
    }

    /**
     * The rows in this order, as their indices first to last. Rows equal in every sort column keep the order they
     * are given in (the list as shown), as JavaFX's SortedList's merge sort kept it: sorted by year after a sort by
     * region, a year's reports stay in region order.
     */
    int[] arrange(ReportSummary[] rows) {
        int[] order = new int[rows.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // the last column first, as a radix sort's passes: each pass keeps the order the one before left among rows
        // of equal keys, so the first column decides first
        for (int c = columns.size() - 1; c >= 0; c--) {
            order = pass(order, columns.get(c).key().keys(rows), columns.get(c).descending());
        }
        return order;
    }

    /** The rows in the order of these keys, those of equal keys in the order given. */
    private static int[] pass(int[] order, int[] key, boolean descending) {
        int max = 0;
        for (int k : key) {
            max = Math.max(max, k);
        }
        return max < 2L * order.length + 65_536 ? counted(order, key, descending, max) : packed(order, key, descending);
    }

    /**
     * A counting sort, for keys no larger than a few times the rows (ranks): 1 ms for 71,429 rows where Arrays.sort
     * of the same keys packed in longs took 6–14 ms (alone, on this host, C1 only as the app runs).
     */
    private static int[] counted(int[] order, int[] key, boolean descending, int max) {
        int[] start = new int[max + 2];
        for (int row : order) {
            start[(descending ? max - key[row] : key[row]) + 1]++;
        }
        for (int k = 1; k < start.length; k++) {
            start[k] += start[k - 1];
        }
        int[] sorted = new int[order.length];
        for (int row : order) {
            sorted[start[descending ? max - key[row] : key[row]]++] = row;
        }
        return sorted;
    }

    /** Each row's key and place packed in a long, sorted at once: for keys too large to count. */
    private static int[] packed(int[] order, int[] key, boolean descending) {
        long[] packed = new long[order.length];
        for (int at = 0; at < order.length; at++) {
            int k = key[order[at]];
            packed[at] = (long) (descending ? ~k : k) << 32 | at;
        }
        Arrays.sort(packed);
        int[] sorted = new int[order.length];
        for (int at = 0; at < order.length; at++) {
            sorted[at] = order[(int) packed[at]];
        }
        return sorted;
    }
}
