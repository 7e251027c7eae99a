package org.zhibiao.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhibiao.extract.Extractor;
import org.zhibiao.extract.RegionResolver;
import org.zhibiao.service.UserFolders;
import org.zhibiao.service.OpenWorkspace;
import org.zhibiao.service.WorkspaceFailures;
import org.zhibiao.service.WorkspaceBackups;
import org.zhibiao.service.WorkspaceTarget;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.zhibiao.ui.Messages.tr;

/**
 * The desktop app. {@code zhibiao.jar} opens the default workspace (created with the five sample reports on first
 * run); {@code zhibiao.jar --workspace FILE [--analyst NAME]} opens (or creates) that one, and
 * {@code --workspace postgresql://HOST[:PORT]/DB} a team workspace on a server (also File ▸ Open team workspace…). The analyst's name is
 * asked once and remembered. With {@code -Dzhibiao.startupProbe=true} (or {@code =exit}) it prints
 * {@code zhibiao.startupProbe shown=EPOCH_MS jvmStart=EPOCH_MS} once the workbench's report list is first on
 * screen, and where the start spent its time once the whole workbench is (and then quits): {@link StartupProbe}.
 */
public final class ZhibiaoApp extends Application {

    public static final String TITLE = "Zhibiao";
    private static final Logger LOG = LoggerFactory.getLogger(ZhibiaoApp.class);

    private FxTaskRunner runner;
    private OpenWorkspace workspace;
    private WorkbenchView view;
    private AppSettings settings;
    private Stage stage;
    private String analyst;
    private String fontNotice;
    private boolean fontLooked;

    /** Runs once JavaFX is up, before {@link #start}: the Chinese font starts loading beside the first window. */
    @Override
    public void init() {
        EarlyFonts.begin();
        EarlyTheme.begin();
    }

    @Override
    public void start(Stage stage) {
        StartupSteps.mark("fxStart");
        this.stage = stage;
        settings = AppSettings.user();
        Locale locale = settings.locale();
        if (!"system".equals(settings.language())) {
            Locale.setDefault(locale); // JavaFX's own dialog buttons follow the default locale
        }
        Messages.use(locale);
        Path log = GuiLog.start(UserFolders.logs()); // begun before JavaFX started (EarlyOpen): usually there already
        LOG.info("Zhibiao {} starting; Java {}, JavaFX {}, locale {}, log {}", AppDialogs.version(),
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version"), locale, log);
        StartupSteps.mark("settings");
        // decoded by JavaFX's image loader thread: the window manager gets the icon a moment later, the FX thread
        // does not wait for it
        stage.getIcons().add(new Image(ZhibiaoApp.class.getResource("zhibiao.png").toExternalForm(), true));
        stage.setTitle(TITLE);
        List<String> args = getParameters() == null ? List.of() : getParameters().getRaw();
        if (LaunchOptions.option(args, "--analyst").isEmpty() && settings.analyst().isBlank()) {
            showOpening(); // the question for the analyst's name comes first, over the window
        } else {
            // the window shows with the workbench when the workspace opened while JavaFX started: one layout of the
            // window instead of two; the placeholder only when the workbench takes longer than a moment
            javafx.animation.PauseTransition moment = new javafx.animation.PauseTransition(javafx.util.Duration.millis(400));
            moment.setOnFinished(e -> showOpening());
            moment.play();
        }

        Optional<String> named = LaunchOptions.option(args, "--workspace");
        WorkspaceTarget address;
        try {
            address = named.map(WorkspaceTarget::parse).orElseGet(WorkspaceTarget::defaultWorkspace);
        } catch (IllegalArgumentException e) {
            EarlyTheme.use();
            AppDialogs.alert(stage, e.getMessage());
            Platform.exit();
            return;
        }
        Optional<EarlyOpen> early = EarlyOpen.peek(address);
        boolean firstRun = early.isPresent() ? early.get().firstRun()
                : named.isEmpty() && address.localFile().filter(f -> !Files.exists(f)).isPresent();
        analyst = LaunchOptions.option(args, "--analyst").orElseGet(() -> {
            EarlyTheme.use();
            return askAnalyst(stage, settings);
        });
        runner = new FxTaskRunner();
        open(address, firstRun);
        // the theme last: it was being read on a thread of its own meanwhile; the window is shown after this
        EarlyTheme.use();
        StartupSteps.mark("theme");
    }

    /** The window with a line saying the workspace is being opened, while it takes longer than a moment. */
    private void showOpening() {
        if (stage.isShowing()) {
            return;
        }
        Label opening = new Label(tr("app.opening"));
        opening.setId("welcome");
        BorderPane placeholder = new BorderPane(opening);
        placeholder.setPadding(new Insets(24));
        stage.setScene(new Scene(placeholder, 1366, 768));
        showWindow();
    }

    /**
     * The family for Chinese text in the UI, from {@link EarlyFonts} (looked up while the window was being built);
     * the first time, says in the log which, or on the status line that there is none.
     */
    private String chineseFont() {
        Optional<String> font = EarlyFonts.family();
        if (!fontLooked) {
            fontLooked = true;
            if (font.isEmpty()) {
                fontNotice = tr("app.fontMissing");
                LOG.warn("no font for Chinese text found among {} families", javafx.scene.text.Font.getFamilies().size());
            } else {
                LOG.info("Chinese text font: {}", font.get());
            }
        }
        return font.orElse(null);
    }

    /**
     * A damaged workspace is refused untouched; the analyst is offered its newest backup in its place (the damaged
     * file is kept in the backups folder). Returns whether they chose it.
     */
    private boolean offerRestore(Path file, String said) {
        List<WorkspaceBackups.Backup> backups = new WorkspaceBackups(file).list();
        if (backups.isEmpty()) {
            return false;
        }
        WorkspaceBackups.Backup newest = backups.get(0);
        String when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(newest.takenAt().atZone(java.time.ZoneId.systemDefault()));
        return AppDialogs.confirm(stage, tr("app.damaged.title"), tr("app.damaged.offer", said, when),
                tr("app.damaged.restore"));
    }

    private void restoreAndOpen(WorkspaceTarget address) {
        Path file = address.localFile().orElseThrow();
        runner.run(() -> {
            WorkspaceBackups b = new WorkspaceBackups(file);
            return b.restore(b.list().get(0));
        }, kept -> {
            LOG.info("workspace {} restored from its newest backup; the damaged file is kept as {}", file, kept);
            open(address, false);
        }, e -> {
            LOG.error("restore of {} failed", file, e);
            AppDialogs.alert(stage, WorkspaceFailures.say(e, Messages.locale()));
            if (workspace == null) {
                Platform.exit();
            }
        });
    }

    /** Opens a workspace (a file or a server database) off the FX thread and shows it, closing the one shown before. */
    private void open(WorkspaceTarget address, boolean firstRun) {
        if (view != null && !view.confirmDiscardPending()) {
            return;
        }
        OpenWorkspace previous = workspace;
        if (view != null) {
            view.viewModel().close(); // no more looks at the workspace about to close
        }
        // the one shown stays open until the new one is: a mistyped server address must not close the analyst's work;
        // except the same file again, which H2 would shut down under the new connection when the old one closes
        boolean same = previous != null && previous.target().equals(address);
        Optional<EarlyOpen> early = EarlyOpen.take(address);
        runner.run(() -> {
            if (same) {
                previous.close();
            }
            // the workspace and the lexicon (which names the figures) are all the workbench waits for; on the first
            // open they were begun before JavaFX started. The rest of the engine is built after the window shows.
            var lexicon = early.isPresent() ? null
                    : Background.supply("zhibiao-lexicon", () -> org.zhibiao.service.Dictionary.user().lexicon());
            OpenWorkspace ws = early.isPresent() ? early.get().workspace() : address.open(Clock.systemUTC());
            if (previous != null && !same) {
                previous.close();
            }
            return new Object[] {ws, early.isPresent() ? early.get().lexicon() : lexicon.get(),
                    early.map(EarlyOpen::readAhead).orElse(null)};
        }, loaded -> {
            StartupSteps.mark("opened");
            workspace = (OpenWorkspace) loaded[0];
            if (workspace.file() != null) {
                settings.addRecent(workspace.file());
            } else {
                settings.setLastTeamWorkspace(workspace.display());
            }
            Messages.use(settings.locale()); // a language chosen in preferences applies from this window on
            var gazetteer = new java.util.concurrent.CompletableFuture<org.zhibiao.extract.Gazetteer>();
            EngineSupply engine = EngineSupply.later((org.zhibiao.extract.Lexicon) loaded[1], () -> {
                try {
                    gazetteer.complete(RegionResolver.loadDefault().gazetteer());
                } catch (RuntimeException e) {
                    gazetteer.completeExceptionally(e);
                }
            });
            // the engine is begun once the whole workbench is laid out: on two cores it would slow the window down
            @SuppressWarnings("unchecked")
            var ahead = (java.util.concurrent.CompletableFuture<ReadAhead>) loaded[2];
            view = showFirstFrame(stage, workspace, engine, gazetteer, analyst, runner, chineseFont(), ahead);
            showWindow();
            view.setHost(host());
            LOG.info("opened workspace {}", workspace.display());
            if (fontNotice != null) {
                view.viewModel().errorProperty().set(fontNotice);
            }
            if (firstRun) {
                importSamples(view.viewModel(), workspace.file());
            }
        }, e -> {
            LOG.error("cannot open workspace {}", address.display(), e);
            showWindow();
            String said = WorkspaceFailures.say(e, Messages.locale());
            if (WorkspaceFailures.damaged(e) && address.localFile().isPresent()
                    && offerRestore(address.localFile().get(), said)) {
                restoreAndOpen(address);
                return;
            }
            AppDialogs.alert(stage, tr("app.openFailed", address.display(), said));
            if (previous == null) {
                Platform.exit();
            } else if (same) {
                // the previous workspace is closed by now: say so rather than leave a workbench on a closed one
                workspace = null;
                view = null;
                showClosed();
            } else {
                view.viewModel().watch(); // still on the previous workspace
            }
        });
    }

    private void importSamples(WorkbenchViewModel vm, Path file) {
        try {
            List<Path> samples = SampleReports.copyToTemp();
            vm.messageProperty().set(tr("app.firstRunImporting", file));
            vm.importFiles(samples, summary -> {
                vm.messageProperty().set(tr("app.firstRun", file));
                LOG.info("first run: workspace {} created, {} sample reports imported", file, summary.imported().size());
            });
        } catch (java.io.IOException e) {
            LOG.warn("sample reports not imported: {}", e.getMessage());
            vm.messageProperty().set(tr("app.firstRun", file));
        }
    }

    private void showWindow() {
        if (!stage.isShowing()) {
            StartupSteps.mark(view == null ? "opening" : "show");
            stage.show();
        }
    }

    private WorkbenchView.Host host() {
        return new WorkbenchView.Host() {
            @Override
            public void openWorkspace(Path file) {
                open(WorkspaceTarget.file(file), false);
            }

            @Override
            public void openTeamWorkspace(String address) {
                WorkspaceTarget a;
                try {
                    a = WorkspaceTarget.parse(address);
                } catch (IllegalArgumentException e) {
                    AppDialogs.alert(stage, WorkspaceFailures.say(e, Messages.locale()));
                    return;
                }
                open(a, false);
            }

            @Override
            public String lastTeamWorkspace() {
                return settings.lastTeamWorkspace();
            }

            @Override
            public List<Path> recentWorkspaces() {
                return settings.recent();
            }

            @Override
            public void showPreferences() {
                if (AppDialogs.preferences(stage, settings)) {
                    view.viewModel().messageProperty().set(tr("preferences.saved") + " " + tr("preferences.restartNote"));
                }
            }

            @Override
            public void showLogFolder() {
                view.viewModel().messageProperty().set(tr("help.logFolderMessage", UserFolders.logs()));
                AppDialogs.showLogFolder(stage, getHostServices(), UserFolders.logs());
            }

            @Override
            public void showAbout() {
                AppDialogs.about(stage, workspace.display(), settings.file(), UserFolders.logs());
            }

            @Override
            public Path exportFolder() {
                return settings.exportFolder();
            }

            @Override
            public void openFile(Path file) {
                try {
                    getHostServices().showDocument(file.toUri().toString());
                } catch (RuntimeException e) {
                    view.viewModel().messageProperty().set(file.toString());
                }
            }
        };
    }

    /** Puts the workbench for an open workspace into a stage; also what UI tests call. */
    public static WorkbenchView show(Stage stage, OpenWorkspace ws, Extractor extractor, RegionResolver regions,
                                     String analyst, TaskRunner runner) {
        return show(stage, ws, EngineSupply.ready(extractor),
                java.util.concurrent.CompletableFuture.completedFuture(regions.gazetteer()), analyst, runner);
    }

    /** The same with an engine and a gazetteer that may still be being built: the window does not wait for them. */
    static WorkbenchView show(Stage stage, OpenWorkspace ws, EngineSupply engine,
                              java.util.concurrent.CompletableFuture<org.zhibiao.extract.Gazetteer> gazetteer,
                              String analyst, TaskRunner runner) {
        WorkbenchView view = new WorkbenchView(viewModel(ws, engine, analyst, runner), gazetteer);
        put(stage, ws, view, engine, runner, null);
        runner.afterThisEvent(() -> view.figureTable().requestFocus());
        return view;
    }

    /**
     * The app's own workbench: the window's first frame shows the menus, the report list and the status bar, the
     * text and figure panes are built on the pulses after ({@link FirstFrame}); the engine is begun once they are
     * laid out. {@code fontFamily} (nullable) is the Chinese UI font, styled before the first frame: a style set on
     * the root after it styles the whole window again.
     */
    static WorkbenchView showFirstFrame(Stage stage, OpenWorkspace ws, EngineSupply engine,
                                        java.util.concurrent.CompletableFuture<org.zhibiao.extract.Gazetteer> gazetteer,
                                        String analyst, TaskRunner runner, String fontFamily,
                                        java.util.concurrent.CompletableFuture<ReadAhead> readAhead) {
        WorkbenchView view = WorkbenchView.firstFrame(viewModel(ws, engine, analyst, runner), gazetteer);
        if (fontFamily != null) {
            view.root().setStyle("-fx-font-family: \"" + fontFamily + "\";");
        }
        Scene scene = put(stage, ws, view, engine, runner, readAhead);
        // the review keys work from the first frame: the focus is kept out of the report filter (JavaFX gives it to
        // the first field of a window), and the first key builds the figures pane if it is not there yet
        runner.afterThisEvent(() -> view.reportTable().requestFocus());
        FirstFrame.follow(scene, view, StartupProbe::shown, () -> {
            if (scene.getFocusOwner() == null || scene.getFocusOwner() == view.reportTable()) {
                view.figureTable().requestFocus(); // where the review starts, unless the analyst went elsewhere
            }
            engine.begin();
            StartupSteps.mark("complete");
        });
        StartupProbe.follow(scene, view);
        return view;
    }

    private static WorkbenchViewModel viewModel(OpenWorkspace ws, EngineSupply engine, String analyst, TaskRunner runner) {
        return new WorkbenchViewModel(WorkbenchServices.of(ws, analyst, Clock.systemUTC()), engine, runner,
                Clock.systemUTC());
    }

    /**
     * Puts a workbench into the stage, ties its view model's life to it, and starts reading the workspace, or takes
     * what was read as it opened ({@code readAhead}, nullable).
     */
    private static Scene put(Stage stage, OpenWorkspace ws, WorkbenchView view, EngineSupply engine, TaskRunner runner,
                             java.util.concurrent.CompletableFuture<ReadAhead> readAhead) {
        StartupSteps.mark("built");
        WorkbenchViewModel vm = view.viewModel();
        view.useWhy(new WhyViewModel(ws.explain(engine), runner, Messages.locale()));
        Scene scene = new Scene(view.root(), 1366, 768);
        view.installKeys(scene);
        stage.setScene(scene);
        stage.setTitle(TITLE + " — " + ws.name() + " (" + ws.display() + ")");
        // looking for others' changes ends with this workbench: another one took the window, or the window closed
        scene.windowProperty().addListener((o, was, now) -> {
            if (now == null) {
                vm.close();
            }
        });
        stage.setOnHidden(e -> vm.close());
        stage.setOnCloseRequest(e -> {
            if (stage.getScene() == scene && !view.confirmDiscardPending()) {
                e.consume();
            }
        });
        if (readAhead == null) {
            vm.watch();
            vm.load();
        } else {
            vm.watchAndLoad(readAhead);
        }
        return scene;
    }

    /**
     * The analyst's name, asked on the first run. Closing the question (Esc, the window's close box) keeps the app
     * open under the computer's user name, not saved, so the question comes again next time; an app that vanished
     * on Esc lost the analyst at the first step.
     */
    static String askAnalyst(Stage owner, AppSettings settings) {
        if (!settings.analyst().isBlank()) {
            return settings.analyst();
        }
        TextInputDialog d = new TextInputDialog(System.getProperty("user.name", ""));
        d.initOwner(owner);
        d.setTitle(tr("analyst.title"));
        d.setHeaderText(tr("analyst.header"));
        d.setContentText(tr("analyst.label"));
        d.getEditor().setId("analyst-name");
        Optional<String> name = d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
        name.ifPresent(settings::setAnalyst);
        return name.orElseGet(ZhibiaoApp::unnamedAnalyst);
    }

    /** Who works when no name was given: the computer's user, else a word of the bundle. */
    static String unnamedAnalyst() {
        String user = System.getProperty("user.name", "").strip();
        return user.isEmpty() ? tr("analyst.unnamed") : user;
    }


    /** What the window shows when the workspace it showed is closed and another could not be opened. */
    private void showClosed() {
        Label closed = new Label(tr("app.noWorkspace"));
        closed.setWrapText(true);
        BorderPane pane = new BorderPane(closed);
        pane.setPadding(new Insets(24));
        stage.setScene(new Scene(pane, 1366, 768));
        stage.setTitle(TITLE);
    }

    @Override
    public void stop() {
        EarlyOpen.discard();
        if (view != null) {
            view.viewModel().close();
        }
        if (workspace != null) {
            workspace.close();
        }
        if (runner != null) {
            runner.close();
        }
    }
}
