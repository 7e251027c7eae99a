package org.zhibiao.service;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.extract.Extractor;
import org.zhibiao.model.Change;
import org.zhibiao.model.ReportIdentity;
import org.zhibiao.model.ReportSummary;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The read side the front ends and the exporters use, on a real workspace file. */
class ReportQueriesTest {

    /** Invented reports of two counties. */
    private static final String NORTH = """
            北县政府工作报告
            一、2023年工作回顾
            全县地区生产总值完成80.2亿元，增长5.1%。一般公共预算收入4.4亿元，增长3%。
            """;
    private static final String SOUTH = """
            南县政府工作报告
            一、2023年工作回顾
            全县地区生产总值完成66.7亿元，增长4.2%。
            """;
    private static final Extractor EXTRACTOR = Extractor.loadDefault();

    @TempDir
    Path dir;
    private OpenWorkspace ws;
    private ReportQueries queries;

    @BeforeEach
    void open() {
        ws = WorkspaceTarget.file(dir.resolve("w")).open(Clock.systemUTC());
        queries = ws.queries();
        ImportService importer = ws.importer(EXTRACTOR, "anna", Clock.systemUTC());
        importer.importText("north.txt", NORTH);
        importer.importText("south.txt", SOUTH);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private ReportSummary named(String file) {
        return queries.summaries().stream().filter(s -> s.report().fileName().equals(file)).findFirst().orElseThrow();
    }

    @Test
    void reportsAreListedInImportOrderWithTheirCounts() {
        List<ReportSummary> all = queries.summaries();
        assertThat(all).extracting(s -> s.report().fileName()).containsExactly("north.txt", "south.txt");
        ReportSummary north = all.get(0);
        assertThat(north.figures()).isEqualTo(queries.figures(north.report().id()).size()).isGreaterThanOrEqualTo(2);
        assertThat(north.pending()).isEqualTo(north.figures());
        assertThat(north.reviewed()).isZero();
    }

    @Test
    void aReportsTextAndFiguresAreReadBack() {
        long id = named("south.txt").report().id();
        assertThat(queries.text(id)).contains("66.7亿元");
        assertThat(queries.report(id)).hasValueSatisfying(r -> assertThat(r.fileName()).isEqualTo("south.txt"));
        assertThat(queries.figures(id)).extracting(f -> f.figure().indicator()).contains("gdp");
        assertThat(queries.figures(id, ReportQueries.OWN_FIGURES)).isEqualTo(queries.figures(id));
        assertThat(queries.report(id + 1000)).isEmpty();
    }

    @Test
    void figuresOfSeveralReportsComeInTheOrderAsked() {
        ReportSummary north = named("north.txt");
        ReportSummary south = named("south.txt");
        List<List<ReviewedFigure>> both = queries.figuresOf(List.of(south, north));
        assertThat(both).hasSize(2);
        assertThat(both.get(0)).allSatisfy(f -> assertThat(f.reportId()).isEqualTo(south.report().id()));
        assertThat(both.get(1)).allSatisfy(f -> assertThat(f.reportId()).isEqualTo(north.report().id()));
        assertThat(queries.figuresOf(List.of())).isEmpty();
    }

    @Test
    void aDecisionShowsInTheCountsTheHistoryAndTheChangeLog() {
        ReportSummary north = named("north.txt");
        ReviewedFigure first = queries.figures(north.report().id()).get(0);
        long before = queries.latestChange();

        long batch = ws.review("anna", Clock.systemUTC()).setStatus(first.id(), Status.CONFIRMED);

        assertThat(queries.figure(first.id())).hasValueSatisfying(f -> assertThat(f.status()).isEqualTo(Status.CONFIRMED));
        assertThat(queries.summariesFor("anna", Set.of(north.report().id()))).singleElement()
                .satisfies(s -> assertThat(s.reviewed()).isEqualTo(1));
        assertThat(queries.history(first.id())).extracting(Change::action).isNotEmpty();
        assertThat(queries.batch(batch)).isNotEmpty().allSatisfy(c -> assertThat(c.analyst()).isEqualTo("anna"));
        assertThat(queries.latestChange()).isGreaterThan(before);
        assertThat(queries.changesSince(before, 100)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.id()).isGreaterThan(before));
        assertThat(queries.changesSince(queries.latestChange(), 100)).isEmpty();
    }

    @Test
    void correctingWhatAReportIsShowsInTheList() {
        ReportSummary north = named("north.txt");
        ReportIdentity was = north.report().identity();
        ReportIdentity now = new ReportIdentity("某省", "某市", "北县", "", 2024, 2023, was.docType());

        ReportIdentity returned = ws.review("anna", Clock.systemUTC()).updateIdentity(north.report().id(), now);

        assertThat(returned).isEqualTo(was);
        assertThat(named("north.txt").report().identity()).isEqualTo(now);
        assertThat(named("south.txt").report().identity()).isEqualTo(queries.summaries().get(1).report().identity());
    }

    @Test
    void comparisonsAreReadFromTheSameWorkspace() {
        CompareService compare = queries.comparisons();
        assertThat(compare.figures(new CompareService.Query("gdp", null, true))).isEmpty();
        ReviewedFigure gdp = queries.figures(named("south.txt").report().id()).stream()
                .filter(f -> f.figure().indicator().equals("gdp")).findFirst().orElseThrow();
        ws.review("anna", Clock.systemUTC()).setStatus(gdp.id(), Status.CONFIRMED);
        assertThat(compare.figures(new CompareService.Query("gdp", null, true)))
                .singleElement().satisfies(f -> assertThat(f.figure().id()).isEqualTo(gdp.id()));
    }
}
