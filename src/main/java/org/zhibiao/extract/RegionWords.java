package org.zhibiao.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The words of region-words.tsv: how reports refer to their own region, and short names that are words. */
public record RegionWords(Map<String, String> selfReferences, Set<String> ordinaryWords, List<String> nationalPhrases) {

    public static RegionWords loadDefault() {
        return read(TsvTable.resource("region-words.tsv"));
    }

    static RegionWords read(TsvTable table) {
        Map<String, String> self = new HashMap<>();
        Set<String> ordinary = new HashSet<>();
        List<String> national = new java.util.ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            String word = row.get("word");
            switch (row.get("kind")) {
                case "self" -> self.put(word, row.get("level"));
                case "short" -> ordinary.add(word);
                case "national" -> national.add(word);
                default -> throw row.error("kind must be self, short or national");
            }
        }
        return new RegionWords(Map.copyOf(self), Set.copyOf(ordinary), List.copyOf(national));
    }
}
