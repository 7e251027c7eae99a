package org.zhibiao.extract;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LexiconTest {

    private final Lexicon lexicon = Lexicon.loadDefault();

    private List<String> names(String text) {
        return lexicon.find(text).stream()
                .map(m -> text.substring(m.start(), m.end()) + "=" + String.join("+", m.term().indicators()))
                .toList();
    }

    @Test
    void knowsAllTwentyIndicators() {
        assertThat(lexicon.indicators()).hasSize(20);
        assertThat(lexicon.termCount()).isGreaterThan(150);
    }

    @Test
    void longerNamesWin() {
        assertThat(names("全社会固定资产投资增长")).containsExactly("全社会固定资产投资=fixed_investment");
        assertThat(names("外贸进出口总额完成")).containsExactly("外贸进出口总额=foreign_trade");
        assertThat(names("农村居民人均可支配收入")).containsExactly("农村居民人均可支配收入=rural_income");
    }

    @Test
    void namesOfOtherThingsBlockTheCoreNamesInside() {
        // energy intensity, shares of GDP and total fiscal revenue are not core indicators
        assertThat(names("单位国内生产总值能耗下降5.6%")).containsExactly("单位国内生产总值能耗=");
        assertThat(names("非公经济占GDP比重")).containsExactly("非公经济=", "占GDP比重=");
        assertThat(names("财政总收入和地方财政收入")).containsExactly("财政总收入=", "地方财政收入=budget_revenue");
    }

    @Test
    void oneNameCanCoverTwoIndicators() {
        assertThat(names("城乡居民人均可支配收入分别增长5%和7%"))
                .containsExactly("城乡居民人均可支配收入=urban_income+rural_income");
    }

    @Test
    void olderAndNationalNames() {
        assertThat(names("农民人均纯收入")).containsExactly("农民人均纯收入=rural_income");
        assertThat(names("国内生产总值")).containsExactly("国内生产总值=gdp");
        assertThat(names("地方公共财政收入")).containsExactly("地方公共财政收入=budget_revenue");
        assertThat(names("科技研发投入占地区生产总值比重")).containsExactly("科技研发投入占地区生产总值比重=rd_intensity");
    }

    @Test
    void expandsTermPatterns() {
        assertThat(TermPattern.expand("{城镇|城市}[常住]居民")).containsExactlyInAnyOrder("城镇居民", "城市居民", "城镇常住居民", "城市常住居民");
        assertThatThrownBy(() -> TermPattern.expand("{城镇|城市")).hasMessageContaining("unclosed");
    }

    @Test
    void badRowsAreReportedByFileAndLine() {
        String indicators = "code\tunit_class\tname_zh\tname_en\ngdp\tmoney\t地区生产总值\tGDP\n";
        String terms = "id\tindicator\tterm\tpriority\tnote\n# comment\ngdp.1\tgdp\t生产总值\t10\t\nx.1\tnot_a_code\t某某\t10\t\n";
        assertThatThrownBy(() -> new Lexicon(TsvTable.read("indicators.tsv", new StringReader(indicators)),
                TsvTable.read("terms.tsv", new StringReader(terms))))
                .isInstanceOf(LexiconException.class)
                .hasMessage("terms.tsv:4: unknown indicator 'not_a_code'");
        String shortRow = "id\tindicator\tterm\tpriority\tnote\ngdp.1\tgdp\t生产总值\n";
        assertThatThrownBy(() -> TsvTable.read("terms.tsv", new StringReader(shortRow)))
                .hasMessageContaining("terms.tsv:2");
        String duplicate = "id\tindicator\tterm\tpriority\tnote\ngdp.1\tgdp\t生产总值\t10\t\ngdp.1\tgdp\tGDP\t10\t\n";
        assertThatThrownBy(() -> new Lexicon(TsvTable.read("indicators.tsv", new StringReader(indicators)),
                TsvTable.read("terms.tsv", new StringReader(duplicate))))
                .hasMessage("terms.tsv:3: duplicate id gdp.1");
    }
}
