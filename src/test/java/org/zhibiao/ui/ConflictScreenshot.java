package org.zhibiao.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;
import org.zhibiao.extract.Extractor;
import org.zhibiao.extract.RegionResolver;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.service.ImportService;
import org.zhibiao.model.Progress;
import org.zhibiao.service.ReviewService;
import org.zhibiao.store.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The conflict dialog over anna's workbench, at 1366×768, for docs/screenshots/conflict.png: ben changes a figure's
 * value while anna has it on screen, and anna then types her own. Not a test; run by hand under Xvfb.
 */
public final class ConflictScreenshot {

    public static void main(String[] args) {
        Application.launch(App.class, args); // through a plain main: the classpath launch checks Application classes
    }

  public static final class App extends Application {

    private Workspace workspace;

    @Override
    public void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Messages.use(Locale.ENGLISH);
        Extractor extractor = Extractor.loadDefault();
        workspace = Workspace.open(Files.createTempDirectory("zhibiao-shot").resolve("team"));
        new ImportService(workspace, extractor, "ben", Clock.systemUTC())
                .importPaths(List.of(Path.of("seeds/003_a6a8f6c27dc122fe.txt")), Progress.NONE);
        WorkbenchView view = ZhibiaoApp.show(stage, org.zhibiao.service.OpenWorkspace.of(workspace), extractor, RegionResolver.loadDefault(), "anna",
                ImmediateFxRunner.create());
        ChineseFont.find().ifPresent(f -> view.root().setStyle("-fx-font-family: \"" + f + "\";"));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        WorkbenchViewModel vm = view.viewModel();
        ReviewedFigure shown = vm.figures().stream().filter(f -> f.figure().value() != null).findFirst().orElseThrow();
        vm.figureProperty().set(shown);
        new ReviewService(workspace, "ben", Clock.systemUTC()).edit(shown.id(), "value", "113.8", ReviewService.ANY_VERSION);
        vm.edit(shown, "value", "116.3"); // anna's edit of the figure as she saw it
    }

    @Override
    public void stop() {
        if (workspace != null) {
            workspace.close();
        }
    }

  }
}
