package org.zhibiao.bench;

import org.zhibiao.extract.Gazetteer;
import org.zhibiao.model.Region;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic government work reports for scale tests: every county-level region of the gazetteer, one report a
 * year, built from templates in the styles real reports use (several phrasings per figure, 以上/左右/以内 targets,
 * declines, five-year reviews and plans, policy prose in between). Deterministic for a seed.
 */
public final class CorpusGenerator {

    /** One generated report, with whose report it is (to check identification against, never to feed it). */
    public record Document(String name, String text, Region region, int year) {

        /** The document's row of a docs.tsv in the gold schema's format. */
        public String truthRow() {
            return String.join("\t", name, region.province(), region.prefecture(), region.name(), String.valueOf(year),
                    String.valueOf(year - 1), "report");
        }
    }

    private static final String[][] RESULTS = {
            {"地区生产总值", "亿元", "money"}, {"一般公共预算收入", "亿元", "money"}, {"固定资产投资", "亿元", "money"},
            {"规模以上工业增加值", "", "growth"}, {"社会消费品零售总额", "亿元", "money"}, {"外贸进出口总额", "亿元", "money"},
            {"城镇居民人均可支配收入", "元", "income"}, {"农村居民人均可支配收入", "元", "income"}, {"实际利用外资", "万美元", "small"},
            {"新增市场主体", "户", "count"}, {"城镇新增就业", "人", "count"}, {"粮食总产量", "万吨", "small"}};
    private static final String[] VERBS = {"完成", "实现", "达到", "", "预计完成"};
    private static final String[] GROWTH = {"增长", "同比增长", "比上年增长", "增速"};
    private static final String[] PROSE = {
            "坚持以人民为中心的发展思想，持续保障和改善民生，群众获得感、幸福感、安全感不断增强。",
            "深入实施创新驱动发展战略，科技创新平台建设加快推进，企业研发投入持续增加。",
            "扎实推进乡村振兴，农业基础更加稳固，农村人居环境整治取得明显成效。",
            "持续优化营商环境，深化放管服改革，政务服务事项实现一网通办。",
            "统筹发展和安全，安全生产形势总体稳定，社会大局和谐稳定。",
            "坚定不移推进生态文明建设，空气质量优良天数比例保持较高水平，河湖长制全面落实。",
            "加快交通、水利、能源等基础设施建设，城乡面貌持续改善。",
            "大力发展县域经济，推动产业集群发展，招商引资成效明显。"};

    private final List<Region> regions;

    public CorpusGenerator(Gazetteer gazetteer) {
        List<Region> counties = new ArrayList<>();
        for (String name : new java.util.TreeSet<>(gazetteer.names())) {
            for (Region r : gazetteer.byName(name)) {
                if (r.level() == Region.Level.COUNTY && name.length() >= 3) {
                    counties.add(r);
                }
            }
        }
        this.regions = counties;
    }

    public int regionCount() {
        return regions.size();
    }

    /** Report i of a corpus: region i mod the region count, year 2014 onwards for each round through them. */
    public Document document(int i, long seed) {
        Random r = new Random(seed * 1_000_003L + i);
        Region region = regions.get(i % regions.size());
        int year = 2014 + (i / regions.size()) % 10;
        String name = region.name();
        String unitWord = name.endsWith("区") ? "区" : name.endsWith("市") ? "市" : name.endsWith("旗") ? "旗" : "县";
        StringBuilder b = new StringBuilder();
        // a district of a directly administered municipality is named with it (上海市宝山区), as its reports are
        String above = region.prefecture().isEmpty() && !region.province().equals(name) ? region.province() : region.prefecture();
        b.append(year).append("年").append(above).append(name).append("政府工作报告\n");
        b.append("——").append(year).append("年1月").append(5 + r.nextInt(20)).append("日在").append(name)
                .append("人民代表大会会议上\n各位代表：\n现在，我代表").append(unitWord).append("人民政府向大会报告工作，请予审议。\n");
        b.append("一、").append(year - 1).append("年工作回顾\n");
        b.append("过去一年，全").append(unitWord).append("上下团结奋斗，经济社会发展稳中有进。");
        for (String[] ind : RESULTS) {
            if (r.nextInt(10) < 2) {
                continue;
            }
            b.append(ind[0]).append(VERBS[r.nextInt(VERBS.length)]);
            if (!ind[2].equals("growth")) {
                b.append(level(ind[2], r)).append(ind[1]).append("，");
            }
            double g = r.nextInt(10) == 0 ? -(r.nextInt(50) / 10.0) : 1 + r.nextInt(150) / 10.0;
            b.append(g < 0 ? "下降" + (-g) : GROWTH[r.nextInt(GROWTH.length)] + g).append("%；");
        }
        b.setLength(b.length() - 1);
        b.append("。\n");
        prose(b, r, 12 + r.nextInt(20));
        if (r.nextInt(5) == 0) {
            b.append("五年来，地区生产总值年均增长").append(5 + r.nextInt(40) / 10.0).append("%，一般公共预算收入年均增长")
                    .append(3 + r.nextInt(60) / 10.0).append("%。\n");
        }
        b.append("二、").append(year).append("年工作安排\n");
        b.append("今年经济社会发展的主要预期目标是：地区生产总值增长").append(5 + r.nextInt(30) / 10.0)
                .append(r.nextBoolean() ? "%以上" : "%左右").append("，一般公共预算收入增长").append(3 + r.nextInt(50) / 10.0)
                .append("%，固定资产投资增长").append(5 + r.nextInt(100) / 10.0).append("%，社会消费品零售总额增长")
                .append(5 + r.nextInt(50) / 10.0).append("%，城乡居民人均可支配收入分别增长").append(6 + r.nextInt(20) / 10.0)
                .append("%和").append(7 + r.nextInt(20) / 10.0).append("%，城镇登记失业率控制在").append(3 + r.nextInt(15) / 10.0)
                .append("%以内，居民收入增长和经济增长基本同步。\n");
        prose(b, r, 24 + r.nextInt(36));
        b.append("各位代表，让我们团结一心，为建设更加美好的").append(name).append("而努力奋斗！\n");
        return new Document(String.format("%05d_%s_%d.txt", i, region.code(), year), b.toString(), region, year);
    }

    private static String level(String kind, Random r) {
        return switch (kind) {
            case "money" -> String.valueOf(10 + r.nextInt(5000) / 10.0);
            case "income" -> String.valueOf(10000 + r.nextInt(40000));
            case "small" -> String.valueOf(1 + r.nextInt(2000) / 10.0);
            default -> String.valueOf(500 + r.nextInt(20000));
        };
    }

    private static void prose(StringBuilder b, Random r, int paragraphs) {
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 3 + r.nextInt(6);
            for (int s = 0; s < sentences; s++) {
                b.append(PROSE[r.nextInt(PROSE.length)]);
            }
            b.append('\n');
        }
    }
}
