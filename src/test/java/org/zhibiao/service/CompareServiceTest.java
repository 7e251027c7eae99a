package org.zhibiao.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.analysis.Ambition;
import org.zhibiao.analysis.Comparison;
import org.zhibiao.analysis.Completion;
import org.zhibiao.analysis.PlanProgress;
import org.zhibiao.extract.Extractor;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;
import org.zhibiao.service.ImportService;
import org.zhibiao.model.Progress;
import org.zhibiao.service.ReviewService;
import org.zhibiao.store.Workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two counties' consecutive reports, written for this test (src/test/resources/compare): 新兴县 and 三台县, each a
 * 2022 report with targets for 2022 and a 2023 report with the 2022 results. 三台县 set no growth target for retail
 * sales, only a level; both set a ceiling for unemployment.
 */
class CompareServiceTest {

    static Workspace workspace(Path dir) {
        Workspace ws = Workspace.open(dir.resolve("compare"));
        new ImportService(ws, Extractor.loadDefault(), "test", Clock.systemUTC())
                .importPaths(List.of(Path.of("src/test/resources/compare")), Progress.NONE);
        return ws;
    }

    private static Map<String, Comparison> byRegionIndicator(List<Comparison> rows) {
        return rows.stream().collect(Collectors.toMap(c -> c.region().name() + " " + c.indicator(), c -> c));
    }

    @Test
    void targetsForAYearMeetTheResultsReportedTheYearAfter(@TempDir Path dir) {
        try (Workspace ws = workspace(dir)) {
            Map<String, Comparison> c = byRegionIndicator(new CompareService(ws).compare(new CompareService.Query(null, 2022, false)));
            assertThat(c).hasSize(9);
            // growth against growth, with the qualifier's rule
            assertThat(c.get("新兴县 gdp").status()).isEqualTo(Completion.MISSED);            // 7% 左右, 4.1%
            assertThat(c.get("新兴县 gdp").gapPp()).isEqualByComparingTo("-2.9");
            assertThat(c.get("新兴县 budget_revenue").status()).isEqualTo(Completion.MET);    // 6%, 6.3%
            assertThat(c.get("新兴县 retail_sales").status()).isEqualTo(Completion.MISSED);   // 8%, 2.4%
            assertThat(c.get("三台县 gdp").status()).isEqualTo(Completion.EXCEEDED);          // 8% 以上, 8.9%
            assertThat(c.get("三台县 fixed_investment").status()).isEqualTo(Completion.MISSED); // 10%, 9.2%
            // ceilings
            assertThat(c.get("新兴县 unemployment_rate").status()).isEqualTo(Completion.MET);  // 3.5% 以内, 3.2%
            assertThat(c.get("三台县 unemployment_rate").status()).isEqualTo(Completion.MISSED); // 4.5% 以内, 4.7%
            assertThat(c.get("三台县 unemployment_rate").measure()).isEqualTo("level");
            // no growth target: the level decides
            assertThat(c.get("三台县 retail_sales").targetGrowth()).isNull();
            assertThat(c.get("三台县 retail_sales").measure()).isEqualTo("level");
            assertThat(c.get("三台县 retail_sales").status()).isEqualTo(Completion.EXCEEDED); // 150亿元, 152亿元
            // in words: in step with GDP (4.1%), income grew 5%
            assertThat(c.get("新兴县 urban_income").measure()).isEqualTo("words");
            assertThat(c.get("新兴县 urban_income").status()).isEqualTo(Completion.MET);
            // regions by gazetteer code
            assertThat(c.get("新兴县 gdp").region().code()).isEqualTo("445321");
            assertThat(c.get("三台县 gdp").region().prefecture()).isEqualTo("绵阳市");
        }
    }

    @Test
    void aYearWithoutTheOtherSideIsNotComparable(@TempDir Path dir) {
        try (Workspace ws = workspace(dir)) {
            List<Comparison> y2023 = new CompareService(ws).compare(new CompareService.Query("gdp", 2023, false));
            assertThat(y2023).hasSize(2).allSatisfy(c -> assertThat(c.status()).isEqualTo(Completion.NOT_COMPARABLE));
        }
    }

    @Test
    void ambitionSetsTheNewTargetAgainstTheLatestResult(@TempDir Path dir) {
        try (Workspace ws = workspace(dir)) {
            Map<String, Ambition> a = new CompareService(ws).ambition(new CompareService.Query(null, 2023, false)).stream()
                    .collect(Collectors.toMap(x -> x.region().name() + " " + x.indicator(), x -> x));
            assertThat(a.get("新兴县 gdp").stepPp()).isEqualByComparingTo("1.9");   // 6% after 4.1%
            assertThat(a.get("三台县 gdp").stepPp()).isEqualByComparingTo("-1.4");  // 7.5% after 8.9%
            assertThat(a.get("三台县 fixed_investment").stepPp()).isEqualByComparingTo("0.8");
        }
    }

    @Test
    void planProgressCompoundsTheYearsSoFar(@TempDir Path dir) {
        try (Workspace ws = workspace(dir)) {
            Map<String, PlanProgress> p = new CompareService(ws).plans(new CompareService.Query(null, null, false)).stream()
                    .collect(Collectors.toMap(x -> x.region().name() + " " + x.indicator(), x -> x));
            PlanProgress gdp = p.get("新兴县 gdp");
            assertThat(gdp.firstYear()).isEqualTo(2022);
            assertThat(gdp.lastYear()).isEqualTo(2026);
            assertThat(gdp.yearsCovered()).isEqualTo(1);
            assertThat(gdp.achieved()).isEqualByComparingTo("4.1");
            assertThat(gdp.status()).isEqualTo(Completion.MISSED);
            assertThat(p.get("新兴县 budget_revenue").status()).isEqualTo(Completion.EXCEEDED); // 5% 以上, 6.3%
        }
    }

    @Test
    void reviewedOnlyAndCorrectionsChangeTheAnswer(@TempDir Path dir) {
        try (Workspace ws = workspace(dir)) {
            CompareService service = new CompareService(ws);
            assertThat(service.compare(new CompareService.Query("gdp", 2022, true))).isEmpty();
            Comparison before = service.compare(new CompareService.Query("gdp", 2022, false)).stream()
                    .filter(c -> c.region().name().equals("新兴县")).findFirst().orElseThrow();
            ReviewService review = new ReviewService(ws, "anna", Clock.systemUTC());
            review.edit(before.actualId(), "growth_pct", "7.2");
            review.setStatus(before.targetId(), Status.CONFIRMED);
            Comparison after = service.compare(new CompareService.Query("gdp", 2022, true)).stream()
                    .filter(c -> c.region().name().equals("新兴县")).findFirst().orElseThrow();
            assertThat(after.status()).isEqualTo(Completion.MET);
            assertThat(after.reviewed()).isTrue();
            ReviewedFigure rejected = ws.inTransaction(() -> ws.figures().byId(before.targetId())).orElseThrow();
            review.setStatus(rejected.id(), Status.REJECTED);
            assertThat(service.compare(new CompareService.Query("gdp", 2022, false)).stream()
                    .filter(c -> c.region().name().equals("新兴县")).findFirst().orElseThrow().status())
                    .isEqualTo(Completion.NOT_COMPARABLE);
        }
    }
}
