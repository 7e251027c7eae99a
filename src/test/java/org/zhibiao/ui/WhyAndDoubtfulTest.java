package org.zhibiao.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhibiao.extract.Extractor;
import org.zhibiao.extract.RegionResolver;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;
import org.zhibiao.service.ImportService;
import org.zhibiao.model.Progress;
import org.zhibiao.store.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench says why the engine reads a report and a figure as it does, and reviews the doubtful first: driven
 * through the real scene (headless Monocle), with the decision checked in the workspace afterwards.
 */
@ExtendWith(ApplicationExtension.class)
class WhyAndDoubtfulTest {

    private static final Extractor EXTRACTOR = Extractor.loadDefault();
    private static final RegionResolver REGIONS = RegionResolver.loadDefault();
    /** Written for this test: a review with a figure read from a list, one stated twice with two numbers, and targets. */
    private static final String REPORT = "2023年某县政府工作报告\n一、2022年工作回顾\n过去一年，全县地区生产总值完成128亿元，增长4.2%。"
            + "城镇和农村居民人均可支配收入分别达到38650元和19870元，分别增长5.1%和6.3%。经济总量突破百亿。"
            + "一般公共预算收入完成9.8亿元。一般公共预算收入完成9.1亿元。\n二、2023年工作安排\n"
            + "今年主要预期目标是：地区生产总值增长6%左右，固定资产投资增长8%。\n";

    @TempDir
    static Path dir;

    private Workspace workspace;
    private WorkbenchView view;

    @Start
    void start(Stage stage) throws Exception {
        workspace = Workspace.open(Files.createTempDirectory(dir, "ws").resolve("why"));
        new ImportService(workspace, EXTRACTOR, "王敏", Clock.systemUTC()).importText("某县.txt", REPORT);
        view = ZhibiaoApp.show(stage, org.zhibiao.service.OpenWorkspace.of(workspace), EXTRACTOR, REGIONS, "王敏", ImmediateFxRunner.create());
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theWhyPaneGivesTheReasonsOfTheReportAndTheSelectedFigure(FxRobot robot) {
        robot.clickOn(Messages.tr("why.title")); // the tab beside the history
        WaitForAsyncUtils.waitForFxEvents();
        String report = robot.lookup("#why-report").queryAs(Label.class).getText();
        assertThat(report).contains("2023").contains(Messages.tr("why.year"));
        ReviewedFigure first = view.viewModel().figureProperty().get();
        String figure = robot.lookup("#why-figure").queryAs(Label.class).getText();
        assertThat(figure).contains(String.valueOf(first.figure().year())).contains(Messages.tr("kind." + first.figure().kind().code()));
        robot.type(KeyCode.J);
        WaitForAsyncUtils.waitForFxEvents();
        ReviewedFigure second = view.viewModel().figureProperty().get();
        assertThat(second).isNotEqualTo(first);
        assertThat(robot.lookup("#why-figure").queryAs(Label.class).getText())
                .contains(Messages.tr("kind." + second.figure().kind().code()));
    }

    @Test
    void doubtfulFirstPutsTheLeastConfidentFigureFirstAndAcceptingItIsStored(FxRobot robot) {
        List<ReviewedFigure> all = List.copyOf(view.viewModel().figures());
        ReviewedFigure leastSure = all.stream().min(Comparator.comparingDouble(f -> f.figure().confidence())).orElseThrow();
        assertThat(leastSure.figure().confidence()).as("the test report has a doubtful figure")
                .isLessThan(all.get(0).figure().confidence());
        robot.clickOn("#doubtful-first");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#doubtful-first").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(view.viewModel().figures().get(0).figure().confidence()).isEqualTo(leastSure.figure().confidence());
        robot.interact(() -> view.figureTable().requestFocus());
        robot.interact(() -> view.viewModel().figureProperty().set(view.viewModel().figures().get(0)));
        ReviewedFigure chosen = view.viewModel().figureProperty().get();
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.inTransaction(() -> workspace.figures().byId(chosen.id())).orElseThrow().status())
                .isEqualTo(Status.CONFIRMED);
        // a filter by confidence shows only the doubtful ones
        robot.interact(() -> view.viewModel().reviewOrder().belowProperty().set(0.9));
        assertThat(view.viewModel().figures()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.figure().confidence()).isLessThan(0.9));
        assertThat(view.viewModel().figures().size()).isLessThan(all.size());
    }
    @Test
    void pendingOnlyHidesDecidedFiguresAndAcceptingMovesToTheOneThatFollowed(FxRobot robot) {
        List<ReviewedFigure> all = List.copyOf(view.viewModel().figures());
        assertThat(all).as("the test report has at least three figures").hasSizeGreaterThanOrEqualTo(3);
        robot.interact(() -> view.figureTable().requestFocus());
        robot.interact(() -> view.viewModel().figureProperty().set(all.get(0)));
        robot.type(KeyCode.X); // reject the first: it is decided
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#pending-only");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.viewModel().figures()).hasSize(all.size() - 1)
                .allSatisfy(f -> assertThat(f.status()).isEqualTo(Status.PENDING));

        robot.interact(() -> view.figureTable().requestFocus());
        robot.interact(() -> view.viewModel().figureProperty().set(all.get(1)));
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workspace.inTransaction(() -> workspace.figures().byId(all.get(1).id())).orElseThrow().status())
                .isEqualTo(Status.CONFIRMED);
        assertThat(view.viewModel().figures()).extracting(ReviewedFigure::id)
                .doesNotContain(all.get(0).id(), all.get(1).id());
        assertThat(view.viewModel().figureProperty().get().id()).isEqualTo(all.get(2).id());

        robot.clickOn("#pending-only"); // off again: every figure is back, decided ones included
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.viewModel().figures()).hasSize(all.size());
    }
}
