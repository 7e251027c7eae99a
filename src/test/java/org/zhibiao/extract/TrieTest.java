package org.zhibiao.extract;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class TrieTest {

    private static final String TEXT = "全县地区生产总值增长6.5%，规模以上工业增加值增长8%，一般公共预算收入完成12.3亿元，"
            + "城镇居民人均可支配收入增长7%，农村居民人均可支配收入增长8.1%，社会消费品零售总额增长9%。";

    private static TreeMap<String, String> names(String... extra) {
        TreeMap<String, String> names = new TreeMap<>();
        for (String n : List.of("地区生产总值", "生产总值", "规模以上工业增加值", "工业增加值", "一般公共预算收入",
                "城镇居民人均可支配收入", "农村居民人均可支配收入", "人均可支配收入", "社会消费品零售总额")) {
            names.put(n, "#" + n);
        }
        for (String n : extra) {
            names.put(n, "#" + n);
        }
        return names;
    }

    private static byte[] image(TreeMap<String, String> names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Trie.built(names).write(names.keySet(), names.size(), out);
        return out.toByteArray();
    }

    private static List<String> hits(AhoCorasickDoubleArrayTrie<String> trie) {
        List<String> hits = new ArrayList<>();
        trie.parseText(TEXT, (AhoCorasickDoubleArrayTrie.IHit<String>) (b, e, v) -> hits.add(b + "-" + e + v));
        return hits;
    }

    @Test
    void anImageReadsBackAsTheAutomatonItWasWrittenFrom() throws IOException {
        TreeMap<String, String> names = names();
        Trie<String> built = Trie.built(names);
        Trie<String> read = Trie.from(new ByteArrayInputStream(image(names)), names);
        assertThat(read.fromImage()).isTrue();
        assertThat(built.fromImage()).isFalse();
        assertThat(read.arrays()).usingElementComparator((a, b) -> Arrays.equals(a, b) ? 0 : 1)
                .containsExactlyElementsOf(built.arrays());
        assertThat(hits(read)).isEqualTo(hits(built)).hasSize(10);
    }

    @Test
    void anImageOfOtherNamesIsNotTaken() throws IOException {
        TreeMap<String, String> more = names("全县");
        Trie<String> trie = Trie.from(new ByteArrayInputStream(image(names())), more);
        assertThat(trie.fromImage()).isFalse();
        assertThat(hits(trie)).isEqualTo(hits(Trie.built(more))).contains("0-2#全县");
    }

    @Test
    void aDamagedImageIsBuiltAgainNotTrusted() throws IOException {
        TreeMap<String, String> names = names();
        byte[] image = image(names);
        InputStream cut = new ByteArrayInputStream(Arrays.copyOf(image, image.length / 2));
        Trie<String> fromCut = Trie.from(cut, names);
        assertThat(fromCut.fromImage()).isFalse();
        assertThat(hits(fromCut)).isEqualTo(hits(Trie.built(names)));
        byte[] garbage = image.clone();
        Arrays.fill(garbage, 24, garbage.length, (byte) 0x7F);
        assertThat(hits(Trie.from(new ByteArrayInputStream(garbage), names))).isEqualTo(hits(Trie.built(names)));
    }

    @Test
    void theBundledGazetteerAndLexiconComeWithImagesThatFitThem() throws IOException {
        for (String name : List.of("gazetteer.trie", "lexicon.trie")) {
            try (InputStream in = Trie.class.getResourceAsStream(name)) {
                assertThat(in).as(name + " written by the package step (TrieImages)").isNotNull();
            }
        }
        // the engine reading the images finds what one building its automata finds
        Gazetteer fromImage = Gazetteer.loadDefault();
        assertThat(fromImage.trieFromImage()).isTrue();
        assertThat(Lexicon.loadDefault().trieFromImage()).isTrue();
        System.setProperty("zhibiao.buildTries", "true");
        Gazetteer built;
        try {
            built = Gazetteer.loadDefault();
            assertThat(built.trieFromImage()).isFalse();
        } finally {
            System.clearProperty("zhibiao.buildTries");
        }
        String text = "牟定县人民政府 2024年楚雄彝族自治州牟定县政府工作报告 朝阳区 长春市 安徽省合肥市";
        assertThat(fromImage.find(text)).isEqualTo(built.find(text)).isNotEmpty();
    }
}
