package org.zhibiao.extract;

import org.junit.jupiter.api.Test;
import org.zhibiao.model.DocType;
import org.zhibiao.model.Figure;
import org.zhibiao.text.NormalizedText;
import org.zhibiao.text.Normalizer;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine on short texts written for these tests, in the styles real reports use. Each figure is shown as
 * indicator/kind/year value unit growth qualifier, the fields the gold files compare.
 */
class ExtractorTest {

    private static final Extractor EXTRACTOR = Extractor.loadDefault();
    private static final Normalizer NORMALIZER = new Normalizer();

    private static Extractor.Reading read(String text) {
        return EXTRACTOR.read(NORMALIZER.normalize(text));
    }

    private static List<String> rows(String text) {
        return read(text).figures().stream().map(ExtractorTest::row).collect(Collectors.toList());
    }

    static String row(Figure f) {
        return f.indicator() + "/" + f.kind().code() + "/" + f.year() + " "
                + (f.value() == null ? "-" : f.value().toPlainString() + f.unit()) + " "
                + (f.growthPct() == null ? "-" : f.growthPct().toPlainString()) + " "
                + (f.qualifier().code().isEmpty() ? "-" : f.qualifier().code());
    }

    @Test
    void qualifiersOfATargetList() {
        String text = "2024年临泉县政府工作报告\n二、2024年工作安排\n"
                + "今年经济社会发展的主要预期目标是：地区生产总值增长7%以上，固定资产投资增长10%左右，"
                + "城镇登记失业率控制在4%以内，居民消费价格涨幅3%左右，一般公共预算收入突破20亿元，"
                + "社会消费品零售总额增长不低于8%，进出口回稳向好。";
        assertThat(rows(text)).containsExactly(
                "gdp/target/2024 - 7 ge",
                "fixed_investment/target/2024 - 10 approx",
                "unemployment_rate/target/2024 4% - le",
                "cpi/target/2024 3% - approx",
                "budget_revenue/target/2024 20亿元 - ge",
                "retail_sales/target/2024 - 8 ge",
                "foreign_trade/target/2024 - - qualitative");
    }

    @Test
    void declinesAreNegativeGrowth() {
        String text = "一、2023年工作回顾\n过去一年，全县农业总产值25.3亿元，下降1.2%；规模以上工业增加值同比下降3.5%；"
                + "粮食总产量减少2%。";
        assertThat(rows(text)).containsExactly(
                "agriculture_output/actual/2023 25.3亿元 -1.2 -",
                "industrial_value_added/actual/2023 - -3.5 -",
                "grain_output/actual/2023 - -2 -");
    }

    @Test
    void fenbieSpreadsValuesAndRatesOverTheNames() {
        String text = "2021年工作回顾\n城镇和农村常住居民人均可支配收入分别达到38600元和17200元，分别增长4.5%和6.8%。"
                + "财政总收入和一般公共预算收入分别增长8%和6.5%。"
                + "城镇登记失业率、居民消费价格涨幅分别控制在4.5%、3%以内。";
        assertThat(rows(text)).containsExactly(
                "urban_income/actual/2021 38600元 4.5 -",
                "rural_income/actual/2021 17200元 6.8 -",
                "budget_revenue/actual/2021 - 6.5 -",
                "unemployment_rate/actual/2021 4.5% - le",
                "cpi/actual/2021 3% - le");
    }

    @Test
    void oneRateAfterFenbieGoesToEveryName() {
        assertThat(rows("2022年工作回顾\n城乡居民人均可支配收入分别达到3.1万元和1.5万元，分别增长6%。"))
                .containsExactly("urban_income/actual/2022 3.1万元 6 -", "rural_income/actual/2022 1.5万元 6 -");
    }

    @Test
    void sectionsDecideKindAndYear() {
        String text = "2023年永修县政府工作报告\n"
                + "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n"
                + "一、2022年工作回顾\n"
                + "全县实现地区生产总值215.6亿元，增长4.1%；一般公共预算收入18.2亿元，增长6%。\n"
                + "五年来，地区生产总值年均增长7.2%，城镇新增就业累计2.6万人。\n"
                + "二、今后五年的目标\n"
                + "今后五年，全县经济社会发展的主要目标是：到2027年，地区生产总值年均增长6%，农村居民人均可支配收入达到3万元。\n"
                + "三、2023年工作安排\n"
                + "主要预期目标是：地区生产总值增长6.5%，一般公共预算收入增长5%，城镇新增就业5000人以上。\n"
                + "各位代表，让我们团结一心，为建设美丽永修而努力奋斗！";
        Extractor.Reading r = read(text);
        assertThat(r.identity().reportYear()).isEqualTo(2023);
        assertThat(r.identity().reviewYear()).isEqualTo(2022);
        assertThat(r.identity().docType()).isEqualTo(DocType.REPORT);
        assertThat(r.figures()).map(ExtractorTest::row).containsExactly(
                "gdp/actual/2022 215.6亿元 4.1 -",
                "budget_revenue/actual/2022 18.2亿元 6 -",
                "gdp/period/2022 - 7.2 -",
                "new_urban_jobs/period/2022 2.6万人 - -",
                "gdp/plan/2027 - 6 -",
                "rural_income/plan/2027 3万元 - -",
                "gdp/target/2023 - 6.5 -",
                "budget_revenue/target/2023 - 5 -",
                "new_urban_jobs/target/2023 5000人 - ge");
    }

    @Test
    void anEstimateInsideTheTargetPassageIsAResult() {
        String text = "2020年工作安排\n今年，预计全年地区生产总值完成88亿元，增长5%。主要预期目标是：地区生产总值增长6%左右。";
        assertThat(rows(text)).containsExactly("gdp/actual/2019 88亿元 5 -", "gdp/target/2020 - 6 approx");
    }

    @Test
    void articlesWithoutHeadingsTakeYearsFromTheirWords() {
        String text = "本报讯（记者 王芳）1月12日，县长李明在县十七届人大三次会议上作政府工作报告。\n"
                + "报告指出，2018年全县实现生产总值96.4亿元，同比增长7.6%。\n"
                + "2019年全县经济社会发展的主要预期目标是：生产总值增长7%左右，固定资产投资增长10%以上。";
        Extractor.Reading r = read(text);
        assertThat(r.identity().docType()).isEqualTo(DocType.ARTICLE);
        assertThat(r.identity().reportYear()).isEqualTo(2019);
        assertThat(r.figures()).map(ExtractorTest::row).containsExactly(
                "gdp/actual/2018 96.4亿元 7.6 -",
                "gdp/target/2019 - 7 approx",
                "fixed_investment/target/2019 - 10 ge");
    }

    @Test
    void traditionalScriptIsReadAsSimplified() {
        String text = "一、2019年工作回顧\n過去一年，全市實現地區生產總值1280.5億元，增長6.2%；社會消費品零售總額560億元，增長8.1%；"
                + "城鎮居民人均可支配收入42150元，增長7.5%。經濟發展穩中有進，民生持續改善。";
        assertThat(rows(text)).containsExactly(
                "gdp/actual/2019 1280.5亿元 6.2 -",
                "retail_sales/actual/2019 560亿元 8.1 -",
                "urban_income/actual/2019 42150元 7.5 -");
    }

    @Test
    void trapsAreNotFigures() {
        String text = "2022年工作回顾\n单位地区生产总值能耗下降3%，万元GDP能耗下降2.5%。"
                + "经济开发区实现地区生产总值45亿元。全县固定资产投资增速全市第三。"
                + "总投资5亿元的项目开工建设，减税降费1.2亿元，民生支出增长9%。"
                + "实际利用外资800万美元，占全市23%。财政收入12亿元，增长4%。"
                + "服务业在地区生产总值中的比重上升到48.6%。";
        assertThat(rows(text)).containsExactly("foreign_investment/actual/2022 800万美元 - -");
    }

    @Test
    void chineseNumeralsAndFullWidthDigits() {
        String text = "2020年工作回顾\n全年新增市场主体三千二百户，城镇新增就业一千二百人，地区生产总值完成２３．５亿元，增长３％。";
        assertThat(rows(text)).containsExactly(
                "new_market_entities/actual/2020 3200户 - -",
                "new_urban_jobs/actual/2020 1200人 - -",
                "gdp/actual/2020 23.5亿元 3 -");
    }

    @Test
    void aLevelAndARateInTwoPlacesMergeIntoOneRow() {
        String text = "2022年工作回顾\n地区生产总值达到150亿元。……全年地区生产总值增长5.5%。";
        assertThat(rows(text)).containsExactly("gdp/actual/2022 150亿元 5.5 -");
    }

    @Test
    void aDecemberReportCallsTheYearItReviewsThisYear() {
        String text = "——2022年12月20日在某县第十八届人民代表大会第二次会议上\n"
                + "今年，全县地区生产总值增长4%，固定资产投资增长8.5%。\n"
                + "明年经济社会发展的主要预期目标是：地区生产总值增长6%左右。";
        Extractor.Reading r = read(text);
        assertThat(r.identity().reportYear()).isEqualTo(2023);
        assertThat(r.figures()).map(ExtractorTest::row).containsExactly(
                "gdp/actual/2022 - 4 -", "fixed_investment/actual/2022 - 8.5 -", "gdp/target/2023 - 6 approx");
    }

    @Test
    void aNumberThatBelongsToSomethingElseIsNotTheLevel() {
        assertThat(rows("2022年工作回顾\n固定资产投资项目总投资50亿元。全年固定资产投资增长12%。"))
                .containsExactly("fixed_investment/actual/2022 - 12 -");
        assertThat(rows("2022年工作回顾\n粮食播种面积稳定在80万亩，总产量6.2亿斤。"))
                .containsExactly("grain_output/actual/2022 6.2亿斤 - -");
    }

    @Test
    void aNewsItemOnTheNationalReportWithOnlyItsResultsYear() {
        // no title or date: the year of the results (2021年，我国…达到) makes it the report of 2022
        String text = "国务院总理在政府工作报告中表示，2021年，我国国内生产总值达到114万亿元，增长8.1%。粮食产量1.37万亿斤。"
                + "报告提出，今年发展主要预期目标是：国内生产总值增长5.5%左右；进出口保稳提质。"
                + "经济增长预期目标为5.5%左右，考虑了稳就业的需要。";
        Extractor.Reading r = read(text);
        assertThat(r.identity().reportYear()).isEqualTo(2022);
        assertThat(r.identity().docType()).isEqualTo(DocType.ARTICLE);
        assertThat(r.figures()).map(ExtractorTest::row).containsExactly(
                "gdp/actual/2021 114万亿元 8.1 -",
                "grain_output/actual/2021 1.37万亿斤 - -",
                "gdp/target/2022 - 5.5 approx",
                "foreign_trade/target/2022 - - qualitative");
    }

    @Test
    void spansPointIntoTheOriginalText() {
        String original = "2019年工作回顾\n预计全县生产总值57.5亿元、增长8.1%；农村居民人均可支配收入1\n2248元、增长9.3%。";
        NormalizedText doc = NORMALIZER.normalize(original);
        List<Figure> figures = EXTRACTOR.read(doc).figures();
        assertThat(figures).hasSize(2);
        for (Figure f : figures) {
            assertThat(original.substring(f.span().start(), f.span().end())).isEqualTo(f.text());
        }
        assertThat(figures.get(0).text()).isEqualTo("全县生产总值57.5亿元、增长8.1%");
        assertThat(figures.get(1).value().toPlainString()).isEqualTo("12248");
    }
}
