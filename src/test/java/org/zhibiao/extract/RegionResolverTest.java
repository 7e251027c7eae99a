package org.zhibiao.extract;

import org.junit.jupiter.api.Test;
import org.zhibiao.model.Region;

import java.io.StringReader;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Whose report a text is, on short texts written for these tests. */
class RegionResolverTest {

    private static final RegionResolver RESOLVER = RegionResolver.loadDefault();

    private static String resolve(String text) {
        Optional<Region> r = RESOLVER.resolve(text);
        return r.map(x -> x.province() + "/" + x.prefecture() + "/" + x.name()).orElse("-");
    }

    @Test
    void gazetteerHasEveryLevel() {
        Gazetteer g = RESOLVER.gazetteer();
        assertThat(g.size()).isBetween(3000, 3600);
        assertThat(g.byName("凌河区")).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("210703");
            assertThat(r.prefecture()).isEqualTo("锦州市");
            assertThat(r.province()).isEqualTo("辽宁省");
        });
        assertThat(g.byName("朝阳区")).hasSize(2); // 北京 and 长春
        assertThat(g.byName("东城区")).singleElement().satisfies(r -> assertThat(r.prefecture()).isEmpty());
        assertThat(g.byName("石嘴山市").get(0).level()).isEqualTo(Region.Level.PREFECTURE);
    }

    /** The places that lost, named in passing with equal weight, are explained by code: the same each time. */
    @Test
    void losersOfEqualWeightAreExplainedInCodeOrder() {
        String text = "各位代表：现在，我代表县人民政府向大会报告工作。凌源市全市地区生产总值增长5%。全市与安吉县、"
                + "义乌市、昆山市开展对口合作，学习借鉴先进经验。";
        RegionResolver.Place place = RESOLVER.place(text);
        java.util.List<String> passing = place.reasons().stream()
                .filter(r -> r.what() == Reason.What.PLACE_PASSING)
                .map(r -> RESOLVER.gazetteer().find(text.substring(r.start(), r.end())).get(0).region().code())
                .toList();
        assertThat(passing).as("%s", place.reasons()).hasSizeGreaterThanOrEqualTo(2).isSorted();
    }

    @Test
    void aDistrictWinsOverItsPrefecture() {
        assertThat(resolve("各位代表：现在，我代表区人民政府向大会报告工作。过去一年，在锦州市委、市政府和区委的坚强领导下，"
                + "凌河区地区生产总值增长5%，增速全市第一。全区上下团结奋斗，凌河发展迈上新台阶。"))
                .isEqualTo("辽宁省/锦州市/凌河区");
    }

    @Test
    void namesThatRepeatAcrossTheCountryAreToldApartByContext() {
        assertThat(resolve("朝阳县2023年政府工作报告。过去一年，全县上下在朝阳市委、市政府和县委的领导下，"
                + "县域经济稳步发展，辽宁西部重要节点地位进一步巩固。"))
                .isEqualTo("辽宁省/朝阳市/朝阳县");
        assertThat(resolve("北京市朝阳区政府工作报告。过去一年，区委、区政府团结带领全区人民，朝阳区高质量发展迈出新步伐，"
                + "国际消费中心城市建设在朝阳率先突破。"))
                .isEqualTo("北京市//朝阳区");
        assertThat(resolve("朝阳市政府工作报告。全市上下坚持稳中求进，朝阳市经济运行总体平稳，所辖凌源市、北票市和朝阳县、"
                + "建平县发展各具特色。市委、市政府统筹推进各项工作。"))
                .isEqualTo("辽宁省//朝阳市");
    }

    @Test
    void aCountyLevelCityIsNotItsPrefecture() {
        assertThat(resolve("凌源市今后五年发展目标。全市经济社会持续健康发展，凌源在朝阳地区率先实现主要指标由负转正，"
                + "凌源市委、市政府带领全市人民奋力前行。"))
                .isEqualTo("辽宁省/朝阳市/凌源市");
    }

    @Test
    void aNewsDatelineIsNotTheRegion() {
        assertThat(resolve("人民网银川1月8日电 石嘴山市第十五届人民代表大会第二次会议今天开幕。市长在会上作政府工作报告，"
                + "石嘴山市去年地区生产总值增长6.5%。全市将加快转型发展，石嘴山工业基础雄厚。"))
                .isEqualTo("宁夏回族自治区//石嘴山市");
    }

    @Test
    void twoCharNamesCountOnlyAfterTheirParent() {
        // 和县 hides in 政府和县委, 范县 in 示范县
        assertThat(resolve("县政府和县委共同推进示范县建设，全县上下团结奋斗。")).isEqualTo("-");
        assertThat(resolve("安徽省马鞍山市和县政府工作报告。全县上下团结奋斗，县委、县政府坚持稳中求进。"))
                .isEqualTo("安徽省/马鞍山市/和县");
    }

    @Test
    void aNationalReportHasNoRegion() {
        assertThat(resolve("各位代表：现在，我代表国务院，向大会报告政府工作。全国各族人民团结奋斗，北京、上海、广东经济稳定增长。"))
                .isEqualTo("-");
    }

    @Test
    void badGazetteerRowsAreReportedByLine() {
        String rows = "code\tname\tlevel\tparent_code\n110000\t北京市\tprovince\t\n11010\t东城区\tcounty\t110000\n";
        assertThatThrownBy(() -> new Gazetteer(TsvTable.read("gazetteer.tsv", new StringReader(rows)), Set.of()))
                .hasMessage("gazetteer.tsv:3: code must be six digits, found '11010'");
    }
}
