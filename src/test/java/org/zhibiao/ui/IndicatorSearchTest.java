package org.zhibiao.ui;

import org.junit.jupiter.api.Test;
import org.zhibiao.extract.Extractor;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding an indicator by what an analyst types: Chinese, English, a synonym, the code, pinyin initials. */
class IndicatorSearchTest {

    private final IndicatorSearch search = new IndicatorSearch(Extractor.loadDefault().lexicon());

    @Test
    void pinyinInitialsFindTheChineseName() {
        assertThat(IndicatorSearch.initials("固定资产投资")).isEqualTo("gdzctz");
        assertThat(IndicatorSearch.initials("GDP增速")).isEqualTo("gdpzs");
        assertThat(search.find("gdzc")).first().isEqualTo("fixed_investment");
        assertThat(search.find("ybggys")).first().isEqualTo("budget_revenue");
    }

    @Test
    void aNameASynonymOrTheCodeFindsIt() {
        assertThat(search.find("地区生产总值")).first().isEqualTo("gdp");
        assertThat(search.find("GDP")).contains("gdp");
        assertThat(search.find("gdp")).first().isEqualTo("gdp");
        assertThat(search.find("一般公共预算")).contains("budget_revenue");
        assertThat(search.find("消费品零售")).as("part of a name reports use").contains("retail_sales");
        assertThat(search.find("retail")).first().isEqualTo("retail_sales");
    }

    @Test
    void nothingTypedListsEveryIndicatorAndNonsenseNone() {
        assertThat(search.find("")).hasSizeGreaterThanOrEqualTo(20).doesNotHaveDuplicates();
        assertThat(search.find("zzzzqqq")).isEmpty();
    }
}
