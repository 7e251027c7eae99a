package org.zhibiao.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.extract.Extractor;
import org.zhibiao.model.ReportIdentity;
import org.zhibiao.model.ReportSummary;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;
import org.zhibiao.service.OpenWorkspace;
import org.zhibiao.service.WorkspaceTarget;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The report as a whole, as a plain view model on a real workspace file: identity, re-extraction, done. */
class ReportDetailsViewModelTest {

    private static final Extractor EXTRACTOR = Extractor.loadDefault();
    private static final String REPORT = "2024年某县政府工作报告\n一、2023年工作回顾\n全县地区生产总值完成128亿元，增长6%。"
            + "一般公共预算收入8亿元，增长5%。\n";

    @TempDir
    Path dir;
    private OpenWorkspace ws;
    private WorkbenchStatus status;
    private ReportListViewModel list;
    private ReportDetailsViewModel details;
    private final List<String> workbench = new ArrayList<>();

    @BeforeEach
    void open() {
        Messages.use(Locale.ENGLISH);
        ws = WorkspaceTarget.file(dir.resolve("w")).open(Clock.systemUTC());
        ws.importer(EXTRACTOR, "lead", Clock.systemUTC()).importText("r.txt", REPORT);
        status = new WorkbenchStatus(new PendingEdits());
        list = new ReportListViewModel(ws.queries(), "anna", TaskRunner.immediate(), status);
        list.load(list.shownProperty()::set);
        details = new ReportDetailsViewModel(WorkbenchServices.of(ws, "anna", Clock.systemUTC()), () -> EXTRACTOR,
                new OwnWrites(ws.queries(), "anna"), TaskRunner.immediate(), status, list,
                new ReportDetailsViewModel.Workbench() {
                    @Override
                    public void reload(long reportId, Long figureId) {
                        workbench.add("reload " + reportId + " at " + figureId);
                    }

                    @Override
                    public Long selectedFigure() {
                        return 7L;
                    }

                    @Override
                    public void changed() {
                        workbench.add("changed");
                    }
                });
    }

    @AfterEach
    void close() {
        ws.close();
        Messages.use(Locale.getDefault());
    }

    private long report() {
        return list.shownId();
    }

    @Test
    void aCorrectedIdentityIsStoredAndTheReportShownAgainAtTheSameFigure() {
        ReportIdentity was = list.shownProperty().get().report().identity();
        details.updateIdentity(new ReportIdentity(was.province(), was.prefecture(), "安吉县", "330523", 2024, 2023,
                was.docType()));

        ReportIdentity now = ws.queries().report(report()).orElseThrow().identity();
        assertThat(now.region()).isEqualTo("安吉县");
        assertThat(now.reportYear()).isEqualTo(2024);
        assertThat(workbench).containsExactly("changed", "reload " + report() + " at 7");
        assertThat(status.message().get()).isEqualTo(Messages.tr("vm.detailsSaved"));
    }

    @Test
    void reextractionKeepsDecisionsAndSaysHowMany() {
        ReviewedFigure first = ws.queries().figures(report()).get(0);
        ws.review("anna", Clock.systemUTC()).setStatus(first.id(), Status.CONFIRMED);

        details.reextract();

        List<ReviewedFigure> after = ws.queries().figures(report());
        assertThat(after).filteredOn(f -> f.id() == first.id()).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(Status.CONFIRMED));
        assertThat(after).hasSize(2);
        assertThat(status.message().get()).isEqualTo(Messages.tr("vm.reextracted", 1, 1));
        assertThat(workbench).containsExactly("reload " + report() + " at null", "changed");
    }

    @Test
    void onlyAReportGivenToTheAnalystCanBeMarkedDone() {
        assertThat(ReportDetailsViewModel.canMarkDone(list.shownProperty().get())).isFalse();
        details.markDone();
        assertThat(workbench).isEmpty();

        ws.team(EXTRACTOR, "lead", Clock.systemUTC()).assign(report(), "anna");
        list.refresh();
        ReportSummary mine = list.shownProperty().get();
        assertThat(ReportDetailsViewModel.canMarkDone(mine)).isTrue();

        details.markDone();

        assertThat(ws.team(EXTRACTOR, "anna", Clock.systemUTC()).assignments()).singleElement()
                .satisfies(a -> assertThat(a.done()).isTrue());
        assertThat(ReportDetailsViewModel.canMarkDone(list.shownProperty().get())).isFalse();
        assertThat(workbench).containsExactly("changed");
    }

    @Test
    void nothingHappensWithoutAReportShown() {
        list.shownProperty().set(null);
        details.reextract();
        details.updateIdentity(null);
        assertThat(workbench).isEmpty();
        assertThat(status.error().get()).isEmpty();
    }
}
