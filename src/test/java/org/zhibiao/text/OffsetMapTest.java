package org.zhibiao.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhibiao.model.Span;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The way back from normalised offsets to the original, after every kind of change; ⏎ is a line break. */
class OffsetMapTest {

    private final Normalizer normalizer = new Normalizer();

    private NormalizedText normalize(String input) {
        return normalizer.normalize(input.replace("⏎", "\n").replace("␍", "\r"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # folding: full-width chars, ideographic spaces, CR LF, a zero-width space dropped
            增长１２．５％，总量　３亿元␍⏎第二行​完
            # traditional conversion is one char for one char
            過去一年，全市經濟運行總體平穩，地區生產總值增長百分之六。
            # pinyin glosses removed
            地區(qū)生產(chǎn)總值增長(zhǎng)
            # watermarks removed
            政 府 工 作 报 告2Iu⏎各位代表:2Iu⏎现在
            # lines joined, with spaces around the break
            农村居民人均可支配收入1 ⏎ 2248元⏎、增长9.3%
            # everything at once
            預計，全市實現地區(qū)生產(chǎn)總值１３６０億元，增長９.４％；社會消⏎費品2Iu零售總額⏎、增長１⏎2%
            """)
    void everyNormalisedCharComesFromItsOriginalChar(String input) {
        NormalizedText nt = normalize(input);
        boolean traditional = CharFolder.isTraditional(nt.original(), ScriptTable.get());

        int previous = -1;
        for (int i = 0; i < nt.text().length(); i++) {
            int origin = nt.toOriginal(i);
            assertThat(origin).as("origin of %d is after the previous one", i).isGreaterThan(previous);
            assertThat(expectedFold(nt.original().charAt(origin), traditional))
                    .as("char %d of %s", i, nt.text()).isEqualTo(nt.text().charAt(i));
            previous = origin;
        }
        assertThat(nt.toOriginal(nt.text().length())).isEqualTo(nt.original().length());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            # the gloss inside the span stays in the original substring
            預計實現地區(qū)生產(chǎn)總值1360億元 | 地区生产总值1360亿元 | 地區(qū)生產(chǎn)總值1360億元
            # a gloss right after the span stays out of it
            實現地區(qū)生產(chǎn)總值                | 地区生                | 地區(qū)生
            # full-width digits map to themselves
            增长１２．５％，好                      | 12.5%                 | １２．５％
            # a joined line break inside the span is part of the original substring
            收入1⏎2248元、增长                      | 12248元               | 1⏎2248元
            # a watermark before the span stays out
            报告2Iu⏎收入                            | ⏎收入                 | ⏎收入
            """)
    void spansMapBackToTheExactOriginalSubstring(String input, String normalisedPart, String originalPart) {
        NormalizedText nt = normalize(input);
        int start = nt.text().indexOf(normalisedPart.replace("⏎", "\n"));
        assertThat(start).as("%s in %s", normalisedPart, nt.text()).isNotNegative();

        Span original = nt.toOriginal(new Span(start, start + normalisedPart.length()));

        assertThat(nt.original().substring(original.start(), original.end()))
                .isEqualTo(originalPart.replace("⏎", "\n"));
    }

    @Test
    void emptySpansMapTheirStart() {
        NormalizedText nt = normalize("增长１２％");

        assertThat(nt.toOriginal(new Span(2, 2))).isEqualTo(new Span(2, 2));
        assertThat(nt.toOriginal(new Span(5, 5))).isEqualTo(new Span(5, 5));
    }

    @Test
    void theEndOfTheTextMapsToTheEndOfTheOriginal() {
        // the trailing zero-width space is dropped, so the ends differ in length
        NormalizedText nt = normalize("增长\u200B");

        assertThat(nt.text()).isEqualTo("增长");
        assertThat(nt.toOriginal(2)).isEqualTo(3);
        assertThat(nt.toOriginal(new Span(0, 2))).isEqualTo(new Span(0, 2));
    }

    @Test
    void rejectsOffsetsOutsideTheText() {
        NormalizedText nt = normalize("增长");

        assertThatThrownBy(() -> nt.toOriginal(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> nt.toOriginal(new Span(1, 3))).isInstanceOf(IndexOutOfBoundsException.class);
    }

    private static char expectedFold(char c, boolean traditional) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000' || c == '\u00A0') {
            return ' ';
        }
        if (c == '\r') {
            return '\n';
        }
        return traditional ? ScriptTable.get().toSimplified(c) : c;
    }
}
