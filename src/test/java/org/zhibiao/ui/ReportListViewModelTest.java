package org.zhibiao.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.extract.Extractor;
import org.zhibiao.model.ReportSummary;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;
import org.zhibiao.service.OpenWorkspace;
import org.zhibiao.service.WorkspaceTarget;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The report list as a plain object on a real workspace file: what is listed, shown first, and counted again. */
class ReportListViewModelTest {

    private static final Extractor EXTRACTOR = Extractor.loadDefault();
    private static final String REPORT = "%s政府工作报告\n一、2023年工作回顾\n全县地区生产总值完成%s亿元，增长6%%。"
            + "一般公共预算收入8亿元，增长5%%。\n";

    @TempDir
    Path dir;
    private OpenWorkspace ws;
    private WorkbenchStatus status;
    private ReportListViewModel list;

    @BeforeEach
    void open() {
        ws = WorkspaceTarget.file(dir.resolve("w")).open(Clock.systemUTC());
        status = new WorkbenchStatus(new PendingEdits());
        list = new ReportListViewModel(ws.queries(), "anna", TaskRunner.immediate(), status);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private void importReport(String name, String gdp) {
        ws.importer(EXTRACTOR, "anna", Clock.systemUTC()).importText(name, String.format(REPORT, name, gdp));
    }

    private List<ReviewedFigure> figuresOf(ReportSummary s) {
        return ws.queries().figures(s.report().id());
    }

    @Test
    void theFirstReportWithPendingFiguresIsShownFirst() {
        importReport("a.txt", "100");
        importReport("b.txt", "200");
        ReportSummary a = ws.queries().summariesFor("anna").get(0);
        for (ReviewedFigure f : figuresOf(a)) {
            ws.review("anna", Clock.systemUTC()).setStatus(f.id(), Status.CONFIRMED);
        }
        List<ReportSummary> shownFirst = new ArrayList<>();

        list.load(shownFirst::add);

        assertThat(list.reports()).extracting(s -> s.report().fileName()).containsExactly("a.txt", "b.txt");
        assertThat(shownFirst).singleElement().satisfies(s -> assertThat(s.report().fileName()).isEqualTo("b.txt"));
        assertThat(list.counts()).isEqualTo(new ReportListViewModel.Counts(2, 4));
    }

    @Test
    void aDecisionIsCountedAgainForItsReportOnlyAndTheShownReportFollows() {
        importReport("a.txt", "100");
        importReport("b.txt", "200");
        list.load(s -> list.shownProperty().set(s));
        ReportSummary a = list.reports().get(0);
        ReportSummary b = list.reports().get(1);
        assertThat(list.shownProperty().get()).isEqualTo(a);
        ws.review("anna", Clock.systemUTC()).setStatus(figuresOf(a).get(0).id(), Status.REJECTED);
        ws.review("anna", Clock.systemUTC()).setStatus(figuresOf(b).get(0).id(), Status.REJECTED);

        list.refresh(List.of(a.report().id()));

        assertThat(list.reports().get(0).reviewed()).isEqualTo(1);
        assertThat(list.reports().get(1)).as("not asked for: left as it was").isSameAs(b);
        assertThat(list.shownProperty().get().reviewed()).isEqualTo(1);
    }

    @Test
    void aReportSomeoneElseImportedComesWithTheNextRefresh() {
        importReport("a.txt", "100");
        list.load(s -> { });
        importReport("b.txt", "200"); // by another program: the list does not know it yet
        long b = ws.queries().summariesFor("anna").get(1).report().id();

        list.refresh(List.of(b));

        assertThat(list.reports()).hasSize(2);
        assertThat(list.indexOf(b)).isEqualTo(1);
    }

    @Test
    void theNextReportWithPendingFiguresGoesRoundTheList() {
        importReport("a.txt", "100");
        importReport("b.txt", "200");
        importReport("c.txt", "300");
        list.load(s -> { });
        ReportSummary b = list.reports().get(1);
        for (ReviewedFigure f : figuresOf(b)) {
            ws.review("anna", Clock.systemUTC()).setStatus(f.id(), Status.CONFIRMED);
        }
        list.refresh();
        list.shownProperty().set(list.reports().get(0));

        assertThat(list.nextWithPending().report().fileName()).as("b is done").isEqualTo("c.txt");
        list.shownProperty().set(list.reports().get(2));
        assertThat(list.nextWithPending().report().fileName()).as("round to the start").isEqualTo("a.txt");
    }

    @Test
    void reloadingShowsTheReportAfresh() {
        importReport("a.txt", "100");
        list.load(s -> list.shownProperty().set(s));
        long id = list.shownId();
        List<ReportSummary> shown = new ArrayList<>();

        list.reload(id, shown::add);

        assertThat(shown).singleElement().satisfies(s -> assertThat(s.report().id()).isEqualTo(id));
        assertThat(list.shownProperty().get()).as("cleared, so that the view shows it again").isNull();
    }

    @Test
    void aListThatCannotBeReadIsSaidInWords() {
        ws.close();
        list.refresh();
        assertThat(status.error().get()).isNotBlank().doesNotContain("Exception").doesNotContain("SQL");
    }
}
