package org.zhibiao.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.extract.Extractor;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;
import org.zhibiao.service.OpenWorkspace;
import org.zhibiao.service.WorkspaceTarget;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench's view model as a plain object: a real workspace file, the same-thread runner, no screen. What the
 * analyst does through it reaches the workspace and comes back into its lists.
 */
class WorkbenchViewModelTest {

    /** An invented report: two results of last year and a target for this one. */
    private static final String REPORT = """
            政府工作报告
            一、2023年工作回顾
            全县地区生产总值完成120.5亿元，增长6.2%。一般公共预算收入8.3亿元，增长5%。
            二、2024年主要预期目标
            地区生产总值增长6%左右。
            """;
    private static final Extractor EXTRACTOR = Extractor.loadDefault();

    @TempDir
    Path dir;
    private OpenWorkspace workspace;
    private WorkbenchViewModel vm;

    @BeforeEach
    void open() {
        workspace = WorkspaceTarget.file(dir.resolve("w")).open(Clock.systemUTC());
        vm = new WorkbenchViewModel(WorkbenchServices.of(workspace, "tester", Clock.systemUTC()), EXTRACTOR,
                TaskRunner.immediate(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        vm.close();
        workspace.close();
    }

    @Test
    void anImportedReportIsListedAndShownWithItsFigures() {
        vm.importText("county-2024.txt", REPORT);
        vm.load();

        assertThat(vm.reports()).singleElement().satisfies(s -> assertThat(s.report().fileName()).isEqualTo("county-2024.txt"));
        assertThat(vm.reportProperty().get()).isNotNull();
        assertThat(vm.reportTextProperty().get()).contains("地区生产总值完成120.5亿元");
        assertThat(vm.figures()).extracting(f -> f.figure().indicator()).contains("gdp", "budget_revenue");
        assertThat(vm.figureProperty().get().status()).isEqualTo(Status.PENDING);
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void acceptingAFigureIsSavedCountedAndUndone() {
        vm.importText("county-2024.txt", REPORT);
        vm.load();
        long id = vm.figureProperty().get().id();

        vm.accept();
        assertThat(statusOf(id)).isEqualTo(Status.CONFIRMED);
        assertThat(workspace.queries().figure(id).orElseThrow().status()).isEqualTo(Status.CONFIRMED);
        assertThat(vm.sessionDecisionsProperty().get()).isEqualTo(1);
        assertThat(workspace.queries().history(id)).isNotEmpty();

        vm.undo();
        assertThat(workspace.queries().figure(id).orElseThrow().status()).isEqualTo(Status.PENDING);
        assertThat(statusOf(id)).isEqualTo(Status.PENDING);
        assertThat(vm.sessionDecisionsProperty().get()).isZero();

        vm.redo();
        assertThat(workspace.queries().figure(id).orElseThrow().status()).isEqualTo(Status.CONFIRMED);
    }

    @Test
    void aValueThatIsNotANumberIsRefusedAndNothingIsWritten() {
        vm.importText("county-2024.txt", REPORT);
        vm.load();
        ReviewedFigure f = vm.figureProperty().get();

        assertThat(vm.validate("value", "一百二十")).isNotNull();
        assertThat(vm.edit(f, "value", "abc")).isFalse();
        assertThat(workspace.queries().figure(f.id()).orElseThrow().figure().value())
                .isEqualByComparingTo(f.figure().value());
    }

    @Test
    void importingFilesReportsProgressAndEndsWithNone() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), REPORT);
        Path b = Files.writeString(dir.resolve("b.txt"), REPORT.replace("120.5", "99.1"));
        List<Double> seen = new java.util.ArrayList<>();
        vm.progressProperty().addListener((o, was, now) -> seen.add(now));
        ImportSummaryHolder done = new ImportSummaryHolder();

        vm.importFiles(List.of(a, b), s -> done.imported = s.imported().size());

        assertThat(done.imported).isEqualTo(2);
        assertThat(seen).contains(0.5, 1.0).last().isNull(); // the bar fills and then goes away
        assertThat(vm.reports()).hasSize(2);
        assertThat(vm.messageProperty().get()).isNotBlank();
    }

    @Test
    void theSameReportTwiceIsADuplicateNotASecondEntry() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), REPORT);
        Path copy = Files.writeString(dir.resolve("copy.txt"), REPORT);
        ImportSummaryHolder done = new ImportSummaryHolder();

        vm.importFiles(List.of(a, copy), s -> done.imported = s.imported().size());

        assertThat(done.imported).isEqualTo(1);
        assertThat(vm.reports()).hasSize(1);
    }

    @Test
    void anExportThatFailsSaysSoAndTheBarGoesAway() throws Exception {
        vm.importText("county-2024.txt", REPORT);
        vm.load();
        Path blocked = Files.writeString(dir.resolve("not-a-folder"), "x"); // a file where the folder should be
        List<Object> done = new java.util.ArrayList<>();

        vm.exportXlsx(blocked.resolve("out.xlsx"), null, java.util.Locale.ENGLISH, done::add);

        assertThat(done).isEmpty();
        assertThat(vm.progressProperty().get()).isNull();
        assertThat(vm.errorProperty().get()).isNotBlank().doesNotContain("Exception");
    }

    @Test
    void anExportWritesTheWorkbookAndSaysHowMuch() {
        vm.importText("county-2024.txt", REPORT);
        vm.load();
        Path out = dir.resolve("out.xlsx");
        List<org.zhibiao.export.ExportResult> done = new java.util.ArrayList<>();

        vm.exportXlsx(out, null, java.util.Locale.ENGLISH, done::add);

        assertThat(done).singleElement().satisfies(r -> assertThat(r.figures()).isEqualTo(vm.figures().size()));
        assertThat(out).exists();
        assertThat(vm.progressProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).contains(out.toString());
    }

    private Status statusOf(long id) {
        return vm.figures().stream().filter(f -> f.id() == id).findFirst().orElseThrow().status();
    }

    private static final class ImportSummaryHolder {
        int imported = -1;
    }
}
