package org.zhibiao.ui;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.zhibiao.model.DocType;
import org.zhibiao.model.Report;
import org.zhibiao.model.ReportIdentity;
import org.zhibiao.model.ReportSummary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ReportListOrderTest {

    /** A runner that keeps background work until the test runs it (and its result handler) itself. */
    private static TaskRunner later(List<Runnable> background) {
        return new TaskRunner() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onDone,
                                java.util.function.Consumer<Throwable> onError) {
                background.add(() -> {
                    try {
                        onDone.accept(work.call());
                    } catch (Exception e) {
                        onError.accept(e);
                    }
                });
            }
        };
    }

    private static ReportSummary report(int i, String region) {
        ReportIdentity id = new ReportIdentity("辽宁省", "朝阳市", region, "", 2020 + i % 5, 2019 + i % 5, DocType.REPORT);
        return new ReportSummary(new Report(i, "R" + i + ".TXT", "h" + i, "UTF-8", id, Instant.EPOCH, "anna"), 3, 1, 2);
    }

    @Test
    void aNewListsSearchTextsAreMadeInTheBackgroundNotAtTheFirstKeystroke() {
        ObservableList<ReportSummary> reports = FXCollections.observableArrayList();
        AtomicInteger described = new AtomicInteger();
        List<Runnable> background = new ArrayList<>();
        TaskRunner runner = later(background);
        ReportListOrder order = new ReportListOrder(reports, s -> {
            described.incrementAndGet();
            return s.report().identity().region() + " " + s.report().fileName();
        }, runner);
        List<ReportSummary> list = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            list.add(report(i, i % 2 == 0 ? "凌源市" : "朝阳县"));
        }
        reports.setAll(list);
        assertThat(described).as("nothing made on the list's change itself").hasValue(0);
        // a keystroke before the background work is done makes what it needs
        assertThat(reports.filtered(order.matching("凌源")).size()).isEqualTo(300);
        assertThat(described).hasValue(600);
        background.forEach(Runnable::run);
        background.clear();
        assertThat(described).hasValue(1200);
        // once made, filtering describes nothing again; case is ignored
        assertThat(reports.filtered(order.matching("r7.txt")).size()).isEqualTo(1);
        assertThat(described).hasValue(1200);

        // one report changed (a decision): its new summary is described when filtered, nothing else again, and
        // nothing is made in the background
        reports.set(7, report(7, "凌河区"));
        assertThat(background).isEmpty();
        assertThat(reports.filtered(order.matching("凌河")).size()).isEqualTo(1);
        assertThat(described).hasValue(1201);

        // a newer list drops the texts of the older one still being made
        List<ReportSummary> older = new ArrayList<>();
        List<ReportSummary> newer = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            older.add(report(1000 + i, "潞州区"));
            newer.add(report(2000 + i, "镇安县"));
        }
        reports.setAll(older);
        reports.setAll(newer);
        assertThat(background).hasSize(2);
        background.forEach(Runnable::run);
        int before = described.get();
        assertThat(reports.filtered(order.matching("镇安")).size()).isEqualTo(600);
        assertThat(described).as("the newest list's texts arrived").hasValue(before);
        assertThat(reports.filtered(order.matching("潞州")).size()).isZero();
    }

    @Test
    void sortingByTextThroughRanksKeepsTheTextsOrderBeforeAndAfterTheyArriveAndAfterChanges() {
        ObservableList<ReportSummary> reports = FXCollections.observableArrayList();
        List<Runnable> background = new ArrayList<>();
        TaskRunner runner = later(background);
        ReportListOrder order = new ReportListOrder(reports, s -> s.report().identity().region(), runner);
        javafx.scene.control.TableColumn<ReportSummary, String> region = new javafx.scene.control.TableColumn<>();
        java.util.function.Function<ReportSummary, String> key = s -> s.report().identity().region();
        order.sortByText(region, key);
        java.util.Random random = new java.util.Random(3);
        String[] names = {"凌源市", "凌河区", "朝阳县", "潞州区", "镇安县", "Anshan", "安山区", "阜新市"};
        List<ReportSummary> list = new ArrayList<>();
        for (int i = 0; i < 800; i++) {
            list.add(report(i, names[random.nextInt(names.length)] + random.nextInt(40)));
        }
        reports.setAll(list);
        java.util.Comparator<ReportSummary> byText = java.util.Comparator.comparing(key);
        java.util.Comparator<ReportSummary> sorting = order.keyOf(region);
        List<ReportSummary> before = new ArrayList<>(reports);
        before.sort(sorting);
        assertThat(before).extracting(key).isSorted();
        background.forEach(Runnable::run);
        background.clear();
        List<ReportSummary> after = new ArrayList<>(reports);
        after.sort(sorting);
        assertThat(after).extracting(key).isSorted();
        // reports changed after the ranks arrived are compared by their text among ranked ones
        for (int i = 0; i < 50; i++) {
            int at = random.nextInt(reports.size());
            reports.set(at, report(5000 + i, names[random.nextInt(names.length)] + random.nextInt(40)));
        }
        // and a report whose region an analyst corrected (the same report, a new summary) by its new text
        for (int i = 0; i < 50; i++) {
            int at = random.nextInt(reports.size());
            ReportSummary was = reports.get(at);
            reports.set(at, report((int) was.report().id(), "阜新市" + random.nextInt(40)));
        }
        List<ReportSummary> mixed = new ArrayList<>(reports);
        mixed.sort(sorting);
        assertThat(mixed).extracting(key).isSorted();
        for (int i = 0; i < 2000; i++) {
            ReportSummary a = reports.get(random.nextInt(reports.size()));
            ReportSummary b = reports.get(random.nextInt(reports.size()));
            assertThat(Integer.signum(sorting.compare(a, b))).isEqualTo(Integer.signum(byText.compare(a, b)));
        }
    }
}
