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
import org.zhibiao.extract.Extractor;
import org.zhibiao.extract.RegionResolver;
import org.zhibiao.store.Workspace;
import org.zhibiao.store.WorkspaceLocation;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The desktop app. {@code zhibiao.jar} opens the default workspace; {@code zhibiao.jar --workspace FILE
 * [--analyst NAME]} opens (or creates) that one. The analyst's name is asked once and remembered.
 */
public final class ZhibiaoApp extends Application {

    public static final String TITLE = "Zhibiao";

    private FxTaskRunner runner;
    private Workspace workspace;

    @Override
    public void start(Stage stage) {
        stage.getIcons().add(new Image(ZhibiaoApp.class.getResourceAsStream("zhibiao.png")));
        stage.setTitle(TITLE);
        Label opening = new Label("Opening the workspace…");
        opening.setId("welcome");
        BorderPane placeholder = new BorderPane(opening);
        placeholder.setPadding(new Insets(24));
        stage.setScene(new Scene(placeholder, 1366, 768));
        stage.show();

        List<String> args = getParameters() == null ? List.of() : getParameters().getRaw();
        Path file = option(args, "--workspace").map(Path::of).orElse(WorkspaceLocation.defaultWorkspace());
        String analyst = option(args, "--analyst").orElseGet(() -> askAnalyst(stage));
        if (analyst == null) {
            Platform.exit();
            return;
        }
        runner = new FxTaskRunner();
        runner.run(() -> {
            Workspace ws = Workspace.open(file);
            return new Object[] {ws, org.zhibiao.service.Dictionary.user().extractor(), RegionResolver.loadDefault()};
        }, loaded -> {
            workspace = (Workspace) loaded[0];
            show(stage, workspace, (Extractor) loaded[1], (RegionResolver) loaded[2], analyst, runner);
        }, e -> {
            WorkbenchView.alert(stage, e.getMessage());
            Platform.exit();
        });
    }

    /** Puts the workbench for an open workspace into a stage; also what UI tests call. */
    public static WorkbenchView show(Stage stage, Workspace ws, Extractor extractor, RegionResolver regions,
                                     String analyst, TaskRunner runner) {
        WorkbenchViewModel vm = new WorkbenchViewModel(ws, extractor, analyst, runner, Clock.systemUTC());
        WorkbenchView view = new WorkbenchView(vm, regions.gazetteer());
        Scene scene = new Scene(view.root(), 1366, 768);
        view.installKeys(scene);
        stage.setScene(scene);
        stage.setTitle(TITLE + " — " + ws.name() + " (" + ws.file() + ")");
        vm.load();
        Platform.runLater(() -> view.figureTable().requestFocus());
        return view;
    }

    private static String askAnalyst(Stage owner) {
        AnalystPreferences prefs = AnalystPreferences.user();
        if (!prefs.analyst().isBlank()) {
            return prefs.analyst();
        }
        TextInputDialog d = new TextInputDialog(System.getProperty("user.name", ""));
        d.initOwner(owner);
        d.setTitle("Zhibiao");
        d.setHeaderText("Who is reviewing? Your name is recorded with every change you make.");
        d.setContentText("Analyst:");
        Optional<String> name = d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
        name.ifPresent(prefs::setAnalyst);
        return name.orElse(null);
    }

    private static Optional<String> option(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(name) && i + 1 < args.size()) {
                return Optional.of(args.get(i + 1));
            }
            if (args.get(i).startsWith(name + "=")) {
                return Optional.of(args.get(i).substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }

    @Override
    public void stop() {
        if (workspace != null) {
            workspace.close();
        }
        if (runner != null) {
            runner.close();
        }
    }
}
