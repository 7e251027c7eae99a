package org.zhibiao.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import org.zhibiao.extract.Reason;
import org.zhibiao.model.ReportSummary;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;
import org.zhibiao.service.ExplainService;

import java.util.List;
import java.util.Locale;

/**
 * "Why this is a 2021 target": the engine's reasons for the shown report (its year, place and type) and for the
 * selected figure (its kind, year, indicator and numbers), in the user's language. The reasons are read off the
 * JavaFX thread once per report, and only while they are looked at: reading them runs the engine over the whole
 * report, which would otherwise follow every report the analyst moves to (and, at start, wait for the engine).
 */
final class WhyViewModel {

    private final ExplainService explain;
    private final TaskRunner runner;
    private final Locale locale;
    private final ReadOnlyStringWrapper reportReasons = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper figureReasons = new ReadOnlyStringWrapper("");
    private ExplainService.Explanation shown;
    private long shownReport = -1;
    private ReportSummary wanted;
    private boolean visible = true;
    private ReviewedFigure figure;

    WhyViewModel(ExplainService explain, TaskRunner runner, Locale locale) {
        this.explain = explain;
        this.runner = runner;
        this.locale = locale;
    }

    ReadOnlyStringProperty reportReasonsProperty() {
        return reportReasons.getReadOnlyProperty();
    }

    ReadOnlyStringProperty figureReasonsProperty() {
        return figureReasons.getReadOnlyProperty();
    }

    /** Whether the reasons are on screen; while they are not, a report shown is explained only once they are. */
    void setVisible(boolean visible) {
        this.visible = visible;
        if (visible) {
            showReport(wanted);
        }
    }

    void showReport(ReportSummary s) {
        wanted = s;
        if (s != null && !visible) {
            return;
        }
        if (s == null) {
            shown = null;
            shownReport = -1;
            reportReasons.set("");
            figureReasons.set("");
            return;
        }
        long id = s.report().id();
        if (id == shownReport) {
            return;
        }
        shownReport = id;
        runner.run(() -> explain.explain(id), e -> {
            if (shownReport != id) {
                return; // another report was chosen meanwhile
            }
            shown = e;
            var f = e.frame();
            reportReasons.set(Messages.tr("why.year") + "\n" + lines(f.yearReasons()) + "\n" + Messages.tr("why.place") + "\n"
                    + lines(f.placeReasons()) + "\n" + Messages.tr("why.type") + "\n" + lines(f.typeReasons()));
            showFigure(figure);
        }, err -> reportReasons.set(Messages.tr("why.unavailable")));
    }

    void showFigure(ReviewedFigure f) {
        figure = f;
        if (f == null || shown == null) {
            figureReasons.set("");
            return;
        }
        List<Reason> reasons = shown.of(f.figure());
        String header = Messages.tr("why.figure", Messages.tr("kind." + f.figure().kind().code()),
                f.figure().year() == null ? "?" : String.valueOf(f.figure().year()));
        if (f.status() == Status.ADDED || f.status() == Status.CORRECTED) {
            figureReasons.set(header + "\n" + Messages.tr("why.analyst") + (reasons.isEmpty() ? "" : "\n" + lines(reasons)));
        } else if (reasons.isEmpty()) {
            figureReasons.set(header + "\n" + Messages.tr("why.none"));
        } else {
            figureReasons.set(header + "\n" + lines(reasons));
        }
    }

    private String lines(List<Reason> reasons) {
        StringBuilder b = new StringBuilder();
        for (Reason r : reasons) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append("• ").append(r.render(locale));
        }
        return b.toString();
    }
}
