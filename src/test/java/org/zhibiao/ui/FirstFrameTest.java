package org.zhibiao.ui;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhibiao.extract.Gazetteer;
import org.zhibiao.extract.Lexicon;
import org.zhibiao.extract.RegionResolver;
import org.zhibiao.service.OpenWorkspace;
import org.zhibiao.service.WorkspaceTarget;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's own start on the real scene: the report list, read as the workspace opened, is in the window's first
 * frame while the text and figure panes are only their titles; the panes are built on the pulses after, and only
 * then is the engine begun. A key pressed before the panes exist builds them and is handled.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {

    @TempDir
    static Path dir;

    private Stage stage;
    private final AtomicInteger built = new AtomicInteger();
    private final CompletableFuture<Gazetteer> gazetteer = new CompletableFuture<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeEarly() {
        EarlyOpen.discard();
    }

    private Path workspaceWithOneReport(String name) throws Exception {
        return StartupFixture.workspaceWithOneReport(dir, name);
    }

    private EarlyOpen openEarly(Path file, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--workspace", file.toString()));
        args.addAll(List.of(more));
        EarlyOpen.begin(args, () -> { }, Lexicon::loadDefault, () -> "");
        return EarlyOpen.take(WorkspaceTarget.parse(file.toString())).orElseThrow();
    }

    private EngineSupply engine() {
        return EngineSupply.later(Lexicon.loadDefault(), () -> {
            built.incrementAndGet();
            gazetteer.complete(RegionResolver.loadDefault().gazetteer());
        });
    }

    @Test
    void theReportListIsReadAsTheWorkspaceOpensForTheAnalystNamed() throws Exception {
        Path file = workspaceWithOneReport("ahead");

        EarlyOpen named = openEarly(file, "--analyst", "王敏");
        ReadAhead read = named.readAhead().get(30, TimeUnit.SECONDS);
        assertThat(read.analyst()).isEqualTo("王敏");
        assertThat(read.reports()).hasSize(1);
        assertThat(read.reports().get(0).pending()).isEqualTo(2);
        named.workspace().close();

        EarlyOpen unnamed = openEarly(file); // the app will ask for the name: nothing is read for anyone
        assertThat(unnamed.readAhead().get(30, TimeUnit.SECONDS)).isNull();
        unnamed.workspace().close();
    }

    @Test
    void theFirstFrameHoldsTheReportListAndThePanesFollowBeforeTheEngine(FxRobot robot) throws Exception {
        EarlyOpen early = openEarly(workspaceWithOneReport("first"), "--analyst", "王敏");
        OpenWorkspace ws = early.workspace();
        early.readAhead().get(30, TimeUnit.SECONDS);
        EngineSupply engine = engine();
        WorkbenchView[] view = new WorkbenchView[1];
        boolean[] atFirst = new boolean[3];
        robot.interact(() -> {
            view[0] = ZhibiaoApp.showFirstFrame(stage, ws, engine, gazetteer, "王敏", new FxTaskRunner(), null,
                    early.readAhead());
            stage.show();
            atFirst[0] = view[0].reportTable().getItems().size() == 1;
            atFirst[1] = view[0].panesComplete();
            atFirst[2] = built.get() == 0 && !gazetteer.isDone();
        });
        assertThat(atFirst[0]).as("the report list is in the window as it first shows").isTrue();
        assertThat(atFirst[1]).as("the text and figure panes are not built for the first frame").isFalse();
        assertThat(atFirst[2]).as("nor is the engine").isTrue();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view[0].panesComplete());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view[0].viewModel().figures().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        String gdp = view[0].viewModel().indicatorName("gdp");
        assertThat(robot.lookup("#figures .table-cell").<TableCell<?, ?>>queryAll().stream()
                .map(TableCell::getText).toList()).as("the figures pane, built after, shows the figures by name")
                .contains(gdp);
        assertThat(view[0].textArea().getText()).as("and the text pane the report").contains("地区生产总值");
        assertThat(gazetteer.get(30, TimeUnit.SECONDS).byName("西山县"))
                .as("the engine is begun once the workbench is whole, without anyone asking").isNotNull();
        assertThat(built.get()).isEqualTo(1);
        robot.interact(stage::hide);
        ws.close();
    }

    @Test
    void aReviewKeyPressedBeforeThePanesExistBuildsThemAndIsHandled(FxRobot robot) throws Exception {
        EarlyOpen early = openEarly(workspaceWithOneReport("keys"), "--analyst", "王敏");
        OpenWorkspace ws = early.workspace();
        WorkbenchView[] view = new WorkbenchView[1];
        boolean[] seen = new boolean[3];
        robot.interact(() -> {
            view[0] = ZhibiaoApp.showFirstFrame(stage, ws, engine(), gazetteer, "王敏", new FxTaskRunner(), null,
                    early.readAhead());
            stage.show();
            // the first event after the window showed: before the panes are built after its first frame
            Platform.runLater(() -> {
                seen[0] = view[0].panesComplete();
                boolean[] passedOn = new boolean[1];
                stage.getScene().getRoot().addEventHandler(KeyEvent.KEY_PRESSED, e -> passedOn[0] = true);
                Node focused = stage.getScene().getFocusOwner();
                Event.fireEvent(focused == null ? stage.getScene().getRoot() : focused,
                        new KeyEvent(KeyEvent.KEY_PRESSED, "j", "j", KeyCode.J, false, false, false, false));
                seen[1] = view[0].panesComplete();
                seen[2] = !passedOn[0];
            });
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(seen[0]).isFalse();
        assertThat(seen[1]).as("the key built the panes it works in").isTrue();
        assertThat(seen[2]).as("and was handled there, not left to the report list").isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> stage.getScene().getFocusOwner() == view[0].figureTable());
        robot.interact(stage::hide);
        ws.close();
    }

    @Test
    void aListReadForAnotherAnalystIsReadAgainForThisOne(FxRobot robot) throws Exception {
        Path file = workspaceWithOneReport("other");
        OpenWorkspace ws = WorkspaceTarget.parse(file.toString()).open(Clock.systemUTC());
        CompletableFuture<ReadAhead> forSomeoneElse = CompletableFuture.completedFuture(
                new ReadAhead("李华", 0, List.of()));
        WorkbenchView[] view = new WorkbenchView[1];
        robot.interact(() -> {
            view[0] = ZhibiaoApp.showFirstFrame(stage, ws, engine(), gazetteer, "王敏", new FxTaskRunner(), null,
                    forSomeoneElse);
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view[0].viewModel().reports().size() == 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view[0].panesComplete());
        robot.interact(stage::hide);
        ws.close();
    }
}
