package org.zhibiao.ui;

import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhibiao.extract.Extractor;
import org.zhibiao.extract.RegionResolver;
import org.zhibiao.model.Change;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;
import org.zhibiao.service.ImportService;
import org.zhibiao.model.Progress;
import org.zhibiao.service.ReviewService;
import org.zhibiao.store.TestPostgres;
import org.zhibiao.store.Workspace;
import org.zhibiao.store.WorkspaceAddress;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two analysts on one workspace. anna works in the real workbench, driven through its scene; ben changes figures
 * with the review service the way his own workbench would. The first three tests use a team workspace (a throwaway
 * PostgreSQL database, ben on a second connection; skipped where there is no server, like the store's tests); the
 * others a workspace file, where the "other analyst" is the command line in another process or a second review
 * service. Everything runs on the app's own background runner ({@link FxTaskRunner}), so the waits below are for
 * real asynchronous work.
 */
@ExtendWith(ApplicationExtension.class)
class TeamWorkbenchTest {

    private static final Extractor EXTRACTOR = Extractor.loadDefault();
    private static final RegionResolver REGIONS = RegionResolver.loadDefault();
    private static final Path REPORT = Path.of("seeds/003_a6a8f6c27dc122fe.txt");

    private Stage stage;
    private TestPostgres.Database database;
    private Workspace annaWorkspace;
    private Workspace benWorkspace;
    private ReviewService ben;
    private FxTaskRunner runner;
    private TcpRelay relay;
    private WorkbenchView view;

    @Start
    void start(Stage stage) {
        this.stage = stage; // shown once it has the workbench: a stage shown empty has no place on the screen
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.interact(() -> {
            if (view != null) {
                view.viewModel().close();
            }
        });
        if (runner != null) {
            runner.close();
        }
        for (AutoCloseable c : new AutoCloseable[] {annaWorkspace, benWorkspace, relay, database}) {
            if (c != null) {
                c.close();
            }
        }
        Messages.use(Locale.getDefault());
    }

    /** A team workspace with one report in it (imported by ben), open in anna's workbench. */
    private void openWorkbench(FxRobot robot, boolean throughRelay) throws Exception {
        database = TestPostgres.newDatabase();
        benWorkspace = database.open();
        new ImportService(benWorkspace, EXTRACTOR, "ben", Clock.systemUTC()).importPaths(List.of(REPORT), Progress.NONE);
        ben = new ReviewService(benWorkspace, "ben", Clock.systemUTC());
        if (throughRelay) {
            WorkspaceAddress.Server server = TestPostgres.server();
            relay = new TcpRelay(server.host(), server.port());
            annaWorkspace = Workspace.open(new WorkspaceAddress.Server("127.0.0.1", relay.port(),
                    database.address().database()), Clock.systemUTC());
        } else {
            annaWorkspace = database.open();
        }
        runner = new FxTaskRunner();
        robot.interact(() -> {
            Messages.use(Locale.ENGLISH);
            view = ZhibiaoApp.show(stage, org.zhibiao.service.OpenWorkspace.of(annaWorkspace), EXTRACTOR, REGIONS, "anna", runner);
            stage.show();
        });
        waitUntil(() -> vm().figures().size() == 20);
    }

    private WorkbenchViewModel vm() {
        return view.viewModel();
    }

    private static void waitUntil(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::get).get());
    }

    /**
     * A figure with a number, selected in anna's table with the keyboard there. (A click on the figures pane's title
     * puts the window in front; a click on a cell of the selected row would open its editor.)
     */
    private ReviewedFigure select(FxRobot robot, int nth) throws Exception {
        ReviewedFigure f = WaitForAsyncUtils.asyncFx(() -> vm().figures().stream().filter(x -> x.figure().value() != null)
                .skip(nth).findFirst().orElseThrow()).get();
        robot.clickOn(robot.lookup(".pane-title").lookup((Label l) -> l.getText().equals(Messages.tr("figures.title")))
                .queryAs(Label.class));
        robot.interact(() -> {
            vm().figureProperty().set(f);
            view.figureTable().requestFocus();
        });
        return f;
    }

    /** A figure as the workspace has it (read on ben's connection where there is one). */
    private ReviewedFigure stored(long id) {
        Workspace ws = benWorkspace != null ? benWorkspace : annaWorkspace;
        return ws.inTransaction(() -> ws.figures().byId(id)).orElseThrow();
    }

    private BigDecimal shownValue(long id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> vm().figures().stream().filter(f -> f.id() == id).findFirst()
                .orElseThrow().figure().value()).get();
    }

    private DialogPane conflictDialog(FxRobot robot) throws Exception {
        // the lookup itself waits on the JavaFX thread: poll it from here
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + ConflictDialog.ID).tryQuery().isPresent());
        return robot.lookup("#" + ConflictDialog.ID).queryAs(DialogPane.class);
    }

    @Test
    void aFigureBenChangedMeanwhileIsNotOverwrittenUnseen(FxRobot robot) throws Exception {
        openWorkbench(robot, false);
        ReviewedFigure f = select(robot, 0);

        // anna starts typing a new value; ben saves his before she is done
        robot.type(KeyCode.F2);
        ben.edit(f.id(), "value", "777.7", ReviewService.ANY_VERSION);
        // the workbench sees ben's change while she types, and leaves her editor alone
        waitUntil(() -> vm().messageProperty().get().equals("ben changed 1 figure"));
        assertThat(view.figureTable().getEditingCell()).as("anna is still typing").isNotNull();
        robot.write("888.8").type(KeyCode.ENTER);
        DialogPane dialog = conflictDialog(robot);
        assertThat(dialog.getContentText()).contains("ben changed this figure at").contains("Value is now 777.7")
                .contains("Your value: 888.8");
        javafx.stage.Window first = dialog.getScene().getWindow();
        robot.clickOn("#" + ConflictDialog.KEEP_THEIRS);
        waitUntil(() -> !first.isShowing());
        waitUntil(() -> {
            ReviewedFigure shown = vm().figureProperty().get();
            return shown.id() == f.id() && new BigDecimal("777.7").compareTo(shown.figure().value()) == 0;
        });
        assertThat(stored(f.id()).figure().value()).isEqualByComparingTo("777.7");
        assertThat(stored(f.id()).analyst()).isEqualTo("ben");

        // again, and this time anna's value goes over ben's
        select(robot, 0);
        robot.type(KeyCode.F2);
        ben.edit(f.id(), "value", "666.6", ReviewService.ANY_VERSION);
        robot.write("999.9").type(KeyCode.ENTER);
        dialog = conflictDialog(robot);
        assertThat(dialog.getContentText()).contains("ben").contains("Value is now 666.6").contains("Your value: 999.9");
        javafx.stage.Window second = dialog.getScene().getWindow();
        robot.clickOn("#" + ConflictDialog.USE_MINE);
        waitUntil(() -> !second.isShowing());
        waitUntil(() -> stored(f.id()).analyst().equals("anna"));
        ReviewedFigure saved = stored(f.id());
        assertThat(saved.figure().value()).isEqualByComparingTo("999.9");
        assertThat(saved.status()).isEqualTo(Status.CORRECTED);
        waitUntil(() -> {
            try {
                return new BigDecimal("999.9").compareTo(shownValue(f.id())) == 0;
            } catch (Exception e) {
                return false;
            }
        });

        // the log holds ben's two values and anna's one over the second; her refused 888.8 was never written
        List<Change> values = benWorkspace.inTransaction(() -> benWorkspace.changes().forFigure(f.id())).stream()
                .filter(c -> c.field().equals("value")).toList();
        assertThat(values).extracting(Change::analyst, Change::oldValue, Change::newValue).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ben", ReviewService.get(f, "value"), "777.7"),
                org.assertj.core.groups.Tuple.tuple("ben", "777.7", "666.6"),
                org.assertj.core.groups.Tuple.tuple("anna", "666.6", "999.9"));
    }

    @Test
    void bensChangesAppearInAnnasWorkbenchWithinSeconds(FxRobot robot) throws Exception {
        openWorkbench(robot, false);
        ReviewedFigure f = select(robot, 1);
        ReviewedFigure other = select(robot, 0); // anna is on another figure of the same report
        int pendingBefore = vm().reportProperty().get().pending();

        long before = System.nanoTime();
        ben.edit(f.id(), "value", "4242", ReviewService.ANY_VERSION);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> new BigDecimal("4242").compareTo(shownValue(f.id())) == 0);
        long millis = (System.nanoTime() - before) / 1_000_000;
        System.out.println("ben's change shown in anna's table after " + millis + " ms");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().figureProperty().get().id()).as("anna's selection is kept").isEqualTo(other.id());
        assertThat(robot.lookup("#figures .table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .anySatisfy(cell -> assertThat(cell.getText()).isEqualTo("4242"));
        assertThat(robot.lookup("#message").queryAs(Label.class).getText()).isEqualTo("ben changed 1 figure");
        waitUntil(() -> vm().reports().get(0).pending() == pendingBefore - 1); // the report list counts follow

        // a report ben imports shows up in anna's report list
        new ImportService(benWorkspace, EXTRACTOR, "ben", Clock.systemUTC())
                .importPaths(List.of(Path.of("seeds/004_730362b3f4dad76a.txt")), Progress.NONE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> view.reportTable().getItems().size()).get() == 2);
        assertThat(vm().figureProperty().get().id()).isEqualTo(other.id());
        assertThat(view.reportTable().getSelectionModel().getSelectedItem().report().id())
                .isEqualTo(vm().reportProperty().get().report().id());
    }

    @Test
    void editsMadeWhileTheServerIsUnreachableAreKeptAndSavedWhenItReturns(FxRobot robot) throws Exception {
        openWorkbench(robot, true);
        ReviewedFigure edited = select(robot, 0);
        ReviewedFigure accepted = select(robot, 1);
        Label banner = robot.lookup("#connection-banner").queryAs(Label.class);
        assertThat(banner.isVisible()).isFalse();

        relay.cut();
        select(robot, 0);
        robot.type(KeyCode.F2).write("5555").type(KeyCode.ENTER);
        waitUntil(() -> vm().pendingEdits() == 1);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).isEqualTo("Connection to the team workspace lost — your change is kept and "
                + "will be saved when it returns. Retrying…");
        assertThat(shownValue(edited.id())).as("the table shows anna's value meanwhile").isEqualByComparingTo("5555");

        // she keeps working: the next decision waits behind the first
        select(robot, 1);
        robot.type(KeyCode.A);
        waitUntil(() -> vm().pendingEdits() == 2);
        assertThat(banner.getText()).contains("your 2 changes are kept");

        Thread.sleep(ChangeWatcher.EVERY.toMillis() * 2 + 500); // two looks at the server, both failed
        assertThat(vm().pendingEdits()).isEqualTo(2);
        assertThat(stored(edited.id()).figure().value()).isEqualByComparingTo(edited.figure().value());
        assertThat(stored(accepted.id()).status()).isEqualTo(Status.PENDING);

        relay.restore();
        waitUntil(() -> !banner.isVisible());
        assertThat(vm().pendingEdits()).isZero();
        ReviewedFigure value = stored(edited.id());
        assertThat(value.figure().value()).isEqualByComparingTo("5555");
        assertThat(value.analyst()).isEqualTo("anna");
        assertThat(stored(accepted.id()).status()).isEqualTo(Status.CONFIRMED);
        List<Change> annas = benWorkspace.inTransaction(() -> benWorkspace.changes().all()).stream()
                .filter(c -> c.analyst().equals("anna")).toList();
        assertThat(annas).extracting(Change::figureId, Change::field, Change::newValue).containsExactly( // in order
                org.assertj.core.groups.Tuple.tuple(edited.id(), "value", "5555"),
                org.assertj.core.groups.Tuple.tuple(edited.id(), "status", "corrected"),
                org.assertj.core.groups.Tuple.tuple(accepted.id(), "status", "confirmed"));
        assertThat(robot.lookup("#message").queryAs(Label.class).getText())
                .isEqualTo("The connection is back and your kept changes are saved.");
    }

    @Test
    void onAWorkspaceFileTheCommandLineBesideTheAppIsSeenToo(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("desk");
        annaWorkspace = Workspace.open(file);
        new ImportService(annaWorkspace, EXTRACTOR, "anna", Clock.systemUTC()).importPaths(List.of(REPORT), Progress.NONE);
        runner = new FxTaskRunner();
        robot.interact(() -> {
            Messages.use(Locale.ENGLISH);
            view = ZhibiaoApp.show(stage, org.zhibiao.service.OpenWorkspace.of(annaWorkspace), EXTRACTOR, REGIONS, "anna", runner);
            stage.show();
        });
        waitUntil(() -> vm().figures().size() == 20);
        ReviewedFigure shown = vm().figureProperty().get();

        // another process, under the same analyst name: told apart by its change batches, not by the name
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process cli = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), "org.zhibiao.Main", "import",
                "--workspace", file.toString(), "--analyst", "anna", "seeds/004_730362b3f4dad76a.txt")
                .redirectErrorStream(true).start();
        String out = new String(cli.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(cli.exitValue()).as(out).isZero();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> view.reportTable().getItems().size()).get() == 2);
        assertThat(robot.lookup("#message").queryAs(Label.class).getText()).startsWith("anna changed");
        assertThat(vm().figureProperty().get().id()).isEqualTo(shown.id());
    }

    @Test
    void aReportAssignedBlindShowsTheAnalystsOwnCopy(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        annaWorkspace = Workspace.open(dir.resolve("blind"));
        new ImportService(annaWorkspace, EXTRACTOR, "lead", Clock.systemUTC()).importPaths(List.of(REPORT), Progress.NONE);
        long reportId = annaWorkspace.inTransaction(() -> annaWorkspace.reports().summaries()).get(0).report().id();
        new org.zhibiao.service.TeamService(annaWorkspace, EXTRACTOR, "lead", Clock.systemUTC())
                .assignBlind(reportId, "anna", "ben");
        List<Long> annasCopy = annaWorkspace.inTransaction(() -> annaWorkspace.figures().byReport(reportId, "anna"))
                .stream().map(ReviewedFigure::id).toList();
        runner = new FxTaskRunner();
        robot.interact(() -> {
            Messages.use(Locale.ENGLISH);
            view = ZhibiaoApp.show(stage, org.zhibiao.service.OpenWorkspace.of(annaWorkspace), EXTRACTOR, REGIONS, "anna", runner);
            stage.show();
        });
        waitUntil(() -> vm().figures().size() == annasCopy.size());
        assertThat(vm().figures()).extracting(ReviewedFigure::id).containsExactlyElementsOf(annasCopy);
        Label note = robot.lookup("#blind-note").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).startsWith("Blind annotation");

        ReviewedFigure f = select(robot, 0);
        robot.type(KeyCode.A);
        waitUntil(() -> stored(f.id()).status() == Status.CONFIRMED);
        assertThat(annaWorkspace.inTransaction(() -> annaWorkspace.figures().byReport(reportId)))
                .as("the report's own figures are untouched").allSatisfy(g -> assertThat(g.status()).isEqualTo(Status.PENDING));

        // ben works on his copy meanwhile: nothing of it reaches anna
        ReviewedFigure bens = annaWorkspace.inTransaction(() -> annaWorkspace.figures().byReport(reportId, "ben")).get(0);
        new ReviewService(annaWorkspace, "ben", Clock.systemUTC()).edit(bens.id(), "value", "31337", ReviewService.ANY_VERSION);
        Thread.sleep(ChangeWatcher.EVERY.toMillis() + 1500);
        assertThat(robot.lookup("#message").queryAs(Label.class).getText()).doesNotContain("ben");
        assertThat(vm().figures()).extracting(ReviewedFigure::id).containsExactlyElementsOf(annasCopy);
    }

    @Test
    void undoNeverRevertsWhatBenChangedSince(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        annaWorkspace = Workspace.open(dir.resolve("undo"));
        new ImportService(annaWorkspace, EXTRACTOR, "lead", Clock.systemUTC()).importPaths(List.of(REPORT), Progress.NONE);
        runner = new FxTaskRunner();
        robot.interact(() -> {
            Messages.use(Locale.ENGLISH);
            view = ZhibiaoApp.show(stage, org.zhibiao.service.OpenWorkspace.of(annaWorkspace), EXTRACTOR, REGIONS, "anna", runner);
            stage.show();
        });
        waitUntil(() -> vm().figures().size() == 20);
        ReviewedFigure f = select(robot, 0);
        robot.type(KeyCode.A);
        waitUntil(() -> stored(f.id()).status() == Status.CONFIRMED);
        // ben (another workbench on the same file) corrects it after anna accepted it
        new ReviewService(annaWorkspace, "ben", Clock.systemUTC()).edit(f.id(), "value", "120.5", ReviewService.ANY_VERSION);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> vm().errorProperty().get().startsWith("Not undone: ben changed this figure at"));
        assertThat(vm().errorProperty().get()).endsWith("Nothing was reverted.");
        ReviewedFigure now = stored(f.id());
        assertThat(now.analyst()).isEqualTo("ben");
        assertThat(now.figure().value()).isEqualByComparingTo("120.5");
        assertThat(now.status()).isEqualTo(Status.CORRECTED);
        assertThat(annaWorkspace.inTransaction(() -> annaWorkspace.changes().forFigure(f.id())))
                .noneMatch(c -> c.action().startsWith("revert"));
    }
}
