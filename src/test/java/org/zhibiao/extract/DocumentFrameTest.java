package org.zhibiao.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhibiao.model.DocType;
import org.zhibiao.model.ReportIdentity;
import org.zhibiao.text.Normalizer;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document frame step on sentences written for these tests: which year a text is the report of, from weighed
 * evidence, and that every decision keeps its reasons. One row per failure class of a whole document shifting
 * ({@code |} stands for a line break).
 */
class DocumentFrameTest {

    private static final Identifier IDENTIFIER = Identifier.loadDefault(Phrases.loadDefault());
    private static final Normalizer NORMALIZER = new Normalizer();

    static DocumentFrame frame(String text) {
        return IDENTIFIER.frame(NORMALIZER.normalize(text.replace("|", "\n")).text());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', value = {
            // a plan horizon named before anything else never makes the report year
            "到2025年，全县地区生产总值力争突破300亿元。|一、2020年工作回顾|过去一年，全县地区生产总值完成210亿元。; 2021; plan horizon first",
            "“十四五”时期目标：到2025年基本建成现代化经济体系。|今年是“十四五”开局之年，全县上下……; 2021; a five-year plan opening this year",
            // a January news article on last year's results is written in the year after them
            "本报讯 1月8日电 2021年，预计全市地区生产总值增长6%左右，居民人均可支配收入增长7%。; 2022; January article on estimated results",
            "发布时间：2024-01-15 09:30|去年，全区地区生产总值完成512亿元，增长5.5%。; 2024; page dated January reviewing last year",
            // a report delivered in December is for the next year
            "——2020年12月21日在某县第十七届人民代表大会第五次会议上|各位代表：现在，我代表县人民政府向大会报告工作。; 2021; December delivery line",
            // a national report's five-year review: the plan just closed
            "过去五年，我们胜利完成“十一五”规划的主要目标和任务，国内生产总值年均增长11%。; 2011; five-year plan just completed",
            "努力实现“十二五”时期良好开局。; 2011; a good start of a plan as this year's goal",
            // review and plan headings
            "一、2018年工作回顾|二、2019年工作安排; 2019; review and plan headings",
            // a dated web-page line is no heading of the plan year
            "日期：2022年01月24日 来源：某县融媒体中心|2021年，全县地区生产总值完成92亿元，增长8%。; 2022; a dated page line",
    })
    void reportYear(String text, int year, String why) {
        DocumentFrame f = frame(text);
        assertThat(f.identity().reportYear()).as(why + ": " + f.yearReasons()).isEqualTo(year);
        assertThat(f.identity().reviewYear()).isEqualTo(year - 1);
        assertThat(f.yearReasons()).as("a decision keeps its reasons").isNotEmpty();
    }

    @Test
    void aTextWithoutYearsHasNone() {
        DocumentFrame f = frame("全县地区生产总值持续增长。");
        assertThat(f.identity().reportYear()).isNull();
        assertThat(f.yearReasons()).extracting(Reason::what).containsExactly(Reason.What.NO_YEAR);
    }

    @Test
    void reasonsReadInBothLanguages() {
        DocumentFrame f = frame("一、2018年工作回顾|二、2019年工作安排");
        Reason r = f.yearReasons().get(0);
        assertThat(r.render(Locale.ENGLISH)).contains("2019").doesNotContain("{");
        assertThat(r.render(Locale.SIMPLIFIED_CHINESE)).contains("2019").contains("年");
        assertThat(r.describe(Locale.ENGLISH, "一、2018年工作回顾\n二、2019年工作安排")).contains("@");
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = ';', value = {
            "现在，我代表县人民政府向大会报告工作，请予审议。|……|让我们携手奋进，共创美好未来！; report; ; opening and closing",
            "现在，我代表区人民政府向大会报告工作。|一、2023年工作回顾|过去一年，全区地区生产总值完成300亿; fragment; ; opening, cut off",
            "本报记者 王某 报道|县长在政府工作报告中指出，去年全县经济稳中有进。; article; ; reporter byline",
            "政府工作报告解读|来源：某市晚报 2020-05-18|去年全市经济总量突破千亿。; article; ; an explained report in a paper",
    })
    void documentType(String text, String type, String unused, String why) {
        assertThat(frame(text).docType()).as(why).isEqualTo(DocType.fromCode(type));
    }

    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = ';', value = {
            // a place name inside a common word never decides a region
            "全县上下大力实施乡村振兴战略，乡村振兴取得新成效，乡村振兴示范村达到20个。; ; ; ; 乡村振兴 is no 振兴区",
            "我们主动融入东北振兴大局，东北振兴战略深入推进。; ; ; ; 东北振兴 is no 振兴区",
            // a place named in passing weighs little against the county that speaks
            "2022年涞源县政府工作报告|全县上下团结奋斗。我们学习借鉴安吉县经验，与上海市杨浦区开展对口合作，融入首都经济圈。|涞源县人民政府; 河北省; 保定市; 涞源县; a county naming others in passing",
            "某县2021年政府工作报告|我们与厦门市思明区结成友好县区，学习借鉴厦门市先进经验。|全县地区生产总值增长6%。; ; ; ; passing mentions only decide nothing",
            // a province's own report and the national report
            "2019年浙江省政府工作报告|过去一年，全省生产总值增长6.8%。我省坚持稳中求进，省委省政府……; 浙江省; ; 浙江省; a province's own report",
            "现在，我代表国务院，向大会报告政府工作。|过去一年，国内生产总值增长5.2%。; ; ; 全国; the national report",
            // a district of a directly administered municipality
            "重庆市江北区2022年政府工作报告|全区上下……江北区人民政府; 重庆市; ; 江北区; a municipality's district",
    })
    void place(String text, String province, String prefecture, String region, String why) {
        ReportIdentity id = frame(text).identity();
        assertThat(id.region()).as(why).isEqualTo(region == null ? "" : region);
        assertThat(id.province()).as(why).isEqualTo(province == null ? "" : province);
        assertThat(id.prefecture()).as(why).isEqualTo(prefecture == null ? "" : prefecture);
    }

    @Test
    void passingMentionsAreKeptAsReasons() {
        DocumentFrame f = frame("2022年涞源县政府工作报告|我们学习借鉴安吉县经验。涞源县人民政府");
        assertThat(f.placeReasons()).extracting(Reason::what).contains(Reason.What.PLACE_PASSING, Reason.What.PLACE_SPEAKER);
    }
}
