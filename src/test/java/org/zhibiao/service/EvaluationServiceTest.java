package org.zhibiao.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.analysis.FigureMatch;
import org.zhibiao.extract.Extractor;
import org.zhibiao.model.Figure;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.ReportSummary;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Span;
import org.zhibiao.model.Status;
import org.zhibiao.store.Workspace;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code evaluate} on a real workspace file: the analysts' decisions are the truth (confirmed, corrected and added
 * figures stand, rejected ones do not, reports with pending figures are left out) and the names of added figures
 * the lexicon lacks are listed as candidate synonyms. Also {@code evaluate} on gold files.
 */
class EvaluationServiceTest {

    private static final Extractor EXTRACTOR = Extractor.loadDefault();
    private static final String REVIEWED = "2023年某县政府工作报告\n一、2022年工作回顾\n过去一年，全县地区生产总值完成128亿元，增长4.2%；"
            + "一般公共预算收入完成9.8亿元，增长3.1%；固定资产投资增长6.5%；社会消费品零售总额完成56亿元，增长5%。"
            + "全口径税收收入完成12.5亿元。\n";
    private static final String PENDING = "2023年另一县政府工作报告\n一、2022年工作回顾\n过去一年，全县地区生产总值完成77亿元，增长3%。\n";

    @Test
    void scoresTheEngineAgainstTheAnalystsDecisions(@TempDir Path dir) {
        try (Workspace ws = Workspace.open(dir.resolve("team"))) {
            ImportService imports = new ImportService(ws, EXTRACTOR, "ann", Clock.systemUTC());
            assertThat(imports.importText("reviewed.txt", REVIEWED)).isEqualTo(4);
            assertThat(imports.importText("pending.txt", PENDING)).isEqualTo(1);
            long reviewed = ws.inTransaction(() -> ws.reports().summaries()).stream()
                    .filter(s -> s.report().fileName().equals("reviewed.txt")).findFirst().orElseThrow().report().id();
            List<ReviewedFigure> figures = ws.inTransaction(() -> ws.figures().byReport(reviewed));
            ReviewService review = new ReviewService(ws, "ann", Clock.systemUTC());
            for (ReviewedFigure f : figures) {
                switch (f.figure().indicator()) {
                    case "gdp", "budget_revenue" -> review.setStatus(f.id(), Status.CONFIRMED);
                    case "fixed_investment" -> review.setStatus(f.id(), Status.REJECTED); // the engine's false positive
                    case "retail_sales" -> review.edit(f.id(), "growth_pct", "5.5"); // the engine misread the rate
                    default -> throw new AssertionError(f);
                }
            }
            // a figure the engine missed, on a name the lexicon lacks
            review.add(reviewed, new Figure("budget_revenue", Kind.ACTUAL, 2022, new BigDecimal("12.5"), "亿元", null,
                    Qualifier.NONE, "全口径税收收入完成12.5亿元", new Span(0, 0), 1, "added"));

            EvaluationService.Outcome o = new EvaluationService(EXTRACTOR).workspace(ws);

            assertThat(o.documents()).as("the report with a pending figure is left out").isEqualTo(1);
            FigureMatch.Score s = o.result().overall();
            // right: gdp and budget revenue; wrong: the rejected investment and the corrected retail sales; missed:
            // the corrected retail sales and the added figure
            assertThat(s).isEqualTo(new FigureMatch.Score(2, 2, 2));
            assertThat(o.result().misses()).extracting(m -> m.what() + " " + m.key()).containsExactlyInAnyOrder(
                    "EXTRA fixed_investment/actual/2022", "WRONG retail_sales/actual/2022",
                    "MISSED retail_sales/actual/2022", "MISSED budget_revenue/actual/2022");
            assertThat(o.candidateNames()).containsExactly(java.util.Map.entry("全口径税收收入", 1));
            assertThat(ws.inTransaction(() -> ws.reports().summaries())).extracting(ReportSummary::pending)
                    .as("evaluating changes nothing").containsExactlyInAnyOrder(0, 1);
        }
    }

    @Test
    void scoresFilesAgainstGold(@TempDir Path dir) throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(reports.resolve("a.txt"), REVIEWED);
        Path gold = dir.resolve("indicators.tsv");
        Files.writeString(gold, "doc\tindicator\tkind\tyear\tvalue\tunit\tgrowth_pct\tqualifier\ttext\n"
                + "a.txt\tgdp\tactual\t2022\t128\t亿元\t4.2\t\t地区生产总值完成128亿元，增长4.2%\n"
                + "a.txt\tbudget_revenue\tactual\t2022\t9.8\t亿元\t3.0\t\t一般公共预算收入完成9.8亿元，增长3.1%\n");
        Path docs = dir.resolve("docs.tsv");
        Files.writeString(docs, "doc\tprovince\tprefecture\tregion\treport_year\treview_year\tdoc_type\n"
                + "a.txt\t\t\t\t2023\t2022\tfragment\n");
        EvaluationService.Outcome o = new EvaluationService(EXTRACTOR).files(gold, docs, List.of(reports));
        // gdp right; budget revenue wrong (gold says 3.0); fixed investment and retail sales extra
        assertThat(o.result().overall()).isEqualTo(new FigureMatch.Score(1, 3, 1));
        assertThat(o.result().identificationAccuracy()).isEqualTo(1.0);
        assertThat(o.result().confidenceAuroc()).isBetween(0.0, 1.0);
    }
}
