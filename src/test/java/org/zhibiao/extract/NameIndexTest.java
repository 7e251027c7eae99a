package org.zhibiao.extract;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The name index finds what the Aho–Corasick automaton it replaced finds, in the same order. */
class NameIndexTest {

    private static List<String> byAutomaton(TreeMap<String, Integer> names, String text) {
        AhoCorasickDoubleArrayTrie<Integer> trie = new AhoCorasickDoubleArrayTrie<>();
        trie.build(names);
        List<String> hits = new ArrayList<>();
        trie.parseText(text, (AhoCorasickDoubleArrayTrie.IHit<Integer>) (b, e, v) -> hits.add(b + "-" + e + ":" + v));
        return hits;
    }

    private static List<String> byIndex(TreeMap<String, Integer> names, String text) {
        List<String> hits = new ArrayList<>();
        new NameIndex<>(names).find(text, (b, e, v) -> hits.add(b + "-" + e + ":" + v));
        return hits;
    }

    @Test
    void overlappingNestedAndOneCharNamesComeInTheAutomatonsOrder() {
        Random random = new Random(11);
        String alphabet = "县市区新城朝阳东西南北";
        for (int round = 0; round < 300; round++) {
            TreeMap<String, Integer> names = new TreeMap<>();
            int count = 1 + random.nextInt(30);
            for (int i = 0; i < count; i++) {
                names.put(word(random, alphabet, 1 + random.nextInt(5)), i);
            }
            String text = word(random, alphabet + "，。 ", 200);
            assertThat(byIndex(names, text)).as("round %d: %s", round, names.keySet())
                    .isEqualTo(byAutomaton(names, text));
        }
    }

    @Test
    void theGazetteersNamesOverATextOfPlacesFindTheSame() {
        Gazetteer gazetteer = Gazetteer.loadDefault();
        TreeMap<String, Integer> names = new TreeMap<>();
        for (String n : gazetteer.names()) {
            names.put(n, names.size());
            names.put(n.substring(0, n.length() - 1), names.size()); // short forms overlap the full ones
        }
        List<String> all = new ArrayList<>(gazetteer.names());
        Random random = new Random(5);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            text.append(all.get(random.nextInt(all.size())));
            text.append(random.nextInt(3) == 0 ? "人民政府，" : random.nextInt(2) == 0 ? "" : "和");
        }
        List<String> hits = byIndex(names, text.toString());
        assertThat(hits).hasSizeGreaterThan(3000).isEqualTo(byAutomaton(names, text.toString()));
    }

    @Test
    void aTextWithoutNamesOrEmptyFindsNothing() {
        TreeMap<String, Integer> names = new TreeMap<>();
        names.put("地区生产总值", 1);
        assertThat(byIndex(names, "")).isEmpty();
        assertThat(byIndex(names, "地区生产")).isEmpty();
        assertThat(byIndex(new TreeMap<>(), "地区生产总值")).isEmpty();
    }

    @Test
    void aGroupOfIndexesTellsEachTheHitsItsOwnScanFinds() {
        Random random = new Random(23);
        String alphabet = "县市区新城朝阳东西南北";
        for (int round = 0; round < 300; round++) {
            List<TreeMap<String, Integer>> tables = new ArrayList<>();
            List<NameIndex<Integer>> indexes = new ArrayList<>();
            for (int t = 0; t < 1 + random.nextInt(3); t++) {
                TreeMap<String, Integer> names = new TreeMap<>();
                for (int i = 0; i < random.nextInt(20); i++) {
                    names.put(word(random, alphabet, 1 + random.nextInt(4)), i);
                }
                tables.add(names);
                indexes.add(new NameIndex<>(names));
            }
            String text = word(random, alphabet + "，。 ", random.nextInt(200));
            NameIndex.Found found = new NameIndex.Group(indexes.toArray(NameIndex<?>[]::new)).find(text);
            for (int t = 0; t < indexes.size(); t++) {
                List<String> told = new ArrayList<>();
                found.tell(indexes.get(t), (b, e, v) -> told.add(b + "-" + e + ":" + v));
                assertThat(told).as("round %d, index %d: %s", round, t, tables.get(t).keySet())
                        .isEqualTo(byIndex(tables.get(t), text));
            }
        }
    }

    private static String word(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
