package org.zhibiao.ui;

import javafx.scene.control.TextArea;
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
import org.zhibiao.service.ImportService;
import org.zhibiao.service.OpenWorkspace;
import org.zhibiao.store.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import in the middle of a review, through the real scene: the report and figure the analyst was on stay shown,
 * and the files that could not be imported are listed whole in a dialog that is dismissed with Enter.
 */
@ExtendWith(ApplicationExtension.class)
class ImportKeepsPlaceTest {

    /** Invented reports. */
    private static final String FIRST = """
            西山县政府工作报告
            一、2023年工作回顾
            全县地区生产总值完成77.7亿元，增长5.3%。一般公共预算收入4.4亿元，增长3.1%。
            """;
    private static final String SECOND = """
            南湖区政府工作报告
            一、2023年工作回顾
            全区地区生产总值完成210.6亿元，增长6.6%。
            """;
    private static final Extractor EXTRACTOR = Extractor.loadDefault();

    @TempDir
    static Path dir;

    private Workspace workspace;
    private WorkbenchView view;

    @Start
    void start(Stage stage) throws Exception {
        workspace = Workspace.open(Files.createTempDirectory(dir, "ws").resolve("imports"));
        new ImportService(workspace, EXTRACTOR, "王敏", Clock.systemUTC()).importText("西山县.txt", FIRST);
        view = ZhibiaoApp.show(stage, OpenWorkspace.of(workspace), EXTRACTOR, RegionResolver.loadDefault(), "王敏",
                ImmediateFxRunner.create());
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aPartlyFailedImportKeepsTheShownFigureAndListsTheFailuresUntilDismissed(FxRobot robot) throws Exception {
        WorkbenchViewModel vm = view.viewModel();
        robot.interact(() -> vm.figureProperty().set(vm.figures().get(1)));
        ReviewedFigure onIt = vm.figureProperty().get();
        Path good = Files.writeString(Files.createTempDirectory(dir, "in").resolve("南湖区.txt"), SECOND);
        Path bad = Files.write(good.resolveSibling("坏文件.docx"), new byte[] {7, 7, 7});

        robot.interact(() -> vm.importFiles(List.of(good, bad), s -> { }));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workspace.inTransaction(() -> workspace.reports().summaries())).hasSize(2);
        assertThat(vm.reports()).hasSize(2);
        assertThat(vm.reportProperty().get().report().fileName()).isEqualTo("西山县.txt");
        assertThat(vm.figureProperty().get().id()).isEqualTo(onIt.id());
        assertThat(view.figureTable().getSelectionModel().getSelectedItem().id()).isEqualTo(onIt.id());
        TextArea list = robot.lookup("#error-list").queryAs(TextArea.class);
        assertThat(list.getText()).startsWith("坏文件.docx — ").doesNotContain("Exception");
        assertThat(list.isEditable()).isFalse();

        robot.clickOn(list).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#error-list").tryQuery()).isEmpty();
        assertThat(vm.figureProperty().get().id()).isEqualTo(onIt.id());
    }
}
