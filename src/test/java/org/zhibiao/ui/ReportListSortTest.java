package org.zhibiao.ui;

import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
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
import org.zhibiao.model.ReportSummary;
import org.zhibiao.service.ImportService;
import org.zhibiao.service.OpenWorkspace;
import org.zhibiao.store.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report list sorted through its headers in the real scene: by a column, the other way, by a second column with
 * Shift, then a decision and a filter while sorted. The rows follow the order each time, and the report shown stays
 * shown and selected in its row wherever the row went.
 */
@ExtendWith(ApplicationExtension.class)
class ReportListSortTest {

    private static final Extractor EXTRACTOR = Extractor.loadDefault();
    private static final Comparator<ReportSummary> BY_REGION =
            Comparator.comparing(s -> s.report().identity().region());
    private static final Comparator<ReportSummary> BY_YEAR =
            Comparator.comparing(s -> s.report().identity().reportYear(),
                    Comparator.nullsFirst(Comparator.naturalOrder()));

    @TempDir
    static Path dir;

    private Workspace workspace;
    private WorkbenchView view;

    /** An invented report of this county for this year, with a few figures to review. */
    private static String report(String county, int year) {
        return county + year + "年政府工作报告\n"
                + "一、" + (year - 1) + "年工作回顾\n"
                + "全县地区生产总值完成" + (60 + year % 7) + ".4亿元，增长5.3%。一般公共预算收入4.4亿元，增长3.1%。\n"
                + "二、" + year + "年主要预期目标\n"
                + "地区生产总值增长6%左右。\n";
    }

    @Start
    void start(Stage stage) throws Exception {
        workspace = Workspace.open(Files.createTempDirectory(dir, "ws").resolve("sorting"));
        ImportService imports = new ImportService(workspace, EXTRACTOR, "王敏", Clock.systemUTC());
        int i = 0;
        for (String county : List.of("朝阳县", "建平县", "凌源市")) {
            for (int year : List.of(2023, 2021)) {
                imports.importText("R" + i++ + ".txt", report(county, year));
            }
        }
        view = ZhibiaoApp.show(stage, OpenWorkspace.of(workspace), EXTRACTOR, RegionResolver.loadDefault(), "王敏",
                ImmediateFxRunner.create());
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static void clickHeader(FxRobot robot, TableView<ReportSummary> table, TableColumn<ReportSummary, ?> c,
                                    boolean shift) {
        Node header = robot.from(table).lookup(".column-header").queryAll().stream()
                .filter(n -> n instanceof TableColumnHeader h && h.getTableColumn() == c).findFirst().orElseThrow();
        if (shift) {
            robot.press(KeyCode.SHIFT);
        }
        robot.clickOn(header);
        if (shift) {
            robot.release(KeyCode.SHIFT);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertShownAndSelected(long id) {
        assertThat(view.viewModel().reportProperty().get().report().id()).isEqualTo(id);
        assertThat(view.reportTable().getSelectionModel().getSelectedItem().report().id()).isEqualTo(id);
        assertThat(view.reportTable().getSelectionModel().getSelectedIndices()).hasSize(1);
    }

    @Test
    void sortingByHeadersOrdersTheRowsAndKeepsTheShownReportSelected(FxRobot robot) {
        TableView<ReportSummary> table = view.reportTable();
        assertThat(table.getItems()).hasSize(6);
        assertThat(table.getItems()).extracting(s -> s.report().identity().region()).doesNotContain("").hasSize(6);
        robot.interact(() -> table.getSelectionModel().select(4));
        long id = table.getItems().get(4).report().id();
        assertShownAndSelected(id);
        TableColumn<ReportSummary, ?> region = table.getColumns().get(0);
        TableColumn<ReportSummary, ?> year = table.getColumns().get(2);

        clickHeader(robot, table, region, false);
        assertThat(table.getItems()).isSortedAccordingTo(BY_REGION);
        assertShownAndSelected(id);

        clickHeader(robot, table, region, false);
        assertThat(table.getSortOrder()).containsExactly(region);
        assertThat(region.getSortType()).isEqualTo(TableColumn.SortType.DESCENDING);
        assertThat(table.getItems()).isSortedAccordingTo(BY_REGION.reversed());
        assertShownAndSelected(id);

        // each region's two years, in year order: first by region, then by year
        clickHeader(robot, table, year, true);
        assertThat(table.getSortOrder()).containsExactly(region, year);
        Comparator<ReportSummary> both = BY_REGION.reversed().thenComparing(BY_YEAR);
        assertThat(table.getItems()).isSortedAccordingTo(both);
        assertThat(table.getItems()).extracting(s -> s.report().identity().reportYear())
                .containsExactly(2021, 2023, 2021, 2023, 2021, 2023);
        assertShownAndSelected(id);

        // a decision replaces the report's summary: its row stays selected where the order puts it
        robot.interact(() -> view.viewModel().accept());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isSortedAccordingTo(both);
        assertShownAndSelected(id);

        // a filter narrows the sorted list and keeps the report; an empty filter brings back every row, sorted
        String county = view.viewModel().reportProperty().get().report().identity().region().substring(0, 2);
        robot.interact(() -> robot.lookup("#report-filter").queryTextInputControl().setText(county));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(2).isSortedAccordingTo(both);
        assertShownAndSelected(id);
        robot.interact(() -> robot.lookup("#report-filter").queryTextInputControl().setText(""));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(6).isSortedAccordingTo(both);
        assertShownAndSelected(id);

        // no sort column: the list's own order again
        robot.interact(() -> table.getSortOrder().clear());
        assertThat(table.getItems()).containsExactlyElementsOf(view.viewModel().reports());
        assertShownAndSelected(id);
    }
}
