package org.zhibiao.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.zhibiao.analysis.Comparison;
import org.zhibiao.extract.Extractor;
import org.zhibiao.model.Status;
import org.zhibiao.service.ImportService;
import org.zhibiao.model.Progress;
import org.zhibiao.service.ReviewService;
import org.zhibiao.store.Workspace;

import java.nio.file.Files;
import java.time.Clock;
import java.util.List;

/**
 * Opens the comparison view on a temporary workspace with the sample reports of {@link ComparisonViewTest}, at
 * 1366×768, for docs/screenshots/comparison.png (see the README). Not a test; run by hand under Xvfb.
 */
public final class ComparisonScreenshot {

    public static void main(String[] args) {
        Application.launch(App.class, args); // through a plain main: the classpath launch checks Application classes
    }

  public static final class App extends Application {

    private Workspace workspace;

    @Override
    public void start(Stage stage) throws Exception {
        Extractor extractor = Extractor.loadDefault();
        workspace = Workspace.open(Files.createTempDirectory("zhibiao-shot").resolve("sample"));
        new ImportService(workspace, extractor, "sample", Clock.systemUTC())
                .importPaths(List.of(ComparisonViewTest.REPORTS), Progress.NONE);
        ComparisonView view = ComparisonView.show(stage, org.zhibiao.service.OpenWorkspace.of(workspace), extractor, ImmediateFxRunner.create());
        // 宁海县's figures reviewed, 安吉县's not yet: both looks in one picture
        ReviewService review = new ReviewService(workspace, "sample", Clock.systemUTC());
        for (Comparison c : view.viewModel().shown()) {
            if (c.region().name().equals("宁海县")) {
                for (Long id : new Long[] {c.targetId(), c.actualId()}) {
                    if (id != null) {
                        review.setStatus(id, Status.CONFIRMED);
                    }
                }
            }
        }
        view.viewModel().refresh();
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @Override
    public void stop() {
        if (workspace != null) {
            workspace.close();
        }
    }

  }
}
