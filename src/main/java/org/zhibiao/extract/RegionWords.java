package org.zhibiao.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of region-words.tsv: how reports refer to their own region, short names that are ordinary words,
 * common words with a place name inside (乡村振兴 holds 振兴), words before a place named only in passing
 * (对口, 学习, 融入), and the phrases of a national report.
 */
public record RegionWords(Map<String, String> selfReferences, Set<String> ordinaryWords, List<String> nationalPhrases,
                          List<String> nationalHeadPhrases, List<String> wordsWithPlaceInside, List<String> passingWords) {

    public static RegionWords loadDefault() {
        return read(TsvTable.resource("region-words.tsv"));
    }

    static RegionWords read(TsvTable table) {
        Map<String, String> self = new HashMap<>();
        Set<String> ordinary = new HashSet<>();
        List<String> national = new ArrayList<>();
        List<String> nationalHead = new ArrayList<>();
        List<String> within = new ArrayList<>();
        List<String> passing = new ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            String word = row.get("word");
            switch (row.get("kind")) {
                case "self" -> self.put(word, row.get("level"));
                case "short" -> ordinary.add(word);
                case "national" -> (row.get("level").equals("head") ? nationalHead : national).add(word);
                case "within" -> within.add(word);
                case "passing" -> passing.add(word);
                default -> throw row.error("kind must be self, short, national, within or passing");
            }
        }
        return new RegionWords(Map.copyOf(self), Set.copyOf(ordinary), List.copyOf(national), List.copyOf(nationalHead), List.copyOf(within),
                List.copyOf(passing));
    }
}
