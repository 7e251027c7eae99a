package org.zhibiao.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhibiao.text.Normalizer;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clause frame and the assembly step on sentences written for these tests, one row per failure class: a
 * clause's own words against its passage, and lists of names and numbers. Each expected figure is
 * indicator/kind/year value growth qualifier, rows separated by {@code ;}; {@code |} stands for a line break.
 */
class ClauseAndListTest {

    private static final Extractor EXTRACTOR = Extractor.loadDefault();
    private static final Normalizer NORMALIZER = new Normalizer();
    private static final String HEAD = "2023年某县政府工作报告|一、2022年工作回顾|";

    private static List<String> rows(String text) {
        return EXTRACTOR.read(NORMALIZER.normalize(text.replace("|", "\n"))).figures().stream()
                .map(ExtractorTest::row).toList();
    }

    private static List<String> expected(String rows) {
        return Arrays.stream(rows.split(";")).map(String::strip).toList();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '#', value = {
            // a result word in the clause overrules a passage of targets
            HEAD + "二、2023年工作安排|主要预期目标：地区生产总值增长6%左右。据统计，全县固定资产投资完成95.3亿元，同比增长7.5%。"
                    + "# gdp/target/2023 - 6 approx; fixed_investment/actual/2022 95.3亿元 7.5 -"
                    + "# a result word inside a target passage",
            // a goal word in the figure's own phrase overrules a review passage; its completion does not
            HEAD + "过去一年，全县地区生产总值完成128亿元，增长4%。今年，全县力争规模以上工业增加值增长8%。"
                    + "# gdp/actual/2022 128亿元 4 -; industrial_value_added/target/2023 - 8 -"
                    + "# a goal word inside a review",
            HEAD + "过去一年，全县一般公共预算收入完成9.8亿元，完成预期目标的102%。"
                    + "# budget_revenue/actual/2022 9.8亿元 - -"
                    + "# a goal met is no goal",
            // 年均 in a review is a period; a level from X to Y is the end of a period
            HEAD + "五年来，全县地区生产总值从80亿元增长到128.5亿元，年均增长7.1%。"
                    + "# gdp/period/2022 128.5亿元 7.1 -"
                    + "# from X to Y over five years",
            // 到20XX年 sets a plan's year
            HEAD + "二、今后五年目标|到2027年，全县地区生产总值达到180亿元。"
                    + "# gdp/plan/2027 180亿元 - -"
                    + "# a plan horizon",
            // a round bound, then the figure
            HEAD + "全县地区生产总值突破100亿元，达到103.62亿元，增长6.1%。"
                    + "# gdp/actual/2022 103.62亿元 6.1 -"
                    + "# a bound then the exact level",
            // lists: 分别 with two indicators in one name
            HEAD + "城乡居民人均可支配收入分别达到38650元和19870元，分别增长5.1%和6.3%。"
                    + "# urban_income/actual/2022 38650元 5.1 -; rural_income/actual/2022 19870元 6.3 -"
                    + "# 分别 twice",
            HEAD + "城镇、农村常住居民人均可支配收入分别达到38650元和19870元，增长5.1%和6.3%。"
                    + "# urban_income/actual/2022 38650元 5.1 -; rural_income/actual/2022 19870元 6.3 -"
                    + "# rates listed without a second 分别",
            HEAD + "规模以上工业增加值、全社会固定资产投资分别完成45.2亿元、88.6亿元。"
                    + "# industrial_value_added/actual/2022 45.2亿元 - -; fixed_investment/actual/2022 88.6亿元 - -"
                    + "# A、B分别完成X、Y",
            HEAD + "五年来，城镇居民人均可支配收入和农村居民人均可支配收入年均增长7.2%和8.1%。"
                    + "# urban_income/period/2022 - 7.2 -; rural_income/period/2022 - 8.1 -"
                    + "# 年均增长a和b without 分别",
            HEAD + "五年来，城镇居民人均可支配收入和农村居民人均纯收入年均实际增长超过7%。"
                    + "# urban_income/period/2022 - 7 ge; rural_income/period/2022 - 7 ge"
                    + "# two names share one rate",
            // signs and broken numbers
            HEAD + "一般公共预算收入完成9.8亿元，增长3.2℅；社会消费品零售总额完成1234. 56亿元，增长6.1％。"
                    + "# budget_revenue/actual/2022 9.8亿元 3.2 -; retail_sales/actual/2022 1234.56亿元 6.1 -"
                    + "# ℅, ％ and a space after the decimal point",
            HEAD + "全县地区生产总值完成201.3|亿元，增长3.5%。"
                    + "# gdp/actual/2022 201.3亿元 3.5 -"
                    + "# a line break between number and unit",
            // traditional characters with inline pinyin
            "某縣2019年政府工作報告|過去一年，全縣地區生產總(zǒng)值完成56.7億元，增長6.5%。一般公共預(yù)算收入3.2億元，增長4.1%。"
                    + "# gdp/actual/2018 56.7亿元 6.5 -; budget_revenue/actual/2018 3.2亿元 4.1 -"
                    + "# traditional text with pinyin",
    })
    void figures(String text, String rows, String why) {
        assertThat(rows(text)).as(why).containsExactlyElementsOf(expected(rows));
    }
}
