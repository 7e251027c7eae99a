package org.zhibiao.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Phrases#endsWith} tries only the region's end, through a look-behind, where {@link Phrases#contains} tries
 * the cue at every character; for the cue types anchored at their end ($) the answers must be the same.
 */
class PhrasesEndsWithTest {

    private static final Phrases PHRASES = Phrases.loadDefault();

    private static final String TEXT = "一、过去一年工作回顾\n高新区全年实现规模以上工业增加值增长8%,经济开发区完成固定资产投资45亿元;"
            + "城关镇实现地区生产总值12亿元,集团公司营业收入增长5%。全县从2022年底的37亿元增长到2023年的42亿元,由30亿元"
            + "提高到35亿元。某某街道\n实现税收1亿元,镇实现,𠀾家乡实现增长3%,石门坎镇累计完成投资2亿元;工业园今年实现产值"
            + "从\n2020年的\n";

    @Test
    void saysWhatTheLongWayWouldSayForEveryRegionOfTheText() {
        int checked = 0;
        int yes = 0;
        for (Phrases.CueType type : new Phrases.CueType[] {Phrases.CueType.SUBAREA, Phrases.CueType.FROMTO}) {
            for (int to = 0; to <= TEXT.length(); to++) {
                for (int from = Math.max(0, to - 45); from <= to; from++) {
                    boolean expected = PHRASES.contains(TEXT, from, to, type);
                    assertThat(PHRASES.endsWith(TEXT, from, to, type))
                            .as("%s in [%d, %d) «%s»", type, from, to, TEXT.substring(from, to))
                            .isEqualTo(expected);
                    checked++;
                    yes += expected ? 1 : 0;
                }
            }
        }
        assertThat(checked).isGreaterThan(10_000);
        assertThat(yes).as("regions that do end with a cue").isGreaterThan(100);
    }

    @Test
    void aSubareaEndsTheRegionOrItIsNotThere() {
        String s = "经济开发区完成投资";
        int end = s.indexOf("投资");
        assertThat(PHRASES.endsWith(s, 0, end, Phrases.CueType.SUBAREA)).isTrue();
        assertThat(PHRASES.endsWith(s, 0, s.length(), Phrases.CueType.SUBAREA)).isFalse();
        // the cue must start inside the region: 镇 needs a Chinese character before it there
        String town = "城关镇实现";
        assertThat(PHRASES.endsWith(town, 2, town.length(), Phrases.CueType.SUBAREA)).isFalse();
        assertThat(PHRASES.endsWith(town, 1, town.length(), Phrases.CueType.SUBAREA)).isTrue();
        // $ also stands before a final line break, as it did for the scan through the region
        assertThat(PHRASES.endsWith("城关镇\n", 0, 4, Phrases.CueType.SUBAREA)).isTrue();
    }
}
