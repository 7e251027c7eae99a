package org.zhibiao.ui;

import javafx.scene.control.TableView;
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
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.service.OpenWorkspace;
import org.zhibiao.store.WorkspaceException;
import org.zhibiao.service.WorkspaceTarget;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the desktop app starts quickly, on a real workspace file and the real scene: the workspace opens while JavaFX
 * starts (EarlyOpen), and the workbench shows, its figures named, before the rest of the engine is built
 * (EngineSupply); the engine is built when begun or first needed, and the gazetteer after it.
 */
@ExtendWith(ApplicationExtension.class)
class StartupTest {

    @TempDir
    static Path dir;

    private Stage stage;
    private final AtomicInteger built = new AtomicInteger();

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

    @Test
    void theWorkspaceNamedOnTheCommandLineIsOpenedEarlyAndHandedOverOnce() throws Exception {
        Path file = workspaceWithOneReport("early");
        AtomicInteger logs = new AtomicInteger();
        EarlyOpen.begin(List.of("--workspace", file.toString(), "--analyst", "王敏"), logs::incrementAndGet,
                Lexicon::loadDefault);
        WorkspaceTarget address = WorkspaceTarget.parse(file.toString());

        assertThat(EarlyOpen.take(WorkspaceTarget.parse(dir.resolve("another").toString()))).isEmpty();
        EarlyOpen early = EarlyOpen.take(address).orElseThrow();
        assertThat(EarlyOpen.take(address)).as("handed over once").isEmpty();
        assertThat(early.firstRun()).isFalse();
        try (OpenWorkspace ws = early.workspace()) {
            assertThat(ws.queries().summaries()).hasSize(1);
            assertThat(early.lexicon().indicators()).containsKey("gdp");
        }
        assertThat(logs.get()).as("the log is started before the workspace opens").isEqualTo(1);
    }

    @Test
    void aDamagedWorkspaceOpenedEarlyFailsAsTheAppWouldHaveSeenIt() throws Exception {
        Path file = workspaceWithOneReport("damaged");
        Path db = WorkspaceTarget.fileOf(file);
        byte[] bytes = Files.readAllBytes(db);
        java.util.Arrays.fill(bytes, 0, Math.min(bytes.length, 8192), (byte) 0x5a);
        Files.write(db, bytes);
        EarlyOpen.begin(List.of("--workspace", file.toString()), () -> { }, Lexicon::loadDefault);

        EarlyOpen early = EarlyOpen.take(WorkspaceTarget.parse(file.toString())).orElseThrow();
        assertThatThrownBy(early::workspace).isInstanceOf(WorkspaceException.class);
        assertThat(Files.readAllBytes(db)).as("the damaged file is left as it was").isEqualTo(bytes);
    }

    @Test
    void theWorkbenchShowsItsFiguresByNameBeforeTheEngineIsBuilt(FxRobot robot) throws Exception {
        Path file = workspaceWithOneReport("shown");
        OpenWorkspace ws = WorkspaceTarget.parse(file.toString()).open(Clock.systemUTC());
        CompletableFuture<Gazetteer> gazetteer = new CompletableFuture<>();
        Lexicon lexicon = Lexicon.loadDefault();
        EngineSupply engine = EngineSupply.later(lexicon, () -> {
            built.incrementAndGet();
            gazetteer.complete(RegionResolver.loadDefault().gazetteer());
        });
        WorkbenchView[] view = new WorkbenchView[1];
        robot.interact(() -> {
            view[0] = ZhibiaoApp.show(stage, ws, engine, gazetteer, "王敏", new FxTaskRunner());
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view[0].viewModel().figures().size() == 2);

        assertThat(built.get()).as("nothing asked for the engine yet").isZero();
        assertThat(gazetteer).isNotDone();
        TableView<ReviewedFigure> table = view[0].figureTable();
        WaitForAsyncUtils.waitForFxEvents();
        String gdp = view[0].viewModel().indicatorName("gdp");
        assertThat(gdp).isNotEqualTo("gdp");
        assertThat(robot.from(table).lookup(".table-cell").queryAll().stream()
                .map(c -> ((javafx.scene.control.TableCell<?, ?>) c).getText()).toList())
                .as("figures named by the lexicon, not by their codes").contains(gdp).doesNotContain("gdp");
        assertThat(table.getItems()).hasSize(2);

        engine.begin();
        assertThat(gazetteer.get(30, TimeUnit.SECONDS).byName("西山县")).isNotNull();
        assertThat(view[0].viewModel().extractor().lexicon()).isSameAs(lexicon);
        assertThat(built.get()).as("built once").isEqualTo(1);
        robot.interact(stage::hide);
        ws.close();
    }
}
