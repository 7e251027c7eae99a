package org.zhibiao.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Phrases#endsWith}: the subarea cue (城关镇实现, 经济开发区完成) stands at the end of the region or not at all. */
class PhrasesEndsWithTest {

    private static final Phrases PHRASES = Phrases.loadDefault();

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
        // $ also stands before a final line break
        assertThat(PHRASES.endsWith("城关镇\n", 0, 4, Phrases.CueType.SUBAREA)).isTrue();
    }
}
