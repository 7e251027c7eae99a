package org.zhibiao.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener.Change;
import javafx.collections.ObservableList;
import javafx.collections.transformation.TransformationList;
import org.zhibiao.model.ReportSummary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The report list as the table shows it: the filtered reports in the order of the sort columns, in place of JavaFX's
 * SortedList. SortedList's merge sort of 71,429 reports called its comparator about 1.2 million times on reports
 * scattered in memory (44–122 ms of the FX thread); here a new order is made from each column's keys by primitive
 * sorts ({@link ReportOrder#arrange}) and shown as one permutation, which the table's selection follows. The other
 * changes have SortedList's shapes, so that the selection behaves as it did: a report added, removed or replaced
 * goes to its place by binary search with the order as a comparator; a new filter is every row removed, then the
 * new rows added.
 */
final class SortedReports extends TransformationList<ReportSummary, ReportSummary> {

    private final ObjectProperty<ReportOrder> order = new SimpleObjectProperty<>(this, "order") {
        @Override
        protected void invalidated() {
            reorder();
        }
    };
    /** The rows as shown; a report's own summary, not read from the source (in a change it has moved on). */
    private ReportSummary[] shown = new ReportSummary[0];
    /** Each shown row's index in the source. */
    private int[] toSource = new int[0];
    /** Each source row's index as shown. */
    private int[] toView = new int[0];
    private int size;

    SortedReports(ObservableList<? extends ReportSummary> source) {
        super(source);
        unsorted(source);
    }

    /** The order to show the reports in; null for the source's. */
    ObjectProperty<ReportOrder> orderProperty() {
        return order;
    }

    @Override
    public ReportSummary get(int index) {
        Objects.checkIndex(index, size);
        return shown[index];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int getSourceIndex(int index) {
        Objects.checkIndex(index, size);
        return toSource[index];
    }

    @Override
    public int getViewIndex(int index) {
        Objects.checkIndex(index, size);
        return toView[index];
    }

    @Override
    protected void sourceChanged(Change<? extends ReportSummary> c) {
        ReportOrder o = order.get();
        if (o == null) {
            unsorted(c.getList());
            fireChange(new Forwarded(this, c));
            return;
        }
        beginChange();
        while (c.next()) {
            if (c.wasPermutated()) {
                permuted(c);
            } else if (c.wasUpdated()) {
                updated(c, o);
            } else {
                addedOrRemoved(c, o);
            }
        }
        endChange();
    }

    /** A new order (a header clicked): the rows sorted through the columns' keys, or the source's order again. */
    private void reorder() {
        ReportOrder o = order.get();
        beginChange();
        show(o == null ? Arrays.copyOf(toView, size) : o.arrange(Arrays.copyOf(shown, size)));
        endChange();
    }

    /**
     * Shows the rows in this order (their places as shown now, first to last) as one permutation, if any row moved.
     * One pass: the first sort of a session runs it before the JIT has compiled it.
     */
    private void show(int[] next) {
        int[] perm = new int[size];
        ReportSummary[] reordered = new ReportSummary[shown.length];
        int[] sources = new int[toSource.length];
        boolean moved = false;
        for (int v = 0; v < size; v++) {
            int was = next[v];
            int source = toSource[was];
            reordered[v] = shown[was];
            sources[v] = source;
            toView[source] = v;
            perm[was] = v;
            moved |= was != v;
        }
        shown = reordered;
        toSource = sources;
        if (moved) {
            nextPermutation(0, size, perm);
        }
    }

    private void unsorted(List<? extends ReportSummary> source) {
        capacity(source.size());
        size = source.size();
        for (int i = 0; i < size; i++) {
            shown[i] = source.get(i);
            toSource[i] = i;
            toView[i] = i;
        }
        Arrays.fill(shown, size, shown.length, null);
    }

    /** The source reordered its rows: they stay where they are shown. */
    private void permuted(Change<? extends ReportSummary> c) {
        for (int v = 0; v < size; v++) {
            int s = toSource[v];
            if (s >= c.getFrom() && s < c.getTo()) {
                s = c.getPermutation(s);
                toSource[v] = s;
            }
            toView[s] = v;
        }
    }

    /** Rows changed in place: the whole list sorted again, then the rows told as updated where they are now. */
    private void updated(Change<? extends ReportSummary> c, ReportOrder o) {
        show(o.arrange(Arrays.copyOf(shown, size)));
        for (int i = c.getFrom(); i < c.getTo(); i++) {
            nextUpdate(toView[i]);
        }
    }

    private void addedOrRemoved(Change<? extends ReportSummary> c, ReportOrder o) {
        int from = c.getFrom();
        if (c.wasReplaced() && c.getRemovedSize() == 1 && c.getAddedSize() == 1
                && replacedInPlace(from, c.getList().get(from), o)) {
            return;
        }
        if (from == 0 && c.getRemovedSize() == size && size > 0) {
            List<ReportSummary> removed = new ArrayList<>(this);
            Arrays.fill(shown, 0, size, null);
            size = 0;
            nextRemove(0, removed);
        } else {
            for (ReportSummary r : c.getRemoved()) {
                nextRemove(removeRow(from), r);
            }
        }
        if (size == 0 && c.wasAdded()) {
            // all the rows anew (a new filter, a new list): sorted at once, equal ones in the source's order
            ReportSummary[] rows = c.getList().subList(0, c.getTo()).toArray(new ReportSummary[0]);
            int[] next = o.arrange(rows);
            capacity(rows.length);
            size = rows.length;
            for (int v = 0; v < size; v++) {
                shown[v] = rows[next[v]];
                toSource[v] = next[v];
                toView[next[v]] = v;
            }
            nextAdd(0, size);
            return;
        }
        for (int i = from; i < c.getTo(); i++) {
            ReportSummary added = c.getList().get(i);
            int at = place(added, o);
            insertRow(i, at, added);
            nextAdd(at, at + 1);
        }
    }

    /**
     * A report's summary replaced (a decision's new counts) stays in its row when its neighbours still bracket it: a
     * sort by year has thousands of equal rows, and a binary search would move it anywhere among them.
     */
    private boolean replacedInPlace(int source, ReportSummary now, ReportOrder o) {
        int at = toView[source];
        boolean fits = (at == 0 || o.compare(shown[at - 1], now) <= 0)
                && (at == size - 1 || o.compare(now, shown[at + 1]) <= 0);
        if (fits) {
            ReportSummary was = shown[at];
            shown[at] = now;
            nextSet(at, was);
        }
        return fits;
    }

    /** Where a report goes among the rows shown: after those it equals. */
    private int place(ReportSummary s, ReportOrder o) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (o.compare(shown[mid], s) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Removes the source's row at this index; returns where it was shown. */
    private int removeRow(int source) {
        int at = toView[source];
        System.arraycopy(shown, at + 1, shown, at, size - at - 1);
        System.arraycopy(toSource, at + 1, toSource, at, size - at - 1);
        System.arraycopy(toView, source + 1, toView, source, size - source - 1);
        size--;
        shown[size] = null;
        for (int i = 0; i < size; i++) {
            if (toSource[i] > source) {
                toSource[i]--;
            }
            if (toView[i] > at) {
                toView[i]--;
            }
        }
        return at;
    }

    /** Inserts a row that the source has at this index, shown at {@code at}. */
    private void insertRow(int source, int at, ReportSummary s) {
        capacity(size + 1);
        for (int i = 0; i < size; i++) {
            if (toSource[i] >= source) {
                toSource[i]++;
            }
            if (toView[i] >= at) {
                toView[i]++;
            }
        }
        System.arraycopy(shown, at, shown, at + 1, size - at);
        System.arraycopy(toSource, at, toSource, at + 1, size - at);
        System.arraycopy(toView, source, toView, source + 1, size - source);
        shown[at] = s;
        toSource[at] = source;
        toView[source] = at;
        size++;
    }

    private void capacity(int needed) {
        if (shown.length < needed) {
            int length = Math.max(needed, shown.length * 3 / 2 + 1);
            shown = Arrays.copyOf(shown, length);
            toSource = Arrays.copyOf(toSource, length);
            toView = Arrays.copyOf(toView, length);
        }
    }

    /**
     * The source's change as this list's, unsorted: the same rows at the same places, read through, as SortedList
     * forwards it (a change built anew copied the 71,429 rows a filter removes).
     */
    private static final class Forwarded extends Change<ReportSummary> {
        private final Change<? extends ReportSummary> source;

        Forwarded(ObservableList<ReportSummary> list, Change<? extends ReportSummary> source) {
            super(list);
            this.source = source;
        }

        @Override
        public boolean next() {
            return source.next();
        }

        @Override
        public void reset() {
            source.reset();
        }

        @Override
        public int getFrom() {
            return source.getFrom();
        }

        @Override
        public int getTo() {
            return source.getTo();
        }

        @Override
        public List<ReportSummary> getRemoved() {
            return Collections.unmodifiableList(source.getRemoved());
        }

        @Override
        public boolean wasPermutated() {
            return source.wasPermutated();
        }

        @Override
        public int getPermutation(int i) {
            return source.getPermutation(i);
        }

        @Override
        protected int[] getPermutation() {
            int[] perm = new int[source.wasPermutated() ? source.getTo() - source.getFrom() : 0];
            for (int i = 0; i < perm.length; i++) {
                perm[i] = source.getPermutation(source.getFrom() + i);
            }
            return perm;
        }

        @Override
        public boolean wasUpdated() {
            return source.wasUpdated();
        }
    }
}
