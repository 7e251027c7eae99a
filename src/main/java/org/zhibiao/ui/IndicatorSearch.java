package org.zhibiao.ui;

import net.sourceforge.pinyin4j.PinyinHelper;
import org.zhibiao.extract.Indicator;
import org.zhibiao.extract.Lexicon;
import org.zhibiao.extract.Term;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds indicators as an analyst types: by Chinese name, English name, any synonym the lexicon knows, the code, or
 * the pinyin initials of a name (gdzc → 固定资产投资). Closest matches first: a name or code that begins with what
 * was typed before one that only contains it.
 */
final class IndicatorSearch {

    /** What an indicator can be found by, all in lower case. */
    private record Keys(String code, List<String> names, List<String> initials) {
    }

    private final Map<String, Keys> keys = new LinkedHashMap<>();

    IndicatorSearch(Lexicon lexicon) {
        Map<String, Set<String>> names = new LinkedHashMap<>();
        for (Indicator i : lexicon.indicators().values()) {
            Set<String> n = names.computeIfAbsent(i.code(), k -> new LinkedHashSet<>());
            n.add(i.nameZh());
            if (i.nameEn() != null) {
                n.add(i.nameEn());
            }
        }
        for (Term t : lexicon.terms()) {
            for (String code : t.indicators()) {
                Set<String> n = names.get(code);
                if (n != null) {
                    n.add(t.name());
                }
            }
        }
        names.keySet().stream().sorted().forEach(code -> {
            List<String> all = names.get(code).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
            keys.put(code, new Keys(code, all, all.stream().map(IndicatorSearch::initials).toList()));
        });
    }

    /** The pinyin initials of a name: 固定资产投资 → gdzctz; letters and digits stay as they are. */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (char c : name.toCharArray()) {
            String[] pinyin = c >= 0x4E00 && c <= 0x9FFF ? PinyinHelper.toHanyuPinyinStringArray(c) : null;
            if (pinyin != null && pinyin.length > 0 && !pinyin[0].isEmpty()) {
                b.append(pinyin[0].charAt(0));
            } else if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** The codes found for what was typed, closest first; every code for nothing typed. */
    List<String> find(String typed) {
        String q = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.copyOf(keys.keySet());
        }
        List<Map.Entry<String, Integer>> hits = new ArrayList<>();
        for (Keys k : keys.values()) {
            int rank = rank(k, q);
            if (rank < Integer.MAX_VALUE) {
                hits.add(Map.entry(k.code(), rank));
            }
        }
        hits.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        return hits.stream().map(Map.Entry::getKey).toList();
    }

    /** 0 the code itself, 1 a name or the code begins with it, 2 initials begin with it, 3 contains it; else none. */
    private static int rank(Keys k, String q) {
        if (k.code().equals(q)) {
            return 0;
        }
        if (k.code().startsWith(q) || k.names().stream().anyMatch(n -> n.startsWith(q))) {
            return 1;
        }
        if (k.initials().stream().anyMatch(i -> i.startsWith(q))) {
            return 2;
        }
        if (k.code().contains(q) || k.names().stream().anyMatch(n -> n.contains(q))
                || k.initials().stream().anyMatch(i -> i.contains(q))) {
            return 3;
        }
        return Integer.MAX_VALUE;
    }
}
