package org.zhibiao.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.text.Normalizer;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DictionaryTest {

    private static List<String> extract(Dictionary d, String text) {
        return d.extractor().figures(new Normalizer().normalize(text), 2024, 2023).stream()
                .map(f -> f.indicator() + " " + (f.value() == null ? "-" : f.value().toPlainString() + f.unit())
                        + " " + (f.growthPct() == null ? "-" : f.growthPct().toPlainString()))
                .toList();
    }

    @Test
    void theUsersDictionaryLivesWhereTheSettingsDo(@TempDir Path dir) {
        String before = System.getProperty("zhibiao.configDir");
        System.setProperty("zhibiao.configDir", dir.toString());
        try {
            assertThat(Dictionary.user().folder()).isEqualTo(dir);
            Dictionary.user().addSynonym("gdp", "本地经济总盘子");
            assertThat(dir.resolve("terms.tsv")).content().contains("gdp\t本地经济总盘子");
        } finally {
            if (before == null) {
                System.clearProperty("zhibiao.configDir");
            } else {
                System.setProperty("zhibiao.configDir", before);
            }
        }
    }

    @Test
    void aSynonymIsUsedByTheNextExtraction(@TempDir Path dir) {
        Dictionary d = new Dictionary(dir);
        String text = "2023年工作回顾\n全县生产总值实现98亿元，增长6%。全县GDP总量居全市第二。社零总额35亿元，增长12%。";
        assertThat(extract(d, text)).containsExactly("gdp 98亿元 6");
        d.addSynonym("retail_sales", "社零总额");
        assertThat(extract(new Dictionary(dir), text)).containsExactly("gdp 98亿元 6", "retail_sales 35亿元 12");
        assertThat(dir.resolve("terms.tsv")).content().contains("retail_sales\t社零总额");
    }

    @Test
    void aNewIndicatorCanBeDefined(@TempDir Path dir) {
        Dictionary d = new Dictionary(dir);
        d.addIndicator("tourism_revenue", "money", "旅游总收入", "Tourism revenue");
        List<String> rows = extract(d, "2023年工作回顾\n旅游总收入达到45.6亿元，增长32%。");
        assertThat(rows).containsExactly("tourism_revenue 45.6亿元 32");
        assertThat(d.lexicon().indicators()).containsKey("tourism_revenue");
    }

    @Test
    void badAdditionsAreRefusedWithAReasonAndNothingIsWritten(@TempDir Path dir) {
        Dictionary d = new Dictionary(dir);
        assertThatThrownBy(() -> d.addSynonym("gdp", "一般公共预算收入")).hasMessageContaining("already means");
        assertThatThrownBy(() -> d.addSynonym("no_such", "某某")).hasMessageContaining("unknown indicator");
        assertThatThrownBy(() -> d.addIndicator("Bad Code", "money", "x", "")).hasMessageContaining("lower-case");
        assertThat(dir.resolve("terms.tsv")).doesNotExist();
    }

    @Test
    void aNameOnTheBlockListIsSaidToBeOneNotToMeanNothing(@TempDir Path dir) {
        Dictionary d = new Dictionary(dir);
        assertThatThrownBy(() -> d.addSynonym("gdp", "单位地区生产总值能耗"))
                .hasMessageContaining("never name an indicator").hasMessageNotContaining("[]");
    }

    @Test
    void anAdditionCanBeRemovedAndAnIndicatorGoesWithItsLastName(@TempDir Path dir) {
        Dictionary d = new Dictionary(dir);
        d.addIndicator("tourism_revenue", "money", "旅游总收入", "");
        d.addSynonym("tourism_revenue", "旅游综合收入");
        d.addSynonym("gdp", "全县生产总值合计");
        assertThat(d.lexicon().terms().stream().filter(t -> t.id().startsWith("user."))).hasSize(3);

        d.removeAddition("user.3");
        assertThat(d.lexicon().terms()).noneMatch(t -> t.name().equals("全县生产总值合计"));
        d.removeAddition("user.2");
        assertThat(d.lexicon().indicators()).as("still named 旅游总收入").containsKey("tourism_revenue");
        d.removeAddition("user.1");
        assertThat(d.lexicon().indicators()).doesNotContainKey("tourism_revenue");
        assertThat(d.lexicon().indicators()).containsKey("gdp");
        d.addSynonym("gdp", "全区生产总值合计");
        assertThat(d.lexicon().terms()).anyMatch(t -> t.id().startsWith("user.") && t.name().equals("全区生产总值合计"));
        assertThatThrownBy(() -> d.removeAddition("t.gdp")).hasMessageContaining("added by an analyst");
        assertThatThrownBy(() -> d.removeAddition("user.9")).hasMessageContaining("no added name");
    }
}
