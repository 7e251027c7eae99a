package org.zhibiao.ui;

import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhibiao.analysis.Agreement;
import org.zhibiao.extract.Extractor;
import org.zhibiao.extract.RegionResolver;
import org.zhibiao.model.Change;
import org.zhibiao.model.Figure;
import org.zhibiao.model.ReportSummary;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;
import org.zhibiao.service.ImportService;
import org.zhibiao.model.Progress;
import org.zhibiao.service.ReviewService;
import org.zhibiao.service.TeamService;
import org.zhibiao.store.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lead curates a report anna and ben annotated blind, by keyboard: the report is listed with its agreement,
 * the rows where they differ are amber, 1/2/0/Enter decide, and saving makes the kept figures the report's own,
 * logged as one "curate" batch. On H2; the store behaves the same on PostgreSQL (StoreContract covers both).
 */
@ExtendWith(ApplicationExtension.class)
class CurationViewTest {

    private static final Extractor EXTRACTOR = Extractor.loadDefault();

    @TempDir
    static Path dir;

    private Workspace workspace;
    private long report;
    private int machine;
    private CurationView view;
    private final List<Long> curatedCalls = new ArrayList<>();
    /** The five machine figures (by index in each blind copy) the analysts decide on; their keys are unique. */
    private final List<Integer> picked = new ArrayList<>();
    private List<ReviewedFigure> annas;
    private List<ReviewedFigure> bens;

    @Start
    void start(Stage stage) throws Exception {
        Messages.use(Locale.ENGLISH);
        workspace = Workspace.open(Files.createTempDirectory(dir, "ws").resolve("team"));
        new ImportService(workspace, EXTRACTOR, "test", Clock.systemUTC()).importPaths(List.of(Path.of("seeds")),
                Progress.NONE);
        report = summaries().get(1).report().id();
        new TeamService(workspace, EXTRACTOR, "lead", Clock.systemUTC()).assignBlind(report, "anna", "ben");
        annas = copy("anna");
        bens = copy("ben");
        machine = annas.size();
        // figures whose (indicator, kind, year) no other figure has, so each pairs with its own twin in the other copy
        Map<String, Integer> keys = new HashMap<>();
        annas.forEach(f -> keys.merge(key(f), 1, Integer::sum));
        for (int i = 0; i < machine && picked.size() < 5; i++) {
            if (keys.get(key(annas.get(i))) == 1 && annas.get(i).figure().value() != null) {
                picked.add(i);
            }
        }
        assertThat(picked).hasSize(5);

        ReviewService anna = new ReviewService(workspace, "anna", Clock.systemUTC());
        ReviewService ben = new ReviewService(workspace, "ben", Clock.systemUTC());
        // 0: both confirm — agreed
        anna.setStatus(a(0).id(), Status.CONFIRMED);
        ben.setStatus(b(0).id(), Status.CONFIRMED);
        // 1: only anna keeps it; 2: only ben keeps it
        anna.setStatus(a(1).id(), Status.CONFIRMED);
        ben.setStatus(b(1).id(), Status.REJECTED);
        anna.setStatus(a(2).id(), Status.REJECTED);
        ben.setStatus(b(2).id(), Status.CONFIRMED);
        // 3: they read the value differently; 4: they read the growth differently
        anna.edit(a(3).id(), "value", "12345.6");
        ben.setStatus(b(3).id(), Status.CONFIRMED);
        anna.setStatus(a(4).id(), Status.CONFIRMED);
        ben.edit(b(4).id(), "growth_pct", "9.9");
        annas = copy("anna");
        bens = copy("ben");

        view = CurationView.show(stage, org.zhibiao.service.OpenWorkspace.of(workspace), EXTRACTOR, "lead", ImmediateFxRunner.create(), curatedCalls::add);
        stage.show();
    }

    @AfterEach
    void close() {
        Messages.use(Locale.getDefault());
        workspace.close();
    }

    private List<ReportSummary> summaries() {
        return workspace.inTransaction(() -> workspace.reports().summaries());
    }

    private List<ReviewedFigure> copy(String who) {
        return workspace.inTransaction(() -> workspace.figures().byReport(report, who));
    }

    private static String key(ReviewedFigure f) {
        return f.figure().indicator() + "|" + f.figure().kind() + "|" + f.figure().year();
    }

    private ReviewedFigure a(int n) {
        return annas.get(picked.get(n));
    }

    private ReviewedFigure b(int n) {
        return bens.get(picked.get(n));
    }

    private CurationViewModel vm() {
        return view.viewModel();
    }

    /** The row showing picked figure n (by A's figure, else B's). */
    private int row(int n) {
        List<CurationLine> lines = vm().lines();
        for (int i = 0; i < lines.size(); i++) {
            CurationLine l = lines.get(i);
            if ((l.a() != null && l.a().id() == a(n).id()) || (l.b() != null && l.b().id() == b(n).id())) {
                return i;
            }
        }
        throw new AssertionError("no row for picked figure " + n);
    }

    private void select(FxRobot robot, int row) {
        robot.interact(() -> {
            view.lineTable().requestFocus();
            view.lineTable().getSelectionModel().clearAndSelect(row);
            view.lineTable().scrollTo(row);
        });
    }

    private Set<String> cellTexts(FxRobot robot, String table) {
        return robot.lookup(table + " .table-cell").<TableCell<?, ?>>queryAll().stream()
                .map(TableCell::getText).filter(t -> t != null && !t.isEmpty()).collect(Collectors.toSet());
    }

    /** Indexes of the shown rows that carry a style class. */
    private Set<Integer> rowsWith(FxRobot robot, String styleClass) {
        return robot.lookup("#curation-lines .table-row-cell").<TableRow<?>>queryAll().stream()
                .filter(r -> r.getItem() != null && r.getStyleClass().contains(styleClass))
                .map(TableRow::getIndex).collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<Integer> shownRows(FxRobot robot) {
        return robot.lookup("#curation-lines .table-row-cell").<TableRow<?>>queryAll().stream()
                .filter(r -> r.getItem() != null && r.isVisible()).map(TableRow::getIndex)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private TableCell<?, ?> cell(FxRobot robot, String column, int row) {
        return robot.lookup("#curation-lines .table-cell").<TableCell<?, ?>>queryAll().stream()
                .filter(c -> c.getTableColumn() != null && column.equals(c.getTableColumn().getId())
                        && c.getIndex() == row && c.getTableRow() != null && c.getTableRow().getItem() != null)
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + column + " in row " + row));
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theLeadCuratesADoubleAnnotatedReportByKeyboard(FxRobot robot) {
        // the list: one report, with the agreement the team service measures
        Agreement agreement = new TeamService(workspace, EXTRACTOR, "lead", Clock.systemUTC()).agreement().get(0);
        assertThat(agreement.decisions()).isEqualTo(5);
        assertThat(agreement.agreedDecisions()).isEqualTo(3); // 1 and 2: one accepted, the other rejected
        String f1 = String.format(Locale.ROOT, "%.2f", agreement.score().f1());
        String kappa = String.format(Locale.ROOT, "%.2f", agreement.kappa());
        assertThat(vm().reports()).hasSize(1);
        assertThat(view.reportTable().getSelectionModel().getSelectedItem().reportId()).isEqualTo(report);
        assertThat(cellTexts(robot, "#curation-reports")).contains("anna … / ben …", f1, kappa); // neither said done
        assertThat(label(robot, "#curation-header"))
                .isEqualTo("anna vs ben: F1 " + f1 + ", κ " + kappa + ", 3 of 5 decisions agree");
        assertThat(label(robot, "#curation-overall"))
                .isEqualTo("All 1 report(s): F1 " + f1 + ", κ " + kappa + ", 3 of 5 decisions agree");

        // one row per machine figure: 1 and 2 kept by one analyst only, the rest by both
        assertThat(vm().lines()).hasSize(machine);
        Set<Integer> disagreeing = new TreeSet<>(List.of(row(1), row(2), row(3), row(4)));
        for (int i = 0; i < machine; i++) {
            assertThat(vm().lines().get(i).disagrees()).as("row %d", i).isEqualTo(disagreeing.contains(i));
        }
        Set<Integer> shown = shownRows(robot);
        assertThat(shown).hasSizeGreaterThan(10);
        Set<Integer> expectedShown = new TreeSet<>(disagreeing);
        expectedShown.retainAll(shown);
        assertThat(rowsWith(robot, "disagree")).isEqualTo(expectedShown);
        select(robot, row(3));
        assertThat(cell(robot, "a-value", row(3)).getStyleClass()).contains("differs");
        assertThat(cell(robot, "a-unit", row(3)).getStyleClass()).doesNotContain("differs");
        assertThat(cell(robot, "b-growth_pct", row(4)).getStyleClass()).contains("differs");

        // defaults: agreed → A, one side only → that side (to check), differing → undecided
        assertThat(vm().lines().get(row(0)).kept().figure()).isEqualTo(a(0).figure());
        assertThat(vm().lines().get(row(1)).kept().pick()).isEqualTo(CurationLine.Pick.A);
        assertThat(vm().lines().get(row(1)).check()).isTrue();
        assertThat(vm().lines().get(row(2)).kept().figure()).isEqualTo(b(2).figure());
        assertThat(vm().lines().get(row(3)).undecided()).isTrue();
        assertThat(vm().lines().get(row(4)).undecided()).isTrue();
        assertThat(label(robot, "#curation-undecided")).isEqualTo("2 row(s) to decide");
        assertThat(view.saveButton().isDisabled()).isTrue();

        // 2 on the value disagreement takes ben's value; Save waits for the growth disagreement
        select(robot, row(3));
        robot.type(KeyCode.DIGIT2);
        assertThat(vm().lines().get(row(3)).kept().figure()).isEqualTo(b(3).figure());
        assertThat((String) cell(robot, "curated", row(3)).getText()).startsWith("B: ");
        assertThat(view.saveButton().isDisabled()).isTrue();
        assertThat(view.lineTable().getSelectionModel().getSelectedIndex()).isEqualTo(row(4)); // on to the next
        robot.type(KeyCode.DIGIT1);
        assertThat(vm().lines().get(row(4)).kept().figure()).isEqualTo(a(4).figure());
        assertThat(label(robot, "#curation-undecided")).isEqualTo("0 row(s) to decide");
        assertThat(view.saveButton().isDisabled()).isFalse();

        // 0 drops the figure only anna kept
        select(robot, row(1));
        robot.type(KeyCode.DIGIT0);
        assertThat(vm().lines().get(row(1)).kept().pick()).isEqualTo(CurationLine.Pick.DROPPED);

        // Enter edits the agreed figure: a typo is refused in the dialog, a number is kept
        select(robot, row(0));
        robot.type(KeyCode.ENTER);
        TextField value = robot.lookup("#curate-edit-value").queryAs(TextField.class);
        robot.interact(() -> value.setText("12,3x"));
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#curate-edit-value").tryQuery()).isPresent(); // still open
        assertThat(vm().lines().get(row(0)).kept().pick()).isEqualTo(CurationLine.Pick.A);
        robot.interact(() -> value.setText("777"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Figure edited = ReviewService.with(a(0), "value", "777").figure();
        assertThat(vm().lines().get(row(0)).kept()).isEqualTo(new CurationLine.Kept(CurationLine.Pick.EDITED, edited));

        // Ctrl+S: the report's own figures become the kept ones (the store lists them in text order, ties by id)
        List<Figure> expected = new ArrayList<>();
        for (int i = 0; i < machine; i++) {
            CurationLine l = vm().lines().get(i);
            if (i == row(0)) {
                expected.add(edited);
            } else if (i == row(2) || i == row(3)) {
                expected.add(l.b().figure());
            } else if (i != row(1)) {
                expected.add(l.a().figure());
            }
        }
        assertThat(vm().chosen()).containsExactlyElementsOf(expected);
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#curation-error")).isEmpty();
        List<ReviewedFigure> own = workspace.inTransaction(() -> workspace.figures().byReport(report));
        assertThat(own).extracting(ReviewedFigure::figure).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(own).allSatisfy(f -> assertThat(f.status()).isEqualTo(Status.CONFIRMED));

        List<Change> curate = workspace.inTransaction(() -> workspace.changes().all()).stream()
                .filter(c -> c.action().equals("curate")).toList();
        assertThat(curate).extracting(Change::batchId).containsOnly(curate.get(0).batchId());
        assertThat(curate).hasSize(machine + expected.size()) // the machine's figures out, the kept ones in
                .allSatisfy(c -> assertThat(c.analyst()).isEqualTo("lead"));

        assertThat(workspace.inTransaction(() -> workspace.team().curatedBy(report))).contains("lead");
        assertThat(vm().reports().get(0).curated()).isTrue();
        assertThat(cellTexts(robot, "#curation-reports")).contains("✓ lead");
        assertThat(label(robot, "#curation-message")).isEqualTo("Curated " + vm().reports().get(0).title() + ": "
                + expected.size() + " figure(s) kept.");
        assertThat(curatedCalls).containsExactly(report);
    }

    @Test
    void theAssignDialogGivesTheChosenReportsToOneAnalystOrBlindToTwo(FxRobot robot) {
        List<ReportSummary> all = summaries();
        AssignDialog[] dialog = new AssignDialog[1];
        robot.interact(() -> dialog[0] = new AssignDialog(null, all, all.get(2), List.of("anna", "ben")));
        AssignDialog d = dialog[0];
        assertThat(d.reports().getSelectionModel().getSelectedItems()).containsExactly(all.get(2));
        assertThat(d.analyst().getItems()).containsExactly("anna", "ben");
        assertThat(d.validProperty().get()).isFalse(); // no analyst yet

        robot.interact(() -> d.analyst().getEditor().setText("carl"));
        assertThat(d.validProperty().get()).isTrue();
        assertThat(d.request()).contains(new AssignDialog.Request(List.of(all.get(2).report().id()), "carl", ""));
        robot.interact(() -> d.blindWith().getEditor().setText("carl"));
        assertThat(d.validProperty().get()).isFalse(); // blind with oneself is no double annotation
        robot.interact(() -> {
            d.blindWith().getEditor().setText("dora");
            d.reports().getSelectionModel().select(all.get(3));
        });
        AssignDialog.Request blind = d.request().orElseThrow();
        assertThat(blind.reportIds()).containsExactly(all.get(2).report().id(), all.get(3).report().id());

        TeamService team = new TeamService(workspace, EXTRACTOR, "lead", Clock.systemUTC());
        AssignDialog.apply(team, blind);
        AssignDialog.apply(team, new AssignDialog.Request(List.of(all.get(4).report().id()), "carl", ""));
        assertThat(team.blindPairs()).containsEntry(all.get(2).report().id(), List.of("carl", "dora"))
                .containsEntry(all.get(3).report().id(), List.of("carl", "dora"))
                .doesNotContainKey(all.get(4).report().id());
        assertThat(team.assignments()).anySatisfy(a -> {
            assertThat(a.reportId()).isEqualTo(all.get(4).report().id());
            assertThat(a.analyst()).isEqualTo("carl");
            assertThat(a.blind()).isFalse();
        });
    }

    @Test
    void theWorkbenchTeamMenuOpensTheCurationWindow(FxRobot robot) {
        robot.interact(() -> {
            Stage bench = new Stage();
            WorkbenchView wb = ZhibiaoApp.show(bench, org.zhibiao.service.OpenWorkspace.of(workspace), EXTRACTOR, RegionResolver.loadDefault(), "lead",
                    ImmediateFxRunner.create());
            bench.show();
            MenuBar bar = (MenuBar) wb.root().lookup(".menu-bar");
            Menu team = bar.getMenus().stream().filter(m -> "menu-team".equals(m.getId())).findFirst().orElseThrow();
            team.getItems().get(1).fire();
        });
        List<Stage> curation = Window.getWindows().stream().filter(w -> w instanceof Stage s
                && s.getTitle() != null && s.getTitle().startsWith("Curate double annotations")).map(w -> (Stage) w)
                .toList();
        assertThat(curation).hasSize(2); // the one this test class opened, and the one from the menu
        assertThat(curation).allSatisfy(st -> assertThat(st.isShowing()).isTrue());
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != view.root().getScene().getWindow())
                .toList().forEach(Window::hide));
    }

    /** Decides the two rows the analysts read differently, so that the report can be saved. */
    private void decideDisagreements(FxRobot robot) {
        select(robot, row(3));
        robot.type(KeyCode.DIGIT2);
        select(robot, row(4));
        robot.type(KeyCode.DIGIT1);
    }

    /** The dialog with this id, once it shows. */
    private DialogPane dialog(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#" + id).queryAs(DialogPane.class);
    }

    private boolean showing(String id) {
        return Window.getWindows().stream().anyMatch(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().lookup("#" + id) != null);
    }

    @Test
    void theListShowsWhichAnalystSaidTheirVersionIsDone(FxRobot robot) {
        new TeamService(workspace, EXTRACTOR, "anna", Clock.systemUTC()).markDone(report);
        robot.interact(() -> vm().refresh());
        assertThat(vm().reports().get(0).done("anna")).isTrue();
        assertThat(vm().reports().get(0).done("ben")).isFalse();
        assertThat(cellTexts(robot, "#curation-reports")).contains("anna ✓ / ben …");

        new TeamService(workspace, EXTRACTOR, "ben", Clock.systemUTC()).markDone(report);
        robot.interact(() -> vm().refresh());
        assertThat(cellTexts(robot, "#curation-reports")).contains("anna ✓ / ben ✓"); // time to curate
    }

    @Test
    void leavingAReportWithChoicesNotSavedAsksFirst(FxRobot robot) {
        long second = summaries().get(2).report().id();
        new TeamService(workspace, EXTRACTOR, "lead", Clock.systemUTC()).assignBlind(second, "anna", "ben");
        robot.interact(() -> vm().refresh());
        assertThat(vm().reports()).hasSize(2);
        assertThat(vm().selectedProperty().get().reportId()).isEqualTo(report);
        CurationViewModel.PairedReport first = vm().selectedProperty().get();
        CurationViewModel.PairedReport other = vm().reports().stream().filter(r -> r.reportId() == second)
                .findFirst().orElseThrow();
        assertThat(vm().unsavedProperty().get()).as("defaults are no choice").isFalse();

        select(robot, row(3));
        robot.type(KeyCode.DIGIT2);
        assertThat(vm().unsavedProperty().get()).isTrue();

        // another report chosen in the list: asked, and "keep them" stays on this one with the choice made
        robot.interact(() -> view.reportTable().getSelectionModel().select(other));
        DialogPane ask = dialog(robot, CurationPrompts.DISCARD);
        assertThat(ask.getContentText()).isEqualTo("Discard the choices for " + first.title() + "?");
        robot.clickOn("#" + CurationPrompts.DISCARD + "-no");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(CurationPrompts.DISCARD)).isFalse();
        assertThat(vm().selectedProperty().get()).isSameAs(first);
        assertThat(view.reportTable().getSelectionModel().getSelectedItem()).isSameAs(first);
        assertThat(vm().lines().get(row(3)).kept().figure()).isEqualTo(b(3).figure());

        // again, and "discard" goes to the other report
        robot.interact(() -> view.reportTable().getSelectionModel().select(other));
        dialog(robot, CurationPrompts.DISCARD);
        robot.clickOn("#" + CurationPrompts.DISCARD + "-yes");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().selectedProperty().get()).isSameAs(other);
        assertThat(view.reportTable().getSelectionModel().getSelectedItem()).isSameAs(other);
        assertThat(vm().unsavedProperty().get()).isFalse();

        // nothing chosen on this one: back without a question, the earlier choices gone
        robot.interact(() -> view.reportTable().getSelectionModel().select(first));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(CurationPrompts.DISCARD)).isFalse();
        assertThat(vm().selectedProperty().get()).isSameAs(first);
        assertThat(vm().lines().get(row(3)).undecided()).isTrue();
    }

    /** A second curation window on the same workspace, shown. */
    private CurationView openAnother(FxRobot robot) {
        CurationView[] other = new CurationView[1];
        robot.interact(() -> {
            Stage stage = new Stage();
            other[0] = CurationView.show(stage, org.zhibiao.service.OpenWorkspace.of(workspace), EXTRACTOR, "lead", ImmediateFxRunner.create(), id -> { });
            stage.show();
        });
        return other[0];
    }

    /** What the window manager's close button does: a close request, which hides the window unless consumed. */
    private static void requestClose(FxRobot robot, Stage stage) {
        robot.interact(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void closingTheWindowWithChoicesNotSavedAsksFirst(FxRobot robot) {
        CurationView untouched = openAnother(robot);
        Stage first = (Stage) untouched.root().getScene().getWindow();
        requestClose(robot, first); // nothing chosen: closed without a question
        assertThat(showing(CurationPrompts.DISCARD)).isFalse();
        assertThat(first.isShowing()).isFalse();

        CurationView other = openAnother(robot);
        Stage stage = (Stage) other.root().getScene().getWindow();
        robot.interact(() -> other.viewModel().drop(other.viewModel().lines().get(0)));
        requestClose(robot, stage);
        DialogPane ask = dialog(robot, CurationPrompts.DISCARD);
        assertThat(ask.getContentText()).isEqualTo("Discard the choices for " + vm().reports().get(0).title() + "?");
        robot.clickOn("#" + CurationPrompts.DISCARD + "-no");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).as("kept open").isTrue();

        requestClose(robot, stage);
        dialog(robot, CurationPrompts.DISCARD);
        robot.clickOn("#" + CurationPrompts.DISCARD + "-yes");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isFalse();
    }

    @Test
    void savingAReportCuratedBeforeAsksFirst(FxRobot robot) {
        decideDisagreements(robot);
        robot.interact(view::save); // not curated yet: saved without a question
        assertThat(showing(CurationPrompts.AGAIN)).isFalse();
        assertThat(curatedCalls).containsExactly(report);
        assertThat(vm().unsavedProperty().get()).isFalse();
        List<Figure> first = workspace.inTransaction(() -> workspace.figures().byReport(report)).stream()
                .map(ReviewedFigure::figure).toList();
        org.zhibiao.model.Curated before = workspace.inTransaction(() -> workspace.team().curation(report))
                .orElseThrow();
        assertThat(before.by()).isEqualTo("lead");

        // the lead drops a figure and saves again: asked, and "cancel" leaves the report's figures as they were
        select(robot, row(0));
        robot.type(KeyCode.DIGIT0);
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        DialogPane ask = dialog(robot, CurationPrompts.AGAIN);
        assertThat(ask.getHeaderText()).isEqualTo("Already curated by lead at " + FigureConflict.time(before.at())
                + "; curate again?");
        robot.clickOn("#" + CurationPrompts.AGAIN + "-no");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(curatedCalls).containsExactly(report);
        assertThat(workspace.inTransaction(() -> workspace.figures().byReport(report))).extracting(ReviewedFigure::figure)
                .containsExactlyElementsOf(first);
        assertThat(vm().unsavedProperty().get()).isTrue();

        // and "curate again" replaces them
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        dialog(robot, CurationPrompts.AGAIN);
        robot.clickOn("#" + CurationPrompts.AGAIN + "-yes");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(curatedCalls).containsExactly(report, report);
        assertThat(workspace.inTransaction(() -> workspace.figures().byReport(report))).hasSize(first.size() - 1)
                .extracting(ReviewedFigure::figure).doesNotContain(a(0).figure());
        assertThat(workspace.inTransaction(() -> workspace.changes().all()).stream()
                .filter(c -> c.action().equals("curate")).map(Change::batchId).distinct()).hasSize(2);
    }
}
