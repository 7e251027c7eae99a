package org.zhibiao.ui;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.zhibiao.model.DocType;
import org.zhibiao.model.ReportSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Sorting and filtering the report list on keys read straight from each report, not through the table's cells. The
 * table's own comparator asks every column's cell value factory twice per comparison, a new property each time: on
 * 70,000 reports a sort made millions of them. The filter's text of each report is made once, not on every keystroke.
 */
final class ReportListOrder {

    /** Added reports from which a change's texts are made in the background rather than when filtered. */
    private static final int BACKGROUND_FROM = 500;

    /**
     * A column sorted through ranks (its text, its year): its order, and the ranks the background made for the
     * current list, by report id (a workspace's ids are dense). A sort of 71,429 reports compares about 1.2 million
     * pairs; an array read per report replaced a map from report to boxed rank (docs/benchmarks.md: the gain is
     * within the spread between runs).
     */
    private static final class RankedKey {
        final Comparator<ReportSummary> order;
        /** Each report id's rank, -1 where none (changed since, or added later); replaced whole when new ranks arrive. */
        int[] rank = new int[0];

        RankedKey(Comparator<ReportSummary> order) {
            this.order = order;
        }

        int rankOf(ReportSummary s) {
            int[] r = rank;
            long id = s.report().id();
            return id >= 0 && id < r.length ? r[(int) id] : -1;
        }

        /** The report's key changed or may have: compared by its key from now on. */
        void forget(ReportSummary s) {
            long id = s.report().id();
            if (id >= 0 && id < rank.length) {
                rank[(int) id] = -1;
            }
        }
    }

    private final Map<TableColumn<ReportSummary, ?>, Comparator<ReportSummary>> keys = new LinkedHashMap<>();
    private final Map<ReportSummary, String> searchText = new IdentityHashMap<>();
    private final Map<DocType, String> typeNames = new EnumMap<>(DocType.class);
    private final Function<ReportSummary, String> describe;
    private final List<RankedKey> rankedKeys = new ArrayList<>();
    /** Reports replaced since the texts being made in the background were started. */
    private final Map<ReportSummary, Boolean> removedMeanwhile = new IdentityHashMap<>();
    /** Which list the texts being made in the background are for: a newer list drops them. */
    private long generation;

    /**
     * @param describe the words a report is found by (region, year, type, file, …), before lower-casing
     * @param runner   where the texts of a new list are made, off the FX thread: made at the first keystroke, those
     *                 of 71,429 reports held it 130 ms
     */
    ReportListOrder(ObservableList<ReportSummary> reports, Function<ReportSummary, String> describe, TaskRunner runner) {
        this.describe = describe;
        reports.addListener((ListChangeListener<ReportSummary>) c -> {
            // a report changed (a decision, a re-extraction) is one text to drop, its new summary's made when a
            // filter needs it; a new list's texts are made in the background (made at the first keystroke, those of
            // 71,429 reports held the FX thread 130 ms), and any a filter needs before they arrive is made then
            boolean newList = false;
            while (c.next()) {
                if (c.wasRemoved()) {
                    c.getRemoved().forEach(searchText::remove);
                    for (RankedKey t : rankedKeys) {
                        c.getRemoved().forEach(t::forget);
                    }
                    c.getRemoved().forEach(r -> removedMeanwhile.put(r, Boolean.TRUE));
                }
                newList |= c.getAddedSize() >= BACKGROUND_FROM;
            }
            if (!newList) {
                return;
            }
            long generation = ++this.generation;
            removedMeanwhile.clear();
            List<ReportSummary> listed = List.copyOf(reports);
            List<RankedKey> columns = List.copyOf(rankedKeys);
            runner.run(() -> {
                Map<ReportSummary, String> texts = new IdentityHashMap<>(listed.size() * 2);
                for (ReportSummary s : listed) {
                    texts.put(s, describe.apply(s).toLowerCase());
                }
                List<int[]> ranks = new ArrayList<>();
                for (RankedKey t : columns) {
                    ranks.add(ranks(listed, t.order));
                }
                return Map.entry(texts, ranks);
            }, made -> {
                if (generation == this.generation) {
                    // not those of reports replaced while they were made: nothing would ever drop them
                    made.getKey().forEach((r, t) -> {
                        if (!removedMeanwhile.containsKey(r)) {
                            searchText.putIfAbsent(r, t);
                        }
                    });
                    for (int i = 0; i < columns.size(); i++) {
                        RankedKey column = columns.get(i);
                        column.rank = made.getValue().get(i);
                        removedMeanwhile.keySet().forEach(column::forget);
                    }
                    removedMeanwhile.clear();
                }
            }, e -> { }); // made when filtered, compared by text when sorted, instead
        });
    }

    /**
     * Sorts the column by this text (nulls first, then code-point order), through each report's rank among the
     * list's texts once the background has made them: comparing 71,429 regions as strings took 130–160 ms of the FX
     * thread, most of it fetching each string through three objects. A report without a rank yet (changed since)
     * is compared by its text; ranks follow the same order, so the two mix.
     */
    void sortByText(TableColumn<ReportSummary, ?> column, Function<ReportSummary, String> key) {
        sortByRank(column, Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    /**
     * Sorts the column in this order through each report's rank in it, as {@link #sortByText}: for keys a comparison
     * reaches through several objects (the report year, boxed, four: 94–120 ms for a sort of 71,429 reports).
     */
    void sortByRank(TableColumn<ReportSummary, ?> column, Comparator<ReportSummary> order) {
        RankedKey ranked = new RankedKey(order);
        rankedKeys.add(ranked);
        keys.put(column, (a, b) -> {
            int x = ranked.rankOf(a);
            int y = x < 0 ? -1 : ranked.rankOf(b);
            return y >= 0 ? Integer.compare(x, y) : order.compare(a, b);
        });
    }

    /**
     * Each report id's place in this order, equal texts equal places, -1 for ids not listed; none at all (every
     * report compared by its text) when the ids are too sparse for an array: a workspace most of whose reports
     * were deleted.
     */
    private static int[] ranks(List<ReportSummary> listed, Comparator<ReportSummary> order) {
        long maxId = listed.stream().mapToLong(s -> s.report().id()).max().orElse(-1);
        if (maxId >= 8L * listed.size() + 1024 || listed.stream().anyMatch(s -> s.report().id() < 0)) {
            return new int[0];
        }
        int[] rank = new int[(int) maxId + 1];
        java.util.Arrays.fill(rank, -1);
        List<ReportSummary> sorted = new ArrayList<>(listed);
        sorted.sort(order);
        int k = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0 && order.compare(sorted.get(i - 1), sorted.get(i)) != 0) {
                k = i;
            }
            rank[(int) sorted.get(i).report().id()] = k;
        }
        return rank;
    }

    /** The order sorting by this column ascending follows (for the tests). */
    Comparator<ReportSummary> keyOf(TableColumn<ReportSummary, ?> column) {
        return keys.get(column);
    }

    /** Sorts the column by this comparator of reports. */
    void sortBy(TableColumn<ReportSummary, ?> column, Comparator<ReportSummary> comparator) {
        keys.put(column, comparator);
    }

    /** A document type's name in the UI's language, looked up once per type. */
    String typeName(DocType t, Function<DocType, String> name) {
        return typeNames.computeIfAbsent(t, name);
    }

    /**
     * The order the table's sort columns and directions say, for a SortedList to follow; the table itself is told
     * that sorting is done (the SortedList does it).
     */
    ObjectBinding<Comparator<ReportSummary>> orderOf(TableView<ReportSummary> table) {
        table.setSortPolicy(t -> true);
        List<Observable> deps = new ArrayList<>();
        deps.add(table.getSortOrder());
        keys.keySet().forEach(c -> deps.add(c.sortTypeProperty()));
        return Bindings.createObjectBinding(() -> {
            Comparator<ReportSummary> order = null;
            for (TableColumn<ReportSummary, ?> c : table.getSortOrder()) {
                Comparator<ReportSummary> k = keys.get(c);
                if (k == null) {
                    continue;
                }
                if (c.getSortType() == TableColumn.SortType.DESCENDING) {
                    k = k.reversed();
                }
                order = order == null ? k : order.thenComparing(k);
            }
            return order;
        }, deps.toArray(new Observable[0]));
    }

    /** Whether a report has every word of the query (case ignored); the query is split once. */
    Predicate<ReportSummary> matching(String query) {
        if (query == null || query.isBlank()) {
            return s -> true;
        }
        String[] words = query.strip().toLowerCase().split("\\s+");
        return s -> {
            String all = searchText.computeIfAbsent(s, r -> describe.apply(r).toLowerCase());
            for (String w : words) {
                if (!all.contains(w)) {
                    return false;
                }
            }
            return true;
        };
    }
}
