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

    private final Map<TableColumn<ReportSummary, ?>, SortKey> keys = new LinkedHashMap<>();
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
                List<RankedKey.Ranks> ranks = new ArrayList<>();
                ReportSummary[] byId = RankedKey.byId(listed);
                for (RankedKey t : columns) {
                    ranks.add(RankedKey.ranks(listed, byId, t.order()));
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
                    // a report replaced meanwhile has no rank: each rank holds for the summary it was made for
                    for (int i = 0; i < columns.size(); i++) {
                        columns.get(i).use(made.getValue().get(i));
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
     * Sorts the column in this order through each report's rank in it, as {@link #sortByText}: a whole sort reads
     * each report's rank rather than calling the comparator about 1.2 million times for 71,429 reports.
     */
    void sortByRank(TableColumn<ReportSummary, ?> column, Comparator<ReportSummary> order) {
        RankedKey ranked = new RankedKey(order);
        rankedKeys.add(ranked);
        keys.put(column, ranked);
    }

    /** The order sorting by this column ascending follows (for the tests). */
    Comparator<ReportSummary> keyOf(TableColumn<ReportSummary, ?> column) {
        return keys.get(column).comparator();
    }

    /** A document type's name in the UI's language, looked up once per type. */
    String typeName(DocType t, Function<DocType, String> name) {
        return typeNames.computeIfAbsent(t, name);
    }

    /**
     * The order the table's sort columns and directions say, for {@link SortedReports} to follow, null when unsorted;
     * the table itself is told that sorting is done (the list does it).
     */
    ObjectBinding<ReportOrder> orderOf(TableView<ReportSummary> table) {
        table.setSortPolicy(t -> true);
        List<Observable> deps = new ArrayList<>();
        deps.add(table.getSortOrder());
        keys.keySet().forEach(c -> deps.add(c.sortTypeProperty()));
        return Bindings.createObjectBinding(() -> {
            List<ReportOrder.Column> columns = new ArrayList<>();
            for (TableColumn<ReportSummary, ?> c : table.getSortOrder()) {
                SortKey k = keys.get(c);
                if (k != null) {
                    columns.add(new ReportOrder.Column(k, c.getSortType() == TableColumn.SortType.DESCENDING));
                }
            }
            return columns.isEmpty() ? null : new ReportOrder(columns);
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
