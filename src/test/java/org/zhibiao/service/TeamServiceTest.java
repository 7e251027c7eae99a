package org.zhibiao.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.analysis.Agreement;
import org.zhibiao.extract.Extractor;
import org.zhibiao.model.Assignment;
import org.zhibiao.model.Figure;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;
import org.zhibiao.store.Workspace;
import org.zhibiao.store.WorkspaceException;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Team work on a real workspace file: assignments, blind copies, agreement and curation. */
class TeamServiceTest {

    private static final Extractor EXTRACTOR = Extractor.loadDefault();

    @TempDir
    Path dir;

    private static long importOne(Workspace ws) {
        new ImportService(ws, EXTRACTOR, "lead", Clock.systemUTC()).importText("r.txt", "2023年某县政府工作报告\n"
                + "一、2022年工作回顾\n全县地区生产总值完成128亿元，增长3%。固定资产投资增长5%。\n二、2023年主要目标\n"
                + "地区生产总值增长6%左右。\n");
        return ws.inTransaction(() -> ws.reports().summaries()).get(0).report().id();
    }

    @Test
    void blindCopiesAreTheSameUntilEachAnalystDecidesAndTheirAgreementIsMeasured() {
        try (Workspace ws = Workspace.open(dir.resolve("w"))) {
            long report = importOne(ws);
            TeamService lead = new TeamService(ws, EXTRACTOR, "lead", Clock.systemUTC());
            lead.assignBlind(report, "anna", "ben");

            assertThat(lead.annotatorFor(report, "anna")).isEqualTo("anna");
            assertThat(lead.annotatorFor(report, "carl")).isNotEqualTo("carl"); // not assigned: the report's own
            List<ReviewedFigure> annas = lead.version(report, "anna");
            List<ReviewedFigure> bens = lead.version(report, "ben");
            assertThat(annas).extracting(ReviewedFigure::figure).isEqualTo(bens.stream().map(ReviewedFigure::figure).toList());
            assertThat(lead.blindPairs()).containsEntry(report, List.of("anna", "ben"));

            new ReviewService(ws, "anna", Clock.systemUTC()).setStatus(annas.get(0).id(), Status.CONFIRMED);
            new ReviewService(ws, "ben", Clock.systemUTC()).setStatus(bens.get(0).id(), Status.REJECTED);
            Agreement a = lead.agreement().get(0);
            assertThat(a.analystA()).isEqualTo("anna");
            assertThat(a.decisions()).isEqualTo(1);
            assertThat(a.agreedDecisions()).isZero();
            assertThat(lead.version(report, "anna")).extracting(ReviewedFigure::status).contains(Status.CONFIRMED);
            assertThat(lead.version(report, "ben")).extracting(ReviewedFigure::status).doesNotContain(Status.CONFIRMED);
        }
    }

    @Test
    void curatingMakesTheReportsOwnFiguresAndEndsTheBlindCopies() {
        try (Workspace ws = Workspace.open(dir.resolve("w"))) {
            long report = importOne(ws);
            TeamService lead = new TeamService(ws, EXTRACTOR, "lead", Clock.systemUTC());
            lead.assignBlind(report, "anna", "ben");
            List<Figure> chosen = lead.version(report, "anna").stream().limit(2).map(ReviewedFigure::figure).toList();

            lead.curate(report, chosen);

            assertThat(lead.curatedBy(report)).contains("lead");
            assertThat(lead.curation(report)).hasValueSatisfying(c -> assertThat(c.by()).isEqualTo("lead"));
            assertThat(lead.annotatorFor(report, "anna")).as("after curation everyone works on the report's own")
                    .isNotEqualTo("anna");
            assertThat(ws.inTransaction(() -> ws.figures().byReport(report))).extracting(ReviewedFigure::figure)
                    .containsExactlyElementsOf(chosen);
        }
    }

    @Test
    void anAssignmentIsLoggedAndMarkedDone() {
        try (Workspace ws = Workspace.open(dir.resolve("w"))) {
            long report = importOne(ws);
            new TeamService(ws, EXTRACTOR, "lead", Clock.systemUTC()).assign(report, "anna");
            TeamService anna = new TeamService(ws, EXTRACTOR, "anna", Clock.systemUTC());
            assertThat(anna.assignments()).singleElement().satisfies(a -> {
                assertThat(a.analyst()).isEqualTo("anna");
                assertThat(a.blind()).isFalse();
                assertThat(a.assignedBy()).isEqualTo("lead");
                assertThat(a.done()).isFalse();
            });
            anna.markDone(report);
            assertThat(anna.assignments()).singleElement().satisfies(a -> assertThat(a.done()).isTrue());
            assertThat(ws.inTransaction(() -> ws.changes().all())).extracting(c -> c.action())
                    .contains("assign", "done");
            assertThatThrownBy(() -> anna.assign(999_999, "ben")).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("no report 999999");
            assertThatThrownBy(() -> anna.assignBlind(report, "ben", "ben")).isInstanceOf(IllegalArgumentException.class);
            assertThat(anna.assignments()).extracting(Assignment::analyst).containsExactly("anna");
        }
    }
}
