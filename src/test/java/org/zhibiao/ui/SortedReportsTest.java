package org.zhibiao.ui;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhibiao.model.DocType;
import org.zhibiao.model.Report;
import org.zhibiao.model.ReportIdentity;
import org.zhibiao.model.ReportSummary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report list's own sorted list: a whole sort through keys gives what a stable comparator sort of the rows as
 * shown gives (SortedList's order), and rows added, removed and replaced while sorted land where the order says.
 * Every change it fires is applied to a copy, which must stay equal to the list.
 */
class SortedReportsTest {

    private static final String[] REGIONS = {"凌源市", "凌河区", "朝阳县", "潞州区", "镇安县", "Anshan", "安山区", "阜新市"};

    private final Random random = new Random(17);
    private final ObservableList<ReportSummary> reports = FXCollections.observableArrayList();
    private final FilteredList<ReportSummary> filtered = new FilteredList<>(reports);
    private final SortedReports sorted = new SortedReports(filtered);
    /** The list as its listeners know it, from the changes it fired. */
    private final List<ReportSummary> seen = new ArrayList<>();

    private final RankedKey region = new RankedKey(Comparator.comparing(s -> s.report().identity().region()));
    private final RankedKey year = new RankedKey(Comparator.comparing(s -> s.report().identity().reportYear(),
            Comparator.nullsFirst(Comparator.naturalOrder())));
    private final RankedKey progress = new RankedKey(Comparator.comparingInt(ReportSummary::pending)
            .thenComparingInt(ReportSummary::reviewed));
    /** Keys far larger than the rows: sorted packed in longs rather than counted. */
    private final SortKey spread = new SortKey() {
        @Override
        public Comparator<ReportSummary> comparator() {
            return Comparator.comparingLong(s -> s.reviewed() * 300_000_000L + s.pending());
        }

        @Override
        public int[] keys(ReportSummary[] rows) {
            int[] keys = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                keys[i] = rows[i].reviewed() * 300_000_000 + rows[i].pending();
            }
            return keys;
        }
    };
    /** A column never ranked: every report compared through its order. */
    private final RankedKey file = new RankedKey(Comparator.comparing(s -> s.report().fileName()));

    private ReportSummary report(long id, String region, Integer year, int pending, int reviewed) {
        ReportIdentity identity = new ReportIdentity("辽宁省", "朝阳市", region, "", year, null, DocType.REPORT);
        String file = "R" + random.nextInt(50) + ".TXT";
        Report r = new Report(id, file, "h" + id, "UTF-8", identity, Instant.EPOCH, "anna");
        return new ReportSummary(r, pending + reviewed, pending, reviewed);
    }

    private ReportSummary randomReport(long id) {
        Integer year = random.nextInt(12) == 0 ? null : 2018 + random.nextInt(5);
        // now and then a report with many figures pending
        int pending = random.nextInt(20) == 0 ? 70_000 + random.nextInt(3) : random.nextInt(4);
        return report(id, REGIONS[random.nextInt(REGIONS.length)] + random.nextInt(3), year, pending,
                random.nextInt(3));
    }

    @BeforeEach
    void listen() {
        sorted.addListener((ListChangeListener<ReportSummary>) c -> {
            while (c.next()) {
                if (c.wasPermutated()) {
                    List<ReportSummary> before = new ArrayList<>(seen);
                    for (int i = c.getFrom(); i < c.getTo(); i++) {
                        seen.set(c.getPermutation(i), before.get(i));
                    }
                } else if (!c.wasUpdated()) {
                    List<ReportSummary> gone = seen.subList(c.getFrom(), c.getFrom() + c.getRemovedSize());
                    assertThat(gone).as("the rows a change says it removed").containsExactlyElementsOf(c.getRemoved());
                    gone.clear();
                    seen.addAll(c.getFrom(), c.getAddedSubList());
                }
            }
        });
    }

    private void fill(int n) {
        List<ReportSummary> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(randomReport(i));
        }
        reports.setAll(list);
        seen.clear();
        seen.addAll(sorted);
    }

    /** Ranks made for the list as it is now, as the background makes them. */
    private void rank(RankedKey... columns) {
        List<ReportSummary> listed = new ArrayList<>(reports);
        ReportSummary[] byId = RankedKey.byId(listed);
        for (RankedKey c : columns) {
            c.use(RankedKey.ranks(listed, byId, c.order()));
        }
    }

    private static ReportOrder by(SortKey key, boolean descending) {
        return new ReportOrder(List.of(new ReportOrder.Column(key, descending)));
    }

    /** What SortedList showed: the rows as shown, sorted stably by the order's comparator. */
    private void sortAndCheck(ReportOrder order) {
        List<ReportSummary> expected = new ArrayList<>(sorted);
        if (order == null) {
            expected = new ArrayList<>(filtered);
        } else {
            expected.sort(order);
        }
        sorted.orderProperty().set(order);
        assertThat(sorted).containsExactlyElementsOf(expected);
        assertThat(seen).containsExactlyElementsOf(expected);
        checkIndices();
    }

    private void checkIndices() {
        assertThat(sorted).hasSameSizeAs(filtered);
        for (int i = 0; i < sorted.size(); i++) {
            assertThat(filtered.get(sorted.getSourceIndex(i))).isSameAs(sorted.get(i));
            assertThat(sorted.getViewIndex(sorted.getSourceIndex(i))).isEqualTo(i);
        }
    }

    @Test
    void aWholeSortGivesAStableSortOfTheRowsAsShownByEachColumnBothWaysAndBySeveral() {
        fill(3000);
        sortAndCheck(by(region, false)); // no ranks yet: every row compared by its text
        rank(region, year, progress);
        sortAndCheck(by(year, false));
        sortAndCheck(by(region, true)); // all ranked
        sortAndCheck(by(progress, false));
        sortAndCheck(by(progress, true));
        sortAndCheck(by(year, true));
        sortAndCheck(by(file, false));
        sortAndCheck(by(spread, true));
        sortAndCheck(by(region, false));
        sortAndCheck(by(spread, false));
        sortAndCheck(new ReportOrder(List.of(new ReportOrder.Column(year, true),
                new ReportOrder.Column(region, false), new ReportOrder.Column(progress, true))));
        sortAndCheck(new ReportOrder(List.of(new ReportOrder.Column(region, true),
                new ReportOrder.Column(file, false))));
        sortAndCheck(new ReportOrder(List.of(new ReportOrder.Column(spread, true),
                new ReportOrder.Column(year, false))));
        // some reports' summaries replaced since the ranks were made (decisions, corrected regions): no rank
        sorted.orderProperty().set(null);
        for (int i = 0; i < 300; i++) {
            int at = random.nextInt(reports.size());
            reports.set(at, randomReport(reports.get(at).report().id()));
        }
        sortAndCheck(by(region, false));
        sortAndCheck(new ReportOrder(List.of(new ReportOrder.Column(year, false),
                new ReportOrder.Column(region, true))));
        sortAndCheck(null);
        assertThat(sorted).containsExactlyElementsOf(reports);
    }

    @Test
    void sortedByYearThenRegionAReportsRowsEqualYearKeepTheRegionOrder() {
        fill(500);
        rank(region, year, progress);
        sortAndCheck(by(region, false));
        sortAndCheck(by(year, true));
        for (int i = 1; i < sorted.size(); i++) {
            ReportSummary a = sorted.get(i - 1);
            ReportSummary b = sorted.get(i);
            if (year.comparator().compare(a, b) == 0) {
                assertThat(region.comparator().compare(a, b)).isLessThanOrEqualTo(0);
            } else {
                assertThat(year.comparator().compare(a, b)).isPositive();
            }
        }
    }

    @Test
    void reportsAddedRemovedReplacedAndFilteredWhileSortedGoWhereTheOrderSays() {
        fill(800);
        rank(region, year, progress);
        ReportOrder order = new ReportOrder(List.of(new ReportOrder.Column(year, true),
                new ReportOrder.Column(region, false)));
        sortAndCheck(order);
        long nextId = 10_000;
        for (int step = 0; step < 400; step++) {
            switch (random.nextInt(7)) {
                case 0 -> reports.add(random.nextInt(reports.size() + 1), randomReport(nextId++));
                case 1 -> reports.remove(random.nextInt(reports.size()));
                case 2 -> {
                    // a decision or a corrected region: the same report, a new summary (its rank no longer holds)
                    int at = random.nextInt(reports.size());
                    reports.set(at, randomReport(reports.get(at).report().id()));
                }
                case 3 -> reports.addAll(random.nextInt(reports.size() + 1),
                        List.of(randomReport(nextId++), randomReport(nextId++), randomReport(nextId++)));
                case 4 -> {
                    int from = random.nextInt(reports.size());
                    reports.remove(from, Math.min(reports.size(), from + 1 + random.nextInt(5)));
                }
                case 5 -> {
                    String wanted = REGIONS[random.nextInt(REGIONS.length)];
                    filtered.setPredicate(random.nextBoolean() ? null
                            : s -> !s.report().identity().region().startsWith(wanted));
                }
                default -> FXCollections.sort(reports, Comparator.comparing(s -> s.report().contentHash()));
            }
            assertThat(sorted).isSortedAccordingTo(order);
            assertThat(sorted).containsExactlyInAnyOrderElementsOf(filtered);
            assertThat(seen).containsExactlyElementsOf(sorted);
            checkIndices();
            if (reports.size() < 100) {
                reports.addAll(randomReport(nextId++), randomReport(nextId++));
            }
        }
    }

    @Test
    void aCorrectedRegionGoesToItsNewPlaceThoughTheOldSummaryHadARank() {
        fill(200);
        rank(region, year, progress);
        sortAndCheck(by(region, false));
        ReportSummary first = sorted.get(0);
        ReportSummary moved = report(first.report().id(), "阜新市9", 2020, 1, 1);
        reports.set(reports.indexOf(first), moved);
        assertThat(sorted).isSortedAccordingTo(Comparator.comparing(s -> s.report().identity().region()));
        assertThat(sorted.get(sorted.size() - 1)).isSameAs(moved);
        assertThat(seen).containsExactlyElementsOf(sorted);
    }

    @Test
    void aDecisionKeepsAReportInItsRowAmongThoseEqualToIt() {
        fill(600);
        sortAndCheck(by(year, false));
        for (int i = 0; i < 50; i++) {
            int row = random.nextInt(sorted.size());
            ReportSummary was = sorted.get(row);
            ReportSummary decided = new ReportSummary(was.report(), was.figures(), was.pending() + 1, was.reviewed());
            reports.set(reports.indexOf(was), decided);
            assertThat(sorted.get(row)).isSameAs(decided);
        }
        assertThat(seen).containsExactlyElementsOf(sorted);
    }

    @Test
    void unsortedTheListIsTheSourceAndForwardsItsChanges() {
        fill(100);
        reports.add(3, randomReport(500));
        reports.remove(10, 20);
        reports.set(0, randomReport(501));
        FXCollections.sort(reports, Comparator.comparing(s -> s.report().contentHash()));
        filtered.setPredicate(s -> s.pending() > 0);
        assertThat(sorted).containsExactlyElementsOf(filtered);
        assertThat(seen).containsExactlyElementsOf(filtered);
        checkIndices();
    }
}
