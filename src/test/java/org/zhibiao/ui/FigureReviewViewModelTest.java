package org.zhibiao.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.extract.Extractor;
import org.zhibiao.model.Change;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;
import org.zhibiao.service.OpenWorkspace;
import org.zhibiao.service.WorkspaceTarget;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviewing figures through the workbench's view model, without a screen: moving through them, deciding, adding a
 * missed figure from a selection, setting a field back from its history, the review order, and a change someone
 * else made first. Each step is checked in the workspace file.
 */
class FigureReviewViewModelTest {

    private static final Extractor EXTRACTOR = Extractor.loadDefault();
    private static final String REPORT = "%s政府工作报告\n一、2023年工作回顾\n全县地区生产总值完成%s亿元，增长6.2%%。"
            + "一般公共预算收入8.3亿元，增长5%%。\n二、2024年主要预期目标\n地区生产总值增长6%%左右。\n";

    @TempDir
    Path dir;
    private OpenWorkspace ws;
    private WorkbenchViewModel vm;

    @BeforeEach
    void open() {
        Messages.use(Locale.ENGLISH);
        ws = WorkspaceTarget.file(dir.resolve("w")).open(Clock.systemUTC());
        vm = new WorkbenchViewModel(WorkbenchServices.of(ws, "anna", Clock.systemUTC()), EXTRACTOR,
                TaskRunner.immediate(), Clock.systemUTC());
        vm.importText("a.txt", String.format(REPORT, "甲县", "120.5"));
        vm.importText("b.txt", String.format(REPORT, "乙县", "99.1"));
        vm.load();
    }

    @AfterEach
    void close() {
        vm.close();
        ws.close();
        Messages.use(Locale.getDefault());
    }

    private ReviewedFigure stored(long id) {
        return ws.queries().figure(id).orElseThrow();
    }

    @Test
    void acceptingMovesOnAndTheLastPendingFigureLeadsToTheNextReport() {
        assertThat(vm.reportProperty().get().report().fileName()).isEqualTo("a.txt");
        int n = vm.figures().size();
        List<Long> decided = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            decided.add(vm.figureProperty().get().id());
            vm.accept();
        }
        assertThat(decided).doesNotHaveDuplicates();
        assertThat(decided).allSatisfy(id -> assertThat(stored(id).status()).isEqualTo(Status.CONFIRMED));
        assertThat(vm.reportProperty().get().report().fileName()).as("on to the report with pending figures")
                .isEqualTo("b.txt");
        assertThat(vm.figureProperty().get().status()).isEqualTo(Status.PENDING);
        assertThat(vm.sessionDecisionsProperty().get()).isEqualTo(n);
        assertThat(vm.workspaceCounts().reviewed()).isEqualTo(n);
    }

    @Test
    void rejectingAndRestoringAreStoredAndNextAndPreviousStayInTheList() {
        ReviewedFigure first = vm.figureProperty().get();
        vm.reject();
        assertThat(stored(first.id()).status()).isEqualTo(Status.REJECTED);
        vm.previous();
        assertThat(vm.figureProperty().get().id()).isEqualTo(first.id());
        vm.restore();
        assertThat(stored(first.id()).status()).isEqualTo(Status.PENDING);
        vm.previous();
        vm.previous();
        assertThat(vm.figureProperty().get().id()).as("the first stays the first").isEqualTo(first.id());
        for (int i = 0; i < vm.figures().size() + 2; i++) {
            vm.next();
        }
        assertThat(vm.figureProperty().get()).isEqualTo(vm.figures().get(vm.figures().size() - 1));
    }

    @Test
    void aMissedFigureIsAddedFromTheSelectedTextAndUndone() {
        String text = vm.reportTextProperty().get();
        int start = text.indexOf("一般公共预算收入8.3亿元");
        int end = start + "一般公共预算收入8.3亿元".length();
        assertThat(vm.guessIndicator(text.substring(start, end))).contains("budget_revenue");
        int before = vm.figures().size();

        vm.addFigure(start, end, "budget_revenue");

        assertThat(vm.figures()).hasSize(before + 1);
        ReviewedFigure added = vm.figures().stream().filter(f -> f.status() == Status.ADDED).findFirst().orElseThrow();
        assertThat(added.figure().value()).isEqualByComparingTo("8.3");
        assertThat(added.figure().span().start()).isEqualTo(start);
        vm.undo();
        assertThat(ws.queries().figure(added.id())).isEmpty();
        vm.addFigure(3, 3, "gdp");
        assertThat(vm.errorProperty().get()).isEqualTo(Messages.tr("vm.selectFirst"));
    }

    @Test
    void aFieldIsSetBackToAValueFromItsHistory() {
        ReviewedFigure f = vm.figureProperty().get();
        String was = f.figure().value().toPlainString();
        assertThat(vm.edit(f, "value", "130")).isTrue();
        assertThat(stored(f.id()).figure().value()).isEqualByComparingTo("130");
        Change imported = vm.history().stream().filter(c -> c.field().equals("value"))
                .min(Comparator.comparing(Change::id)).orElseThrow();

        vm.revertTo(new Change(imported.id(), imported.batchId(), imported.at(), imported.analyst(), imported.action(),
                imported.reportId(), imported.figureId(), "value", "130", was, imported.annotator()));

        assertThat(stored(f.id()).figure().value()).isEqualByComparingTo(was);
        assertThat(vm.history()).extracting(Change::field).contains("value", "status");
    }

    @Test
    void doubtfulFiguresComeFirstWhenAsked() {
        List<Double> natural = vm.figures().stream().map(f -> f.figure().confidence()).toList();
        vm.reviewOrder().doubtfulFirstProperty().set(true);
        List<Double> ordered = vm.figures().stream().map(f -> f.figure().confidence()).toList();
        assertThat(ordered).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(ordered).containsExactlyInAnyOrderElementsOf(natural);
        vm.reviewOrder().belowProperty().set(0.0);
        assertThat(vm.figures()).as("nothing is less sure than 0").isEmpty();
        assertThat(vm.figureProperty().get()).isNull();
    }

    @Test
    void aFigureSomeoneChangedFirstIsHandedToTheConflictHandlerNotOverwritten() {
        List<FigureConflict> conflicts = new ArrayList<>();
        vm.onConflict(conflicts::add);
        ReviewedFigure shown = vm.figureProperty().get();
        ws.review("ben", Clock.systemUTC()).setStatus(shown.id(), Status.REJECTED);

        vm.accept();

        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.other()).isEqualTo("ben");
            assertThat(c.theirs()).isEqualTo("rejected");
        });
        assertThat(stored(shown.id()).status()).isEqualTo(Status.REJECTED);
        vm.useMine(conflicts.get(0));
        assertThat(stored(shown.id()).status()).isEqualTo(Status.CONFIRMED);
        assertThat(stored(shown.id()).analyst()).isEqualTo("anna");
    }

    @Test
    void keepingTheirsShowsTheirFigureAndWritesNothingOfOurs() {
        List<FigureConflict> conflicts = new ArrayList<>();
        vm.onConflict(conflicts::add);
        ReviewedFigure shown = vm.figureProperty().get();
        ws.review("ben", Clock.systemUTC()).edit(shown.id(), "unit", "万元");
        int logBefore = ws.queries().history(shown.id()).size();

        vm.edit(shown, "unit", "亿元");
        vm.keepTheirs(conflicts.get(0));

        assertThat(stored(shown.id()).figure().unit()).isEqualTo("万元");
        assertThat(ws.queries().history(shown.id())).hasSize(logBefore);
        assertThat(vm.figures()).filteredOn(f -> f.id() == shown.id()).singleElement()
                .satisfies(f -> assertThat(f.figure().unit()).isEqualTo("万元"));
    }

    @Test
    void aNoteIsShownInTheHistoryAndUndone() {
        ReviewedFigure f = vm.figureProperty().get();
        vm.note("对照统计公报核实");
        assertThat(vm.note()).isEqualTo("对照统计公报核实");
        assertThat(vm.history()).extracting(Change::field).contains("note");
        assertThat(ws.queries().notes()).containsEntry(f.id(), "对照统计公报核实");
        vm.undo();
        assertThat(ws.queries().notes()).doesNotContainKey(f.id());
        vm.note("x".repeat(600));
        assertThat(vm.errorProperty().get()).isEqualTo(Messages.tr("vm.noteTooLong", 500));
    }
}
