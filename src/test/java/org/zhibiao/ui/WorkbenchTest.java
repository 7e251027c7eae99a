package org.zhibiao.ui;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
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
import org.zhibiao.model.Change;
import org.zhibiao.model.ReportSummary;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;
import org.zhibiao.store.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review workbench driven through its real JavaFX scene (headless on Monocle): import a report, review it by
 * keyboard, add a missed figure from a text selection, and find every step in the workspace and its change log.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchTest {

    private static final Extractor EXTRACTOR = Extractor.loadDefault();
    private static final RegionResolver REGIONS = RegionResolver.loadDefault();

    @TempDir
    static Path dir;

    private Workspace workspace;
    private WorkbenchView view;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        workspace = Workspace.open(Files.createTempDirectory(dir, "ws").resolve("review"));
        view = ZhibiaoApp.show(stage, org.zhibiao.service.OpenWorkspace.of(workspace), EXTRACTOR, REGIONS, "王敏", ImmediateFxRunner.create());
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private WorkbenchViewModel vm() {
        return view.viewModel();
    }

    private ReviewedFigure selected() {
        return vm().figureProperty().get();
    }

    private List<ReviewedFigure> stored() {
        long report = vm().reportProperty().get().report().id();
        return workspace.inTransaction(() -> workspace.figures().byReport(report));
    }

    private void paste(FxRobot robot, String text) {
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            Clipboard.getSystemClipboard().setContent(c);
        });
        robot.clickOn("#reports");
        robot.press(KeyCode.CONTROL).press(KeyCode.V).release(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void windowTitleNamesTheWorkspace() {
        assertThat(stage.getTitle()).startsWith("Zhibiao — review");
    }

    @Test
    void aSessionStartsOnTheFirstPendingFigureWithTheKeyboardThere(FxRobot robot) throws Exception {
        Path other = Files.createTempDirectory(dir, "ws2").resolve("ready");
        try (Workspace ready = Workspace.open(other)) {
            new org.zhibiao.service.ImportService(ready, EXTRACTOR, "test", java.time.Clock.systemUTC())
                    .importPaths(List.of(Path.of("seeds")), org.zhibiao.model.Progress.NONE);
            ReviewedFigure firstOfSecond = ready.inTransaction(() -> ready.figures().byReport(
                    ready.reports().summaries().get(0).report().id())).get(0);
            new org.zhibiao.service.ReviewService(ready, "test", java.time.Clock.systemUTC())
                    .setStatus(firstOfSecond.id(), Status.CONFIRMED);
            WorkbenchView[] shown = new WorkbenchView[1];
            robot.interact(() -> shown[0] = ZhibiaoApp.show(stage, org.zhibiao.service.OpenWorkspace.of(ready), EXTRACTOR, REGIONS, "王敏", ImmediateFxRunner.create()));
            WaitForAsyncUtils.waitForFxEvents();
            WorkbenchViewModel model = shown[0].viewModel();
            assertThat(model.reportProperty().get().report().fileName()).isEqualTo("000_bc2ce03ccf3762b8.txt");
            assertThat(model.figureProperty().get().status()).isEqualTo(Status.PENDING);
            assertThat(model.figureProperty().get().id()).isNotEqualTo(firstOfSecond.id());
            assertThat(stage.getScene().getFocusOwner()).isSameAs(shown[0].figureTable());
            ReviewedFigure f = model.figureProperty().get();
            robot.type(KeyCode.A);
            assertThat(ready.inTransaction(() -> ready.figures().byId(f.id())).orElseThrow().status()).isEqualTo(Status.CONFIRMED);
        }
    }

    @Test
    void reviewAReportByKeyboardEndToEnd(FxRobot robot) throws Exception {
        paste(robot, Files.readString(Path.of("seeds/003_a6a8f6c27dc122fe.txt")));
        List<ReportSummary> reports = workspace.inTransaction(() -> workspace.reports().summaries());
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).figures()).isEqualTo(20);
        assertThat(vm().figures()).hasSize(20);
        robot.clickOn("#figures");
        robot.interact(() -> vm().figureProperty().set(vm().figures().get(0)));

        ReviewedFigure first = selected();
        robot.type(KeyCode.A); // accept, and on to the next pending figure
        ReviewedFigure second = selected();
        assertThat(second.id()).isNotEqualTo(first.id());
        robot.type(KeyCode.X); // reject
        ReviewedFigure third = selected();
        robot.type(KeyCode.J);
        robot.type(KeyCode.K);
        assertThat(selected().id()).isEqualTo(third.id());

        robot.type(KeyCode.F2); // edit the value of the selected figure
        robot.write("123.4").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        var byId = stored().stream().collect(java.util.stream.Collectors.toMap(ReviewedFigure::id, f -> f));
        assertThat(byId.get(first.id()).status()).isEqualTo(Status.CONFIRMED);
        assertThat(byId.get(second.id()).status()).isEqualTo(Status.REJECTED);
        assertThat(byId.get(third.id()).status()).isEqualTo(Status.CORRECTED);
        assertThat(byId.get(third.id()).figure().value()).isEqualByComparingTo("123.4");
        assertThat(byId.get(third.id()).analyst()).isEqualTo("王敏");

        robot.clickOn("#figures");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL); // undo the edit
        WaitForAsyncUtils.waitForFxEvents();
        ReviewedFigure undone = workspace.inTransaction(() -> workspace.figures().byId(third.id())).orElseThrow();
        assertThat(undone.status()).isEqualTo(Status.PENDING);
        assertThat(undone.figure().value()).isEqualByComparingTo(third.figure().value());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL); // redo
        WaitForAsyncUtils.waitForFxEvents();
        ReviewedFigure redone = workspace.inTransaction(() -> workspace.figures().byId(third.id())).orElseThrow();
        assertThat(redone.figure().value()).isEqualByComparingTo("123.4");

        List<Change> log = workspace.inTransaction(() -> workspace.changes().forFigure(third.id()));
        assertThat(log).extracting(Change::action).containsSubsequence("import", "edit", "revert:" + log.get(1).batchId());
        assertThat(log).filteredOn(c -> c.field().equals("value")).extracting(Change::newValue)
                .containsExactly("123.4", third.figure().value().toPlainString(), "123.4");
        assertThat(log).allSatisfy(c -> assertThat(c.analyst()).isIn("王敏", "王敏"));
    }

    @Test
    void undoWorksAcrossReports(FxRobot robot) throws Exception {
        paste(robot, Files.readString(Path.of("seeds/004_730362b3f4dad76a.txt")));
        paste(robot, Files.readString(Path.of("seeds/000_bc2ce03ccf3762b8.txt")));
        List<ReportSummary> reports = workspace.inTransaction(() -> workspace.reports().summaries());
        robot.interact(() -> vm().selectReport(reports.get(0)));
        robot.clickOn("#figures");
        robot.interact(() -> vm().figureProperty().set(vm().figures().get(0)));
        ReviewedFigure accepted = selected();
        robot.type(KeyCode.A);
        robot.interact(() -> vm().selectReport(reports.get(1)));
        assertThat(vm().reportProperty().get().report().id()).isEqualTo(reports.get(1).report().id());
        robot.clickOn("#figures");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().reportProperty().get().report().id()).isEqualTo(reports.get(0).report().id());
        assertThat(selected().id()).isEqualTo(accepted.id());
        assertThat(selected().status()).isEqualTo(Status.PENDING);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL); // redo, the other way
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.inTransaction(() -> workspace.figures().byId(accepted.id())).orElseThrow().status())
                .isEqualTo(Status.CONFIRMED);
    }

    /** Ctrl+F finds words in the report text: the first place, Enter the next, Esc back to the text. */
    @Test
    void ctrlFFindsWordsInTheReportText(FxRobot robot) throws Exception {
        String text = "2024年某县政府工作报告\n一、2023年工作回顾\n全县地区生产总值完成88.5亿元，增长5.1%。"
                + "一般公共预算收入7.2亿元，增长3%。全年引进省外项目资金12.6亿元。\n";
        paste(robot, text);
        robot.clickOn("#figures");
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField find = robot.lookup("#find-text").queryAs(javafx.scene.control.TextField.class);
        assertThat(find.getParent().isVisible()).as("the find bar opened").isTrue();
        assertThat(find.isFocused()).as("the keyboard goes to the find field").isTrue();
        robot.interact(() -> find.setText("亿元"));
        WaitForAsyncUtils.waitForFxEvents();
        int first = text.indexOf("亿元");
        assertThat(view.textArea().getSelection().getStart()).isEqualTo(first);
        assertThat(robot.lookup("#find-where").queryAs(javafx.scene.control.Label.class).getText()).contains("1").contains("3");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.textArea().getSelection().getStart()).isEqualTo(text.indexOf("亿元", first + 1));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(find.getParent().isVisible()).as("the find bar closed").isFalse();
        assertThat(find.getScene().getFocusOwner()).as("the keyboard back in the text").isSameAs(view.textArea());
        assertThat(robot.lookup("#reports").queryAs(javafx.scene.control.TableView.class).getItems()).as("nothing was filtered").hasSize(1);
    }

    /** Opening and closing the report's details gives the figure table its height back. */
    @Test
    void closingTheDetailsGivesTheFiguresTheirRoomBack(FxRobot robot) throws Exception {
        paste(robot, Files.readString(Path.of("src/test/resources/compare", "xinxing_2022.txt")));
        javafx.scene.control.TableView<?> table = robot.lookup("#figures").queryAs(javafx.scene.control.TableView.class);
        javafx.scene.control.TitledPane details = robot.lookup(".titled-pane").queryAs(javafx.scene.control.TitledPane.class);
        WaitForAsyncUtils.waitForFxEvents();
        double tall = table.getHeight();
        robot.interact(() -> details.setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(400); // the pane's animation
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getHeight()).as("the details take their room from the figures").isLessThan(tall);
        robot.interact(() -> details.setExpanded(false));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getHeight()).as("the figure table after the details closed").isGreaterThanOrEqualTo(tall - 2);
    }

    /** The comparison window closes with Esc, and with its workspace (another one opening), never outliving it. */
    @Test
    void theComparisonWindowClosesWithEscAndWithItsWorkspace(FxRobot robot) throws Exception {
        paste(robot, Files.readString(Path.of("src/test/resources/compare", "xinxing_2022.txt")));
        java.util.function.Supplier<List<javafx.stage.Window>> comparisons = () -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w != stage && w.isShowing()).toList();
        robot.interact(() -> view.openComparison());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(comparisons.get()).hasSize(1);
        robot.interact(() -> comparisons.get().get(0).requestFocus());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(comparisons.get()).as("Esc closes it").isEmpty();

        robot.interact(() -> view.openComparison());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(comparisons.get()).hasSize(1);
        robot.interact(() -> vm().close()); // what the app does before another workspace opens
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(comparisons.get()).as("it goes with its workspace").isEmpty();
        assertThat(workspace.inTransaction(() -> workspace.reports().count())).isEqualTo(1);
    }

    @Test
    void theComparisonFollowsCorrectionsMadeInTheReview(FxRobot robot) throws Exception {
        for (String name : new String[] {"xinxing_2022.txt", "xinxing_2023.txt"}) {
            paste(robot, Files.readString(Path.of("src/test/resources/compare", name)));
        }
        ComparisonViewModel[] comparison = new ComparisonViewModel[1];
        robot.interact(() -> comparison[0] = view.openComparison());
        WaitForAsyncUtils.waitForFxEvents();
        java.util.function.Supplier<org.zhibiao.analysis.Comparison> gdp2022 = () -> comparison[0].shown().stream()
                .filter(c -> c.indicator().equals("gdp") && c.year() == 2022).findFirst().orElseThrow();
        assertThat(gdp2022.get().status()).isEqualTo(org.zhibiao.analysis.Completion.MISSED); // 7% 左右, 4.1%
        long actualId = gdp2022.get().actualId();
        // correct the 2022 result in the workbench: 4.1% was a misreading of 7.1%
        List<ReportSummary> reports = workspace.inTransaction(() -> workspace.reports().summaries());
        robot.interact(() -> vm().selectReport(reports.stream().filter(r -> Integer.valueOf(2023).equals(r.report().identity().reportYear()))
                .findFirst().orElseThrow()));
        robot.interact(() -> vm().figureProperty().set(vm().figures().stream().filter(f -> f.id() == actualId).findFirst().orElseThrow()));
        robot.clickOn("#figures");
        robot.interact(() -> vm().edit(selected(), "growth_pct", "7.1"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gdp2022.get().status()).isEqualTo(org.zhibiao.analysis.Completion.MET);
        assertThat(gdp2022.get().gapPp()).isEqualByComparingTo("0.1");
    }

    @Test
    void exportsWhatTheReportListShows(FxRobot robot) throws Exception {
        paste(robot, Files.readString(Path.of("seeds/003_a6a8f6c27dc122fe.txt")));
        paste(robot, Files.readString(Path.of("seeds/004_730362b3f4dad76a.txt")));
        long chaoyang = workspace.inTransaction(() -> workspace.reports().summaries()).stream()
                .filter(r -> r.report().identity().region().equals("朝阳县")).findFirst().orElseThrow().report().id();
        Path out = Files.createTempDirectory(dir, "export").resolve("chaoyang.xlsx");
        org.zhibiao.export.ExportResult[] result = new org.zhibiao.export.ExportResult[1];
        robot.interact(() -> vm().exportXlsx(out, List.of(chaoyang), java.util.Locale.SIMPLIFIED_CHINESE, r -> result[0] = r));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(result[0].figures()).isEqualTo(20);
        assertThat(vm().progressProperty().get()).isNull();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(out.toFile())) {
            assertThat(wb.getSheetAt(0).getSheetName()).startsWith("指标");
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(20);
        }
    }

    @Test
    void invalidInputIsShownAndNothingChanges(FxRobot robot) throws Exception {
        paste(robot, Files.readString(Path.of("seeds/004_730362b3f4dad76a.txt")));
        robot.clickOn("#figures");
        robot.interact(() -> vm().figureProperty().set(vm().figures().get(1)));
        ReviewedFigure f = selected();
        robot.type(KeyCode.F2).write("12x").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().errorProperty().get()).contains("'12x' is not a number");
        assertThat(workspace.inTransaction(() -> workspace.figures().byId(f.id())).orElseThrow().status()).isEqualTo(Status.PENDING);
    }

    @Test
    void addAMissedFigureFromATextSelection(FxRobot robot) throws Exception {
        String text = "2024年某县政府工作报告\n一、2023年工作回顾\n全县地区生产总值完成88.5亿元，增长5.1%。"
                + "全年引进省外项目资金12.6亿元。\n";
        paste(robot, text);
        assertThat(vm().figures()).hasSize(1);
        String missed = "引进省外项目资金12.6亿元";
        int start = text.indexOf(missed);
        robot.interact(() -> view.textArea().selectRange(start, start + missed.length()));
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // the picker: the keyboard is in its search field; pinyin initials of 国内到位资金 find it, Enter takes it
        javafx.scene.control.ListView<String> list = robot.lookup("#indicator-list").queryListView();
        assertThat(list.getSelectionModel().getSelectedItem()).as("the lexicon's guess comes selected").isNotNull();
        javafx.scene.control.TextField search = robot.lookup("#indicator-search").queryAs(javafx.scene.control.TextField.class);
        assertThat(search.isFocused()).as("the keyboard is in the search field when the picker opens").isTrue();
        robot.clickOn(search).write("gndwzj"); // (the robot writes to the window under its pointer)
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems().get(0)).isEqualTo("domestic_investment");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ReviewedFigure added = stored().stream().filter(f -> f.status() == Status.ADDED).findFirst().orElseThrow();
        assertThat(added.figure().indicator()).isEqualTo("domestic_investment");
        assertThat(added.figure().value()).isEqualByComparingTo("12.6");
        assertThat(added.figure().unit()).isEqualTo("亿元");
        assertThat(added.figure().year()).isEqualTo(2023);
        assertThat(text.substring(added.figure().span().start(), added.figure().span().end())).isEqualTo(missed);
        assertThat(workspace.inTransaction(() -> workspace.changes().forFigure(added.id())))
                .singleElement().satisfies(c -> assertThat(c.action()).isEqualTo("add"));
        robot.clickOn("#figures");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL); // undo removes it again
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored()).noneMatch(f -> f.status() == Status.ADDED);
    }

    @Test
    void onlyMineNarrowsTheHistoryToTheAnalystsOwnChanges(FxRobot robot) throws Exception {
        paste(robot, Files.readString(Path.of("seeds/003_a6a8f6c27dc122fe.txt")));
        ReviewedFigure f = vm().figures().stream().filter(x -> x.figure().value() != null).findFirst().orElseThrow();
        robot.clickOn("#figures");
        robot.interact(() -> vm().figureProperty().set(f));
        robot.type(KeyCode.A); // 王敏 accepts it here
        // 李强, at his own workbench, corrects its value afterwards; the history is read again for the figure
        new org.zhibiao.service.ReviewService(workspace, "李强", java.time.Clock.systemUTC())
                .edit(f.id(), "value", "99.5", org.zhibiao.service.ReviewService.ANY_VERSION);
        robot.interact(() -> {
            vm().figureProperty().set(null);
            vm().figureProperty().set(f);
        });
        javafx.scene.control.ListView<Change> history = robot.lookup("#history").queryListView();
        javafx.scene.control.CheckBox mine = robot.lookup("#history-mine").queryAs(javafx.scene.control.CheckBox.class);
        assertThat(mine.isSelected()).as("off by default").isFalse();
        assertThat(history.getItems()).extracting(Change::analyst).contains("王敏", "李强");

        robot.clickOn(mine);
        assertThat(mine.isSelected()).isTrue();
        assertThat(history.getItems()).isNotEmpty().allSatisfy(c -> assertThat(c.analyst()).isEqualTo("王敏"));
        assertThat(history.getItems()).extracting(Change::field).contains("status"); // the accept is there
        assertThat(vm().history()).as("the full list underneath").extracting(Change::analyst).contains("李强");

        robot.clickOn(mine);
        assertThat(history.getItems()).containsExactlyElementsOf(vm().history());
    }

    @Test
    void anAnalystMarksAReportGivenToThemDone(FxRobot robot) throws Exception {
        paste(robot, Files.readString(Path.of("seeds/003_a6a8f6c27dc122fe.txt")));
        ReportSummary shown = vm().reportProperty().get();
        long id = shown.report().id();
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem done = bar.getMenus().stream().filter(m -> "menu-team".equals(m.getId()))
                .findFirst().orElseThrow().getItems().stream().filter(i -> "team-mark-done".equals(i.getId()))
                .findFirst().orElseThrow();
        assertThat(done.isDisable()).as("not given to 王敏").isTrue();

        new org.zhibiao.service.TeamService(workspace, EXTRACTOR, "lead", java.time.Clock.systemUTC()).assign(id, "王敏");
        // the workbench finds the lead's assignment by itself (and says so before, not after, what comes next)
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> vm().messageProperty().get().equals(Messages.tr("vm.othersChangedWorkspace", "lead"))).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(done.isDisable()).isFalse();
        assertThat(progressCells(robot)).anySatisfy(t -> assertThat(t).startsWith(Messages.tr("report.assigned") + " "));

        robot.clickOn("#figures");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.D).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.inTransaction(() -> workspace.team().find(id, "王敏")).orElseThrow().done()).isTrue();
        assertThat(vm().messageProperty().get()).isEqualTo(Messages.tr("vm.markedDone", shown.report().fileName()));
        assertThat(done.isDisable()).as("done once").isTrue();
        assertThat(progressCells(robot)).anySatisfy(t -> assertThat(t).startsWith(Messages.tr("report.assigned.done") + " "))
                .noneSatisfy(t -> assertThat(t).startsWith(Messages.tr("report.assigned") + " "));
        assertThat(workspace.inTransaction(() -> workspace.changes().all())).filteredOn(c -> c.action().equals("done"))
                .singleElement().satisfies(c -> assertThat(c.analyst()).isEqualTo("王敏"));
    }

    private static List<String> progressCells(FxRobot robot) {
        return robot.lookup("#reports .table-cell").<javafx.scene.control.TableCell<?, ?>>queryAll().stream()
                .map(javafx.scene.control.TableCell::getText).filter(t -> t != null && !t.isEmpty()).toList();
    }
}
