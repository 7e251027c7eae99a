package org.zhibiao.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.zhibiao.extract.Extractor;
import org.zhibiao.extract.RegionResolver;
import org.zhibiao.service.ImportService;
import org.zhibiao.model.Progress;
import org.zhibiao.store.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Opens the workbench on the sample reports with the why pane open and the doubtful figures first, at 1366×768,
 * for docs/screenshots/why.png and why-en.png. Not a test; run by hand under Xvfb with -Duser.language=zh or en.
 */
public final class WhyScreenshot {

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {

        private Workspace workspace;

        @Override
        public void start(Stage stage) throws Exception {
            Extractor extractor = Extractor.loadDefault();
            workspace = Workspace.open(Files.createTempDirectory("zhibiao-shot").resolve("sample"));
            new ImportService(workspace, extractor, "sample", Clock.systemUTC())
                    .importPaths(List.of(Path.of("seeds")), Progress.NONE);
            WorkbenchView view = ZhibiaoApp.show(stage, org.zhibiao.service.OpenWorkspace.of(workspace), extractor,
                    RegionResolver.loadDefault(), "sample", ImmediateFxRunner.create());
            stage.setX(0);
            stage.setY(0);
            stage.show();
            Platform.runLater(() -> {
                view.viewModel().reviewOrder().doubtfulFirstProperty().set(true);
                view.root().lookupAll(".tab-pane").forEach(n -> {
                    var tabs = (javafx.scene.control.TabPane) n;
                    tabs.getTabs().stream().filter(t -> "why".equals(t.getId())).findFirst()
                            .ifPresent(t -> tabs.getSelectionModel().select(t));
                });
            });
        }

        @Override
        public void stop() {
            if (workspace != null) {
                workspace.close();
            }
        }
    }
}
