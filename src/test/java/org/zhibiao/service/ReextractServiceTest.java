package org.zhibiao.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.extract.Extractor;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;
import org.zhibiao.store.Workspace;
import org.zhibiao.store.WorkspaceException;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Re-extraction replaces what nobody decided and keeps every decision. */
class ReextractServiceTest {

    private static final Extractor EXTRACTOR = Extractor.loadDefault();

    @TempDir
    Path dir;

    @Test
    void pendingFiguresAreReplacedAndDecidedOnesKept() {
        try (Workspace ws = Workspace.open(dir.resolve("w"))) {
            ImportService importer = new ImportService(ws, EXTRACTOR, "anna", Clock.systemUTC());
            importer.importText("r.txt", "2023年某县政府工作报告\n一、2022年工作回顾\n全县地区生产总值完成128亿元，增长3%。"
                    + "固定资产投资增长5%。\n二、2023年主要目标\n地区生产总值增长6%左右。\n");
            long report = ws.inTransaction(() -> ws.reports().summaries()).get(0).report().id();
            List<ReviewedFigure> before = ws.inTransaction(() -> ws.figures().byReport(report));
            ReviewService review = new ReviewService(ws, "anna", Clock.systemUTC());
            review.setStatus(before.get(0).id(), Status.CONFIRMED);
            review.edit(before.get(1).id(), "growth_pct", "3.5");
            int logBefore = ws.inTransaction(() -> ws.changes().count());

            ReextractService.Outcome o = new ReextractService(ws, EXTRACTOR, "anna", Clock.systemUTC()).reextract(report);

            assertThat(o.kept()).isEqualTo(2);
            assertThat(o.removed()).isEqualTo(before.size() - 2);
            assertThat(o.added()).isEqualTo(before.size() - 2); // the same engine finds the same undecided figures
            List<ReviewedFigure> after = ws.inTransaction(() -> ws.figures().byReport(report));
            assertThat(after).hasSize(before.size());
            assertThat(after).filteredOn(f -> f.id() == before.get(0).id()).singleElement()
                    .satisfies(f -> assertThat(f.status()).isEqualTo(Status.CONFIRMED));
            assertThat(after).filteredOn(f -> f.id() == before.get(1).id()).singleElement()
                    .satisfies(f -> assertThat(f.figure().growthPct()).isEqualByComparingTo("3.5"));
            assertThat(ws.inTransaction(() -> ws.changes().count())).isEqualTo(logBefore + o.removed() + o.added());
            assertThatThrownBy(() -> new ReextractService(ws, EXTRACTOR, "anna", Clock.systemUTC()).reextract(999_999))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("no report 999999");
        }
    }
}
