package org.zhibiao.ui;

import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhibiao.analysis.Comparison;
import org.zhibiao.analysis.Completion;
import org.zhibiao.extract.Extractor;
import org.zhibiao.service.ImportService;
import org.zhibiao.service.ImportSummary;
import org.zhibiao.model.Progress;
import org.zhibiao.service.ReviewService;
import org.zhibiao.store.Workspace;
import org.zhibiao.ui.charts.ComparisonCharts;
import org.zhibiao.ui.charts.Measure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison view on a workspace with two counties' 2022 and 2023 reports (安吉县 missed its 2022 growth target
 * for GDP; 宁海县 exceeded it and missed its unemployment ceiling): the pivot shows the statuses, and a figure
 * corrected through the review service shows in the pivot and the charts after a refresh.
 */
@ExtendWith(ApplicationExtension.class)
class ComparisonViewTest {

    static final Path REPORTS = Path.of("src/test/resources/comparison");
    private static final Extractor EXTRACTOR = Extractor.loadDefault();

    @TempDir
    static Path dir;

    private Workspace workspace;
    private ComparisonView view;

    @Start
    void start(Stage stage) throws Exception {
        Messages.use(java.util.Locale.SIMPLIFIED_CHINESE); // the pivot's words are checked in Chinese
        workspace = Workspace.open(Files.createTempDirectory(dir, "ws").resolve("compare"));
        ImportSummary s = new ImportService(workspace, EXTRACTOR, "test", Clock.systemUTC())
                .importPaths(List.of(REPORTS), Progress.NONE);
        assertThat(workspace.inTransaction(() -> workspace.reports().summaries())).hasSize(4);
        view = ComparisonView.show(stage, org.zhibiao.service.OpenWorkspace.of(workspace), EXTRACTOR, ImmediateFxRunner.create());
        stage.show();
    }

    @AfterEach
    void systemLanguage() {
        Messages.use(java.util.Locale.getDefault());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private ComparisonViewModel vm() {
        return view.viewModel();
    }

    private Comparison cell(String region, int year) {
        return vm().rows().stream().filter(r -> r.region().name().equals(region)).findFirst().orElseThrow().year(year);
    }

    private Set<String> shownCellTexts(FxRobot robot) {
        return robot.lookup("#comparison-pivot .table-cell").<TableCell<?, ?>>queryAll().stream()
                .map(TableCell::getText).filter(t -> t != null && !t.isEmpty()).collect(Collectors.toSet());
    }

    @Test
    void pivotShowsStatusesAndFollowsACorrection(FxRobot robot) {
        assertThat(vm().indicatorProperty().get().code()).isEqualTo("gdp");
        assertThat(vm().rows()).extracting(r -> r.region().name()).containsExactlyInAnyOrder("安吉县", "宁海县");
        assertThat(vm().shownYears()).containsExactly(2021, 2022, 2023);
        Comparison anji = cell("安吉县", 2022);
        assertThat(anji.status()).isEqualTo(Completion.MISSED);
        assertThat(anji.gapPp()).isEqualByComparingTo("-1.8");
        assertThat(anji.reviewed()).isFalse();
        assertThat(cell("宁海县", 2022).status()).isEqualTo(Completion.EXCEEDED);
        assertThat(cell("安吉县", 2023).status()).isEqualTo(Completion.NOT_COMPARABLE); // no result yet

        // the table shows it: one row per region, a group of four columns per year
        assertThat(view.pivot().getItems()).hasSize(2);
        assertThat(view.pivot().getColumns()).hasSize(2 + 3);
        assertThat(view.pivot().getColumns().get(3).getText()).isEqualTo("2022");
        assertThat(shownCellTexts(robot)).contains("未完成 *", "超额完成 *", "≈7%", "5.2%", "-1.8");

        CategoryDataset gaps = view.chart(ComparisonView.ChartKind.GAPS).getCategoryPlot().getDataset();
        assertThat(gaps.getValue(ComparisonCharts.gap(), "安吉县 2022*").doubleValue()).isEqualTo(-1.8);

        // the analyst corrects 安吉县's 2022 growth in the review UI; the workbench tells the view
        new ReviewService(workspace, "王敏", Clock.systemUTC()).edit(anji.actualId(), "growth_pct", "6.6");
        robot.interact(() -> vm().refresh());
        WaitForAsyncUtils.waitForFxEvents();

        Comparison corrected = cell("安吉县", 2022);
        assertThat(corrected.actualGrowth()).isEqualByComparingTo("6.6");
        assertThat(corrected.status()).isEqualTo(Completion.MET); // within half a point of 7 左右
        assertThat(shownCellTexts(robot)).contains("完成 *", "6.6%", "-0.4").doesNotContain("未完成 *");
        gaps = view.chart(ComparisonView.ChartKind.GAPS).getCategoryPlot().getDataset();
        assertThat(gaps.getValue(ComparisonCharts.gap(), "安吉县 2022*").doubleValue()).isEqualTo(-0.4);
        CategoryDataset bars = view.chart(ComparisonView.ChartKind.TARGETS_AND_ACTUALS).getCategoryPlot().getDataset();
        assertThat(bars.getValue(ComparisonCharts.actual(), "安吉县 2022*").doubleValue()).isEqualTo(6.6);
    }

    @Test
    void aCeilingIsALevelAndReviewedOnlyMarksAndFilters(FxRobot robot) {
        robot.interact(() -> {
            vm().indicatorProperty().set(EXTRACTOR.lexicon().indicator("unemployment_rate"));
            vm().measureProperty().set(Measure.LEVEL);
            vm().yearProperty().set(2022);
        });
        assertThat(cell("安吉县", 2022).status()).isEqualTo(Completion.MET);   // 2.1% within 4.5%
        assertThat(cell("宁海县", 2022).status()).isEqualTo(Completion.MISSED); // 3.8% over 3.5%
        assertThat(vm().shownYears()).containsExactly(2022);
        assertThat(shownCellTexts(robot)).contains("≤4.5%", "2.1%", "完成 *", "未完成 *");

        // a hand-picked region
        Comparison.Region ninghai = vm().regions().stream().filter(r -> r.name().equals("宁海县")).findFirst().orElseThrow();
        robot.interact(() -> view.regionList().getCheckModel().check(ninghai));
        assertThat(vm().rows()).extracting(r -> r.region().name()).containsExactly("宁海县");
        robot.interact(() -> view.regionList().getCheckModel().clearChecks());
        robot.interact(() -> vm().regionFilterProperty().set("湖州"));
        assertThat(vm().rows()).extracting(r -> r.region().name()).containsExactly("安吉县");
        robot.interact(() -> vm().regionFilterProperty().set(""));

        // reviewed figures only: nothing until both of a comparison's figures are decided
        robot.interact(() -> vm().reviewedOnlyProperty().set(true));
        assertThat(vm().rows()).isEmpty();
        robot.interact(() -> vm().reviewedOnlyProperty().set(false));
        Comparison anji = cell("安吉县", 2022);
        ReviewService review = new ReviewService(workspace, "王敏", Clock.systemUTC());
        review.setStatus(anji.targetId(), org.zhibiao.model.Status.CONFIRMED);
        review.setStatus(anji.actualId(), org.zhibiao.model.Status.CONFIRMED);
        robot.interact(() -> vm().reviewedOnlyProperty().set(true));
        assertThat(vm().rows()).extracting(r -> r.region().name()).containsExactly("安吉县");
        assertThat(cell("安吉县", 2022).reviewed()).isTrue();
        assertThat(shownCellTexts(robot)).contains("完成").doesNotContain("完成 *");
    }
}
