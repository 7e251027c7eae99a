package org.zhibiao.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.analysis.Comparison;
import org.zhibiao.analysis.Completion;
import org.zhibiao.extract.Extractor;
import org.zhibiao.model.Progress;
import org.zhibiao.service.OpenWorkspace;
import org.zhibiao.service.WorkspaceTarget;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison window's view model as a plain object, handed the compare service of a real workspace holding the
 * two invented counties of src/test/resources/compare (a 2022 report with targets, a 2023 report with results each).
 */
class ComparisonViewModelTest {

    private static final Extractor EXTRACTOR = Extractor.loadDefault();

    private static OpenWorkspace workspace(Path dir) {
        OpenWorkspace ws = WorkspaceTarget.file(dir.resolve("w")).open(Clock.systemUTC());
        ws.importer(EXTRACTOR, "test", Clock.systemUTC()).importPaths(List.of(Path.of("src/test/resources/compare")), Progress.NONE);
        return ws;
    }

    private static ComparisonViewModel viewModel(OpenWorkspace ws) {
        return new ComparisonViewModel(ws.compare(), EXTRACTOR.lexicon().indicators().values(), TaskRunner.immediate());
    }

    @Test
    void gdpIsComparedFirstWithARowPerRegion(@TempDir Path dir) {
        try (OpenWorkspace ws = workspace(dir)) {
            ComparisonViewModel vm = viewModel(ws);
            vm.refresh();

            assertThat(vm.indicatorProperty().get().code()).isEqualTo("gdp");
            assertThat(vm.errorProperty().get()).isEmpty();
            assertThat(vm.loadingProperty().get()).isFalse();
            assertThat(vm.years()).contains(2022);
            assertThat(vm.rows()).extracting(r -> r.region().name()).containsExactlyInAnyOrder("新兴县", "三台县");
            assertThat(vm.shown()).allSatisfy(c -> assertThat(c.indicator()).isEqualTo("gdp"));
            Comparison xinxing = vm.rows().stream().filter(r -> r.region().name().equals("新兴县")).findFirst()
                    .orElseThrow().year(2022);
            assertThat(xinxing.status()).isEqualTo(Completion.MISSED);
            assertThat(vm.summaryProperty().get()).startsWith(vm.shown().size() + " comparisons in 2 regions");
            assertThat(vm.chartRegionProperty().get()).isNotNull();
        }
    }

    @Test
    void filtersNarrowWhatIsShownAndWideningBringsItBack(@TempDir Path dir) {
        try (OpenWorkspace ws = workspace(dir)) {
            ComparisonViewModel vm = viewModel(ws);
            vm.refresh();
            int all = vm.shown().size();

            vm.regionFilterProperty().set("三台");
            assertThat(vm.rows()).extracting(r -> r.region().name()).containsExactly("三台县");
            assertThat(vm.regions()).extracting(Comparison.Region::name).containsExactly("三台县");

            vm.regionFilterProperty().set("");
            vm.pickedRegions().add(vm.rows().get(0).region().key());
            assertThat(vm.rows()).hasSize(1);

            vm.pickedRegions().clear();
            vm.yearProperty().set(1999);
            assertThat(vm.shown()).isEmpty();
            vm.yearProperty().set(null);
            assertThat(vm.shown()).hasSize(all);
        }
    }

    @Test
    void reviewedOnlyLoadsAgainAndShowsOnlyReviewedPairs(@TempDir Path dir) {
        try (OpenWorkspace ws = workspace(dir)) {
            ComparisonViewModel vm = viewModel(ws);
            vm.refresh();
            assertThat(vm.shown()).isNotEmpty().allSatisfy(c -> assertThat(c.reviewed()).isFalse());

            vm.reviewedOnlyProperty().set(true); // nothing is reviewed yet

            assertThat(vm.shown()).isEmpty();
            assertThat(vm.rows()).isEmpty();
        }
    }

    @Test
    void aWorkspaceThatCannotBeReadIsSaidInOneSentence(@TempDir Path dir) {
        OpenWorkspace ws = workspace(dir);
        ComparisonViewModel vm = viewModel(ws);
        ws.close();

        vm.refresh();

        assertThat(vm.errorProperty().get()).isEqualTo(Messages.tr("comparison.failed"));
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void aRegionIsNeverShownBlank() {
        Messages.use(java.util.Locale.ENGLISH);
        try {
            assertThat(ComparisonView.regionLabel(new Comparison.Region("k", "", "", "", ""), true))
                    .isEqualTo("(region not known)");
            assertThat(ComparisonView.regionLabel(new Comparison.Region("k", "000000", "全国", "", ""), true))
                    .isEqualTo("全国");
            assertThat(ComparisonView.regionLabel(new Comparison.Region("k", "330000", "浙江省", "", "浙江省"), true))
                    .isEqualTo("浙江省");
            assertThat(ComparisonView.regionLabel(new Comparison.Region("k", "330523", "安吉县", "湖州市", "浙江省"), true))
                    .isEqualTo("安吉县 · 湖州市");
            assertThat(ComparisonView.regionLabel(new Comparison.Region("k", "330523", "安吉县", "湖州市", "浙江省"), false))
                    .isEqualTo("安吉县");
        } finally {
            Messages.use(java.util.Locale.getDefault());
        }
    }
}
