package org.zhibiao.extract;

import org.zhibiao.model.Region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whose report a text is, from weighed evidence. Reports and articles name their region again and
 * again, its prefecture and province now and then, and other places in passing (investment tours to 上海, a
 * sister city, a news dateline in 银川). The score of each division named:
 * <ol>
 *   <li>its mentions: 3 for the full name, 1 for the short one, doubled in the first 300 chars (title, byline);
 *       a name inside a common word (振兴 in 乡村振兴) never counts, and a name just after a word of passing
 *       mention (对口, 学习, 融入, 合作) counts a fifth;</li>
 *   <li>a name that speaks: followed by its government, its congress, its head or 政府工作报告 (牟定县人民政府,
 *       长春市第十六届人民代表大会, 县长): plus 4 each, up to three times;</li>
 *   <li>doubled when its name fits how the text refers to itself: 全县/县政府 for a 县, 全区 for a 区, 全市 for
 *       a city of either level, 全旗 for a 旗, 全省 for a province;</li>
 *   <li>plus 2 when its prefecture is named too, plus 1 for its province: this is also what tells 朝阳县
 *       (辽宁) from 朝阳区 (北京) and the many 城区 and 鼓楼区 apart.</li>
 * </ol>
 * A national report (我代表国务院, or a page about one that names no region of its own) is 全国.
 */
public final class RegionResolver {

    /** Whose report: a division, the whole country, or unknown (neither), with the evidence. */
    public record Place(Region region, boolean national, List<Reason> reasons) {

        public Optional<Region> division() {
            return Optional.ofNullable(region);
        }
    }

    private static final int HEAD = 300;
    private static final int NATIONAL_HEAD = 600;
    private static final double PASSING = 0.2;
    private static final java.util.regex.Pattern SPEAKS = java.util.regex.Pattern.compile(
            "(\\d{4}年)?(人民政府|政府工作报告|政府|委员会|县委|市委|区委|旗委|州委|第[一二三四五六七八九十]+届|人民代表大会|人大|县长|市长|区长|旗长|州长|省长)");

    /** The characters a match of SPEAKS can start with, besides a digit. */
    private static final String SPEAKS_FIRST = "人政委县市区旗州第省";

    private final Gazetteer gazetteer;
    private final RegionWords words;
    private final NameIndex<String> selfWords;
    /** The last characters of the passing-mention words, a bit each. */
    private final long[] passingEnds = new long[(Character.MAX_VALUE + 1) >>> 6];
    /** Every piece of two or more characters of a word with a place inside, to the words and offsets it is found at. */
    private final Map<String, List<Map.Entry<String, Integer>>> insideWords = new HashMap<>();

    public RegionResolver(Gazetteer gazetteer, RegionWords words) {
        this.gazetteer = gazetteer;
        this.words = words;
        for (String w : words.passingWords()) {
            char last = w.charAt(w.length() - 1);
            passingEnds[last >>> 6] |= 1L << last;
        }
        java.util.TreeMap<String, String> self = new java.util.TreeMap<>();
        words.selfReferences().keySet().forEach(w -> self.put(w, w));
        selfWords = new NameIndex<>(self);
        for (String w : words.wordsWithPlaceInside()) {
            for (int i = 0; i < w.length(); i++) {
                for (int j = i + 2; j <= w.length(); j++) {
                    insideWords.computeIfAbsent(w.substring(i, j), k -> new ArrayList<>()).add(Map.entry(w, i));
                }
            }
        }
    }

    public static RegionResolver loadDefault() {
        RegionWords words = RegionWords.loadDefault();
        return new RegionResolver(new Gazetteer(TsvTable.resource("gazetteer.tsv"), words.ordinaryWords()), words);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public Optional<Region> resolve(String text) {
        return place(text).division();
    }

    public Place place(String text) {
        return place(text, null);
    }

    /**
     * @param names the text's hits of a group scan that had {@link #nameIndexes()}, or null to scan the text for
     *              them here
     */
    Place place(String text, NameIndex.Found names) {
        String level = selfLevel(text, names);
        for (String phrase : words.nationalPhrases()) {
            int at = text.indexOf(phrase);
            if (at >= 0) {
                return new Place(null, true, List.of(Reason.at(Reason.What.NATIONAL, at, at + phrase.length(), 10, phrase)));
            }
        }
        if (level == null) {
            String head = text.substring(0, Math.min(text.length(), NATIONAL_HEAD));
            for (String phrase : words.nationalHeadPhrases()) {
                int at = head.indexOf(phrase);
                if (at >= 0) {
                    return new Place(null, true, List.of(Reason.at(Reason.What.NATIONAL, at, at + phrase.length(), 5, phrase)));
                }
            }
        }
        List<Gazetteer.Mention> mentions = names != null ? gazetteer.find(names) : gazetteer.find(text);
        if (mentions.isEmpty()) {
            return new Place(null, false, List.of());
        }
        Map<Region, Double> score = new HashMap<>();
        Map<Region, List<Reason>> why = new HashMap<>();
        Map<Region, Integer> speaking = new HashMap<>();
        Set<String> named = new HashSet<>();
        Set<Region> notInPassing = new HashSet<>();
        int lastPassingEnd = -1;
        String lastPassingWord = null;
        List<Reason> dropped = new ArrayList<>();
        java.util.regex.Matcher speaker = SPEAKS.matcher(text); // one for all mentions: one each was a tenth of the time
        for (Gazetteer.Mention m : mentions) {
            if (m.region().name().length() == 2 && !introduced(text, m)) {
                continue; // 和县 in 政府和县委, 范县 in 示范县: a two-char name counts only after its parent's
            }
            String name = text.substring(m.start(), m.end());
            if (insideWord(text, m.start(), name)) {
                if (dropped.size() < 3) {
                    dropped.add(Reason.at(Reason.What.PLACE_IN_WORD, m.start(), m.end(), 0, name));
                }
                continue;
            }
            double w = (m.fullName() ? 3 : 1) * (m.start() < HEAD ? 2 : 1);
            String passing = passingWordBefore(text, m.start());
            if (passing == null && lastPassingEnd >= 0 && m.start() - lastPassingEnd <= 1
                    && (m.start() == lastPassingEnd || "、和及与".indexOf(text.charAt(lastPassingEnd)) >= 0)) {
                passing = lastPassingWord; // 与四川省遂宁市、成都市郫都区: a list after the word, and its parts
            }
            if (passing != null) {
                lastPassingEnd = m.end();
                lastPassingWord = passing;
            }
            if (passing != null) {
                w *= PASSING;
                List<Reason> list = why.computeIfAbsent(m.region(), k -> new ArrayList<>());
                if (list.size() < 6) {
                    list.add(Reason.at(Reason.What.PLACE_PASSING, m.start(), m.end(), w, name, passing));
                }
            } else {
                notInPassing.add(m.region());
                if (speaks(speaker, text, m.end()) && speaking.merge(m.region(), 1, Integer::sum) <= 3) {
                    w += 4;
                    why.computeIfAbsent(m.region(), k -> new ArrayList<>())
                            .add(Reason.at(Reason.What.PLACE_SPEAKER, m.start(), Math.min(text.length(), m.end() + 6), w, name));
                }
            }
            score.merge(m.region(), w, Double::sum);
            named.add(m.region().code());
        }
        Region best = null;
        double bestScore = 0;
        Map<Region, List<Reason>> bonus = new HashMap<>();
        for (Map.Entry<Region, Double> e : score.entrySet()) {
            Region r = e.getKey();
            double s = e.getValue();
            if (!notInPassing.contains(r)) {
                continue; // named only in passing (学习借鉴安吉县经验): never the region that speaks
            }
            List<Reason> extra = new ArrayList<>();
            extra.add(Reason.whole(Reason.What.PLACE_NAMED, s, r.name()));
            if (level != null && fits(r, level)) {
                extra.add(Reason.whole(Reason.What.PLACE_SELF, s, r.name(), level));
                s *= 2;
            }
            Region parent = gazetteer.parentOf(r);
            if (parent != null && named.contains(parent.code())) {
                double add = parent.level() == Region.Level.PREFECTURE ? 2 : 1;
                Region grand = gazetteer.parentOf(parent);
                if (grand != null && named.contains(grand.code())) {
                    add += 1;
                }
                s += add;
                extra.add(Reason.whole(Reason.What.PLACE_PARENT, add, parent.name()));
            }
            bonus.put(r, extra);
            if (s > bestScore || s == bestScore && best != null && r.code().compareTo(best.code()) < 0) {
                best = r;
                bestScore = s;
            }
        }
        if (best == null) {
            return new Place(null, false, dropped);
        }
        List<Reason> reasons = new ArrayList<>(bonus.get(best));
        reasons.addAll(why.getOrDefault(best, List.of()));
        if (best.level() == Region.Level.PROVINCE) {
            reasons.add(Reason.whole(Reason.What.PROVINCE_SELF, 0, best.name()));
        }
        // the strongest other candidates, so a reader sees what lost; equal scores by code, as the winner is chosen
        // (the map's order hung on the identity hash of Region.Level, so the same report could explain itself
        // differently in two builds)
        List<Map.Entry<Region, Double>> others = new ArrayList<>(score.size());
        for (Map.Entry<Region, Double> e : score.entrySet()) {
            if (!e.getKey().equals(best)) {
                others.add(e);
            }
        }
        others.sort((a, b) -> {
            int c = Double.compare(b.getValue(), a.getValue());
            return c != 0 ? c : a.getKey().code().compareTo(b.getKey().code());
        });
        for (Map.Entry<Region, Double> e : others.subList(0, Math.min(4, others.size()))) {
            for (Reason r : why.getOrDefault(e.getKey(), List.of())) {
                if (r.what() == Reason.What.PLACE_PASSING) {
                    reasons.add(r);
                }
            }
        }
        reasons.addAll(dropped);
        return new Place(best, false, List.copyOf(new java.util.LinkedHashSet<>(reasons))); // each once, first met first
    }

    /** Whether a name found at {@code start} stands inside a common word that has it inside (振兴 in 乡村振兴). */
    private boolean insideWord(String text, int start, String name) {
        for (Map.Entry<String, Integer> w : insideWords.getOrDefault(name, List.of())) {
            int from = start - w.getValue();
            if (from >= 0 && text.startsWith(w.getKey(), from)) {
                return true;
            }
        }
        return false;
    }

    /** A passing-mention word ending at most four characters before the name (对口合作的上海市, 学习借鉴安吉县). */
    private String passingWordBefore(String text, int start) {
        // the window: eight chars back, not past the last clause break (asked for every place name: no copies)
        int from = Math.max(0, start - 8);
        for (int k = start - 1; k >= from; k--) {
            char c = text.charAt(k);
            if (c == '。' || c == '，' || c == ',' || c == '\n') {
                from = k + 1;
                break;
            }
        }
        if (!endsNear(text, Math.max(from, start - 5), start)) {
            return null; // no passing word ends in the window: most names, each word asked at five places before
        }
        for (String w : words.passingWords()) {
            // its last place in the window ends at most four chars before the name
            int len = w.length();
            for (int end = start; end >= Math.max(from + len, start - 4); end--) {
                if (text.startsWith(w, end - len)) {
                    return w;
                }
            }
        }
        return null;
    }

    /** Whether a character of text[from, to) is the last of a passing-mention word. */
    private boolean endsNear(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if ((passingEnds[c >>> 6] & 1L << c) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name ending at {@code end} is followed by its government, congress or head; m: SPEAKS over text. */
    private static boolean speaks(java.util.regex.Matcher m, String text, int end) {
        if (end >= text.length()) {
            return false;
        }
        char c = text.charAt(end);
        if ((c < '0' || c > '9') && SPEAKS_FIRST.indexOf(c) < 0) {
            return false; // most names go on with other words: the matcher is not reset for them
        }
        return m.region(end, Math.min(text.length(), end + 10)).lookingAt();
    }

    /** Whether a mention stands after its prefecture's or province's name (马鞍山市和县, 安徽萧县) or starts a line. */
    private boolean introduced(String text, Gazetteer.Mention m) {
        if (m.start() == 0 || text.charAt(m.start() - 1) == '\n') {
            return true;
        }
        for (Region up = gazetteer.parentOf(m.region()); up != null; up = gazetteer.parentOf(up)) {
            String full = up.name();
            String shortName = gazetteer.shortNameOf(up);
            if (text.startsWith(full, m.start() - full.length())
                    || shortName != null && text.startsWith(shortName, m.start() - shortName.length())) {
                return true;
            }
        }
        return false;
    }

    /** The names {@link #place} looks for: the gazetteer's and the words a text speaks of its own region with. */
    List<NameIndex<?>> nameIndexes() {
        return List.of(gazetteer.index(), selfWords);
    }

    /** The suffix of the reporting region, from how the text refers to itself (全县 …), or null. */
    private String selfLevel(String text, NameIndex.Found names) {
        Map<String, Integer> counts = new HashMap<>();
        // one pass for all the words (it was one scan of the whole text per word)
        NameIndex.Hits<String> count = (begin, end, word) -> {
            // 全县, 我县 speak of the text's own region (全市第一 is a rank within the city above); 市委, 市政府
            // are as often the government above (在市委、市政府和县委的坚强领导下), so they weigh less
            int n;
            if (word.startsWith("全")) {
                n = end < text.length() && "第前首平同".indexOf(text.charAt(end)) >= 0 ? 0 : 2;
            } else {
                n = word.startsWith("我") || word.startsWith("本") ? 2 : 1;
            }
            if (n > 0) {
                counts.merge(words.selfReferences().get(word), n, Integer::sum);
            }
        };
        if (names != null) {
            names.tell(selfWords, count);
        } else {
            selfWords.find(text, count);
        }
        // the most weighed level, the first met of equals (as a stream's max keeps it), by a loop: a stream for a
        // map of two or three entries cost more than the counting
        Map.Entry<String, Integer> best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > best.getValue()) {
                best = e;
            }
        }
        return best == null ? null : best.getKey();
    }

    private static boolean fits(Region r, String level) {
        String name = r.name();
        return switch (level) {
            case "省" -> r.level() == Region.Level.PROVINCE;
            case "州" -> name.endsWith("州") && r.level() == Region.Level.PREFECTURE;
            default -> name.endsWith(level) && r.level() != Region.Level.PROVINCE;
        };
    }

}
