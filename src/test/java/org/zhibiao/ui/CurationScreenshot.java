package org.zhibiao.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.zhibiao.extract.Extractor;
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
import java.util.List;
import java.util.Locale;

/**
 * Opens the curation window in Chinese on a temporary workspace with the five sample reports, two of them annotated
 * blind by 王敏 and 李强 (one already curated), at 1366×768, for docs/screenshots/curation.png. Not a test; run by
 * hand under Xvfb (see the README).
 */
public final class CurationScreenshot {

    public static void main(String[] args) {
        Application.launch(App.class, args); // through a plain main: the classpath launch checks Application classes
    }

  public static final class App extends Application {

    private Workspace workspace;

    @Override
    public void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Messages.use(Locale.SIMPLIFIED_CHINESE);
        Extractor extractor = Extractor.loadDefault();
        workspace = Workspace.open(Files.createTempDirectory("zhibiao-shot").resolve("team"));
        new ImportService(workspace, extractor, "张华", Clock.systemUTC())
                .importPaths(List.of(Path.of("seeds")), Progress.NONE);
        List<ReportSummary> reports = workspace.inTransaction(() -> workspace.reports().summaries());
        TeamService team = new TeamService(workspace, extractor, "张华", Clock.systemUTC());
        long first = reports.get(1).report().id();
        long second = reports.get(3).report().id();
        team.assignBlind(first, "王敏", "李强");
        team.assignBlind(second, "王敏", "李强");
        annotate(first, 7);
        annotate(second, 3);
        team.curate(second, workspace.inTransaction(() -> workspace.figures().byReport(second, "王敏")).stream()
                .filter(f -> f.status() != Status.REJECTED).map(ReviewedFigure::figure).toList());

        CurationView view = CurationView.show(stage, org.zhibiao.service.OpenWorkspace.of(workspace), extractor, "张华", ImmediateFxRunner.create(), id -> { });
        view.viewModel().select(view.viewModel().reports().get(0));
        // one disagreement settled (李强's value taken), the next one waiting: both looks in one picture
        CurationLine undecided = view.viewModel().lines().stream().filter(CurationLine::undecided).findFirst()
                .orElseThrow();
        view.viewModel().takeB(undecided);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        Platform.runLater(() -> {
            view.lineTable().requestFocus();
            view.lineTable().getSelectionModel().clearAndSelect(
                    view.viewModel().lines().indexOf(view.viewModel().lines().stream()
                            .filter(CurationLine::undecided).findFirst().orElse(undecided)));
        });
    }

    /** Both analysts go through the first figures; they disagree on some, as real annotators do. */
    private void annotate(long report, int figures) {
        ReviewService wang = new ReviewService(workspace, "王敏", Clock.systemUTC());
        ReviewService li = new ReviewService(workspace, "李强", Clock.systemUTC());
        List<ReviewedFigure> a = workspace.inTransaction(() -> workspace.figures().byReport(report, "王敏"));
        List<ReviewedFigure> b = workspace.inTransaction(() -> workspace.figures().byReport(report, "李强"));
        for (int i = 0; i < Math.min(figures, a.size()); i++) {
            wang.setStatus(a.get(i).id(), i == 2 ? Status.REJECTED : Status.CONFIRMED);
            li.setStatus(b.get(i).id(), i == 1 ? Status.REJECTED : Status.CONFIRMED);
        }
        if (a.size() > 5) {
            wang.edit(a.get(3).id(), "value", "12345.6");
            li.edit(b.get(5).id(), "growth_pct", "9.9");
            li.edit(b.get(4).id(), "qualifier", "ge");
        }
    }

    @Override
    public void stop() {
        if (workspace != null) {
            workspace.close();
        }
    }

  }
}
