package org.zhibiao.extract;

import org.zhibiao.model.Region;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whose report a text is. Reports and articles name their region again and again, its prefecture and
 * province now and then, and other places in passing (investment tours to 上海, a news dateline in 银川).
 * The score of each division named:
 * <ol>
 *   <li>its mentions: 3 for the full name, 1 for the short one, doubled in the first 300 chars (title, byline);</li>
 *   <li>doubled when its name fits how the text refers to itself: 全县/县政府 for a 县, 全区 for a 区, 全市 for
 *       a city of either level, 全旗 for a 旗;</li>
 *   <li>plus 2 when its prefecture is named too, plus 1 for its province: this is also what tells 朝阳县
 *       (辽宁) from 朝阳区 (北京) and the many 城区 and 鼓楼区 apart.</li>
 * </ol>
 * A national report (我代表国务院) has no region.
 */
public final class RegionResolver {

    private static final int HEAD = 300;

    private final Gazetteer gazetteer;
    private final RegionWords words;

    public RegionResolver(Gazetteer gazetteer, RegionWords words) {
        this.gazetteer = gazetteer;
        this.words = words;
    }

    public static RegionResolver loadDefault() {
        RegionWords words = RegionWords.loadDefault();
        return new RegionResolver(new Gazetteer(TsvTable.resource("gazetteer.tsv"), words.ordinaryWords()), words);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public Optional<Region> resolve(String text) {
        for (String phrase : words.nationalPhrases()) {
            if (text.contains(phrase)) {
                return Optional.empty();
            }
        }
        List<Gazetteer.Mention> mentions = gazetteer.find(text);
        if (mentions.isEmpty()) {
            return Optional.empty();
        }
        Map<Region, Double> score = new HashMap<>();
        Set<String> named = new HashSet<>();
        for (Gazetteer.Mention m : mentions) {
            if (m.region().name().length() == 2 && !introduced(text, m)) {
                continue; // 和县 in 政府和县委, 范县 in 示范县: a two-char name counts only after its parent's
            }
            double w = (m.fullName() ? 3 : 1) * (m.start() < HEAD ? 2 : 1);
            score.merge(m.region(), w, Double::sum);
            named.add(m.region().code());
        }
        String level = selfLevel(text);
        Region best = null;
        double bestScore = 0;
        for (Map.Entry<Region, Double> e : score.entrySet()) {
            Region r = e.getKey();
            double s = e.getValue();
            if (level != null && fits(r, level)) {
                s *= 2;
            }
            Region parent = gazetteer.parentOf(r);
            if (parent != null && named.contains(parent.code())) {
                s += parent.level() == Region.Level.PREFECTURE ? 2 : 1;
                Region grand = gazetteer.parentOf(parent);
                if (grand != null && named.contains(grand.code())) {
                    s += 1;
                }
            }
            if (s > bestScore || s == bestScore && best != null && r.code().compareTo(best.code()) < 0) {
                best = r;
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether a mention stands after its prefecture's or province's name (马鞍山市和县, 安徽萧县) or starts a line. */
    private boolean introduced(String text, Gazetteer.Mention m) {
        if (m.start() == 0 || text.charAt(m.start() - 1) == '\n') {
            return true;
        }
        for (Region up = gazetteer.parentOf(m.region()); up != null; up = gazetteer.parentOf(up)) {
            String full = up.name();
            String shortName = Gazetteer.shortName(up);
            if (text.startsWith(full, m.start() - full.length())
                    || shortName != null && text.startsWith(shortName, m.start() - shortName.length())) {
                return true;
            }
        }
        return false;
    }

    /** The suffix of the reporting region, from how the text refers to itself (全县 …), or null. */
    private String selfLevel(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (Map.Entry<String, String> e : words.selfReferences().entrySet()) {
            String word = e.getKey();
            // 全县, 我县 speak of the text's own region (全市第一 is a rank within the city above); 市委, 市政府
            // are as often the government above (在市委、市政府和县委的坚强领导下), so they weigh less
            int n = word.startsWith("全") ? 2 * countNotRank(text, word)
                    : word.startsWith("我") || word.startsWith("本") ? 2 * count(text, word) : count(text, word);
            if (n > 0) {
                counts.merge(e.getValue(), n, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static boolean fits(Region r, String level) {
        String name = r.name();
        return switch (level) {
            case "省" -> r.level() == Region.Level.PROVINCE;
            case "州" -> name.endsWith("州") && r.level() == Region.Level.PREFECTURE;
            default -> name.endsWith(level) && r.level() != Region.Level.PROVINCE;
        };
    }

    private static int countNotRank(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            int after = i + word.length();
            if (after >= text.length() || "第前首平同".indexOf(text.charAt(after)) < 0) {
                n++;
            }
        }
        return n;
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }
}
