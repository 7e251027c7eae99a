package org.zhibiao.ui;

import org.zhibiao.extract.Extractor;
import org.zhibiao.model.ReportIdentity;
import org.zhibiao.model.ReportSummary;

import java.util.List;
import java.util.function.Supplier;

/**
 * What is done to the shown report as a whole: correcting what it is (region, years, kind), extracting its figures
 * again (decisions kept), and saying one's assigned work on it is finished.
 */
final class ReportDetailsViewModel {

    /** How the workbench shows the outcome: the list read again and the report shown afresh. */
    interface Workbench {
        /** Reads the list again and shows the report, at the figure when given. */
        void reload(long reportId, Long figureId);

        /** The figure selected, or null. */
        Long selectedFigure();

        /** Something in the workspace changed. */
        void changed();
    }

    private final WorkbenchServices services;
    private final Supplier<Extractor> extractor;
    private final OwnWrites own;
    private final TaskRunner runner;
    private final WorkbenchStatus status;
    private final ReportListViewModel list;
    private final Workbench workbench;

    ReportDetailsViewModel(WorkbenchServices services, Supplier<Extractor> extractor, OwnWrites own, TaskRunner runner,
                           WorkbenchStatus status, ReportListViewModel list, Workbench workbench) {
        this.services = services;
        this.extractor = extractor;
        this.own = own;
        this.runner = runner;
        this.status = status;
        this.list = list;
        this.workbench = workbench;
    }

    void updateIdentity(ReportIdentity identity) {
        ReportSummary s = list.shownProperty().get();
        if (s == null) {
            return;
        }
        runner.run(() -> services.review().updateIdentity(s.report().id(), identity), old -> {
            status.message().set(Messages.tr("vm.detailsSaved"));
            workbench.changed();
            workbench.reload(s.report().id(), workbench.selectedFigure());
        }, status::failed);
    }

    void reextract() {
        ReportSummary s = list.shownProperty().get();
        if (s == null) {
            return;
        }
        var reextract = services.engine().reextract(extractor.get());
        runner.run(() -> own.bulk(() -> reextract.reextract(s.report().id())), o -> {
            status.message().set(Messages.tr("vm.reextracted", o.added(), o.kept()));
            workbench.reload(s.report().id(), null);
            workbench.changed();
        }, status::failed);
    }

    /** Whether the report is given to this analyst and they have not yet said it is finished. */
    static boolean canMarkDone(ReportSummary s) {
        return s != null && s.assignment() != null && !s.assignment().done();
    }

    /**
     * The analyst says they finished the shown report, which was given to them: the lead sees it in the curation
     * window, and the report list marks it done. Written as our own, so the watch does not report it as another's.
     */
    void markDone() {
        ReportSummary s = list.shownProperty().get();
        if (!canMarkDone(s)) {
            return;
        }
        long id = s.report().id();
        status.error().set("");
        var team = services.engine().team(extractor);
        runner.run(() -> own.bulk(() -> {
            team.markDone(id);
            return id;
        }), done -> {
            status.message().set(Messages.tr("vm.markedDone", s.report().fileName()));
            list.refresh(List.of(id));
            workbench.changed();
        }, status::failed);
    }
}
