package org.zhibiao.ui;

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
import org.zhibiao.service.OpenWorkspace;
import org.zhibiao.store.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Correcting figures by keyboard alone, through the real scene: after a cell edit, saved or refused, the keyboard
 * stays on the figure table, Enter has moved to the row below, J and A act on the table (the report filter stays
 * empty), and Ctrl+Z undoes the edit. Each step is checked in the workspace.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardCorrectionTest {

    /** An invented report with several figures of last year. */
    private static final String REPORT = """
            东山县政府工作报告
            一、2023年工作回顾
            全县地区生产总值完成150.2亿元，增长6.1%。一般公共预算收入9.4亿元，增长5.2%。
            社会消费品零售总额60.3亿元，增长7%。固定资产投资增长8.5%。
            """;
    private static final Extractor EXTRACTOR = Extractor.loadDefault();

    @TempDir
    static Path dir;

    private Workspace workspace;
    private WorkbenchView view;

    @Start
    void start(Stage stage) throws Exception {
        workspace = Workspace.open(Files.createTempDirectory(dir, "ws").resolve("keys"));
        new ImportService(workspace, EXTRACTOR, "王敏", Clock.systemUTC()).importText("东山县.txt", REPORT);
        view = ZhibiaoApp.show(stage, OpenWorkspace.of(workspace), EXTRACTOR, RegionResolver.loadDefault(), "王敏",
                ImmediateFxRunner.create());
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private WorkbenchViewModel vm() {
        return view.viewModel();
    }

    private ReviewedFigure stored(long id) {
        return workspace.inTransaction(() -> workspace.figures().byId(id)).orElseThrow();
    }

    private javafx.scene.Node focusOwner() {
        return view.root().getScene().getFocusOwner();
    }

    @Test
    void afterASavedEditTheKeyboardStaysOnTheTableAndJAAndUndoWorkThere(FxRobot robot) {
        robot.clickOn("#figures");
        robot.interact(() -> vm().figureProperty().set(vm().figures().get(0)));
        ReviewedFigure edited = vm().figureProperty().get();
        ReviewedFigure below = vm().figures().get(1);

        robot.type(KeyCode.F2).write("151.8").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored(edited.id()).figure().value()).isEqualByComparingTo("151.8");
        assertThat(stored(edited.id()).status()).isEqualTo(Status.CORRECTED);
        assertThat(focusOwner()).isSameAs(view.figureTable());
        assertThat(vm().figureProperty().get().id()).isEqualTo(below.id()); // Enter moved down

        robot.type(KeyCode.J); // one further down
        WaitForAsyncUtils.waitForFxEvents();
        ReviewedFigure third = vm().figureProperty().get();
        assertThat(third.id()).isEqualTo(vm().figures().get(2).id());
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored(third.id()).status()).isEqualTo(Status.CONFIRMED);
        assertThat(robot.lookup(".text-field").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TextField)
                .map(n -> ((javafx.scene.control.TextField) n).getText())).allSatisfy(t -> assertThat(t).doesNotContain("j", "a"));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL); // the accept
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL); // the edit
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored(third.id()).status()).isEqualTo(Status.PENDING);
        assertThat(stored(edited.id()).figure().value()).isEqualByComparingTo(edited.figure().value());
        assertThat(stored(edited.id()).status()).isEqualTo(Status.PENDING);
    }

    @Test
    void afterARefusedEditTheKeyboardStaysOnTheTableAtTheSameFigure(FxRobot robot) {
        robot.clickOn("#figures");
        robot.interact(() -> vm().figureProperty().set(vm().figures().get(1)));
        ReviewedFigure f = vm().figureProperty().get();

        robot.type(KeyCode.F2).write("十二").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm().errorProperty().get()).isEqualTo(Messages.tr("vm.notNumber", "十二", "value"));
        assertThat(stored(f.id()).figure().value()).isEqualByComparingTo(f.figure().value());
        assertThat(focusOwner()).isSameAs(view.figureTable());
        assertThat(vm().figureProperty().get().id()).isEqualTo(f.id());

        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored(f.id()).status()).isEqualTo(Status.CONFIRMED);
    }

    @Test
    void escapeLeavesTheCellUnchangedAndTheKeyboardOnTheTable(FxRobot robot) {
        robot.clickOn("#figures");
        robot.interact(() -> vm().figureProperty().set(vm().figures().get(0)));
        ReviewedFigure f = vm().figureProperty().get();

        robot.type(KeyCode.F2).write("999").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored(f.id()).figure().value()).isEqualByComparingTo(f.figure().value());
        assertThat(focusOwner()).isSameAs(view.figureTable());
        robot.type(KeyCode.X);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored(f.id()).status()).isEqualTo(Status.REJECTED);
    }
    private String keyboardColumn() {
        return FigureTable.keyboardColumn(view.figureTable()).getId();
    }

    @Test
    void arrowsAndTabChooseTheColumnThatF2Edits(FxRobot robot) {
        robot.clickOn("#figures");
        robot.interact(() -> vm().figureProperty().set(vm().figures().get(0)));
        for (int i = 0; i < 10; i++) {
            robot.type(KeyCode.LEFT);
        }
        assertThat(keyboardColumn()).isEqualTo("indicator"); // the first column, and no further
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertThat(keyboardColumn()).isEqualTo("year");
        ReviewedFigure first = vm().figureProperty().get();

        robot.type(KeyCode.F2).write("2021").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored(first.id()).figure().year()).isEqualTo(2021);
        ReviewedFigure second = vm().figureProperty().get();
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(keyboardColumn()).isEqualTo("year"); // the column stays when the row changes
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB);
        assertThat(keyboardColumn()).isEqualTo("growth_pct");
        assertThat(focusOwner()).isSameAs(view.figureTable()); // Tab moved inside the table, not out of it

        robot.type(KeyCode.F2).write("4.5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored(second.id()).figure().growthPct()).isEqualByComparingTo("4.5");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(keyboardColumn()).isEqualTo("unit");
        for (int i = 0; i < 10; i++) {
            robot.type(KeyCode.RIGHT);
        }
        assertThat(keyboardColumn()).isEqualTo("qualifier"); // the last editable column; status and the rest are not
    }

    /** The drop-down columns by keyboard too: F2 opens the list, arrows choose, Enter takes it, and it is stored. */
    @Test
    void aDropDownColumnIsChangedByKeyboard(FxRobot robot) {
        robot.clickOn("#figures");
        robot.interact(() -> vm().figureProperty().set(vm().figures().get(0)));
        for (int i = 0; i < 10; i++) {
            robot.type(KeyCode.LEFT);
        }
        robot.type(KeyCode.RIGHT);
        assertThat(keyboardColumn()).isEqualTo("kind");
        ReviewedFigure first = vm().figureProperty().get();

        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored(first.id()).figure().kind()).as("the kind chosen by keyboard is stored")
                .isNotEqualTo(first.figure().kind());
        assertThat(stored(first.id()).status()).isEqualTo(org.zhibiao.model.Status.CORRECTED);
        assertThat(focusOwner()).isSameAs(view.figureTable());
    }

    /** Typing a number on a figure starts editing the chosen column with it, as in a spreadsheet. */
    @Test
    void typingANumberStartsTheEditWithIt(FxRobot robot) {
        robot.clickOn("#figures");
        robot.interact(() -> vm().figureProperty().set(vm().figures().get(0)));
        for (int i = 0; i < 10; i++) {
            robot.type(KeyCode.LEFT);
        }
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertThat(keyboardColumn()).isEqualTo("value");
        ReviewedFigure first = vm().figureProperty().get();

        robot.type(KeyCode.DIGIT4).type(KeyCode.DIGIT2).type(KeyCode.PERIOD).type(KeyCode.DIGIT5).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored(first.id()).figure().value()).isEqualByComparingTo("42.5");
        assertThat(focusOwner()).isSameAs(view.figureTable());
    }
}
