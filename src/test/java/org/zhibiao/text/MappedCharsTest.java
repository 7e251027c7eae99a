package org.zhibiao.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The offsets kept as runs answer as one offset per char would, whatever the order of the questions. */
class MappedCharsTest {

    @Test
    void offsetsAfterAppendsTruncationsAndQuestionsInAnyOrderAreThoseOfEachChar() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            MappedChars chars = new MappedChars(4);
            List<Integer> expected = new ArrayList<>();
            int origin = 0;
            for (int step = 0; step < 300; step++) {
                int what = random.nextInt(10);
                if (what < 6) {
                    // mostly one after another, now and then a jump (a dropped or moved char)
                    origin += random.nextInt(5) == 0 ? 1 + random.nextInt(20) : 1;
                    chars.append('字', origin);
                    expected.add(origin);
                } else if (what == 6 && !expected.isEmpty()) {
                    int keep = random.nextInt(expected.size() + 1);
                    chars.truncate(keep);
                    expected.subList(keep, expected.size()).clear();
                } else if (!expected.isEmpty()) {
                    int i = random.nextInt(expected.size());
                    assertThat(chars.originAt(i)).as("round %d step %d char %d", round, step, i).isEqualTo(expected.get(i));
                }
            }
            for (int i = 0; i < expected.size(); i++) {
                assertThat(chars.originAt(i)).isEqualTo(expected.get(i));
            }
        }
    }

    @Test
    void copyingSpansAtOnceGivesTheCharsOffsetsAndRunsOfCopyingCharByChar() {
        Random random = new Random(13);
        for (int round = 0; round < 200; round++) {
            StringBuilder original = new StringBuilder();
            for (int i = 0; i < 400; i++) {
                original.append((char) ('一' + random.nextInt(50)));
            }
            String text = original.toString();
            // a source with jumps, as a pass that dropped chars leaves it
            MappedChars source = new MappedChars(4);
            for (int i = 0; i < text.length(); i++) {
                if (random.nextInt(8) != 0) {
                    source.append(text.charAt(i), i);
                }
            }
            MappedChars bulk = new MappedChars(4);
            MappedChars single = new MappedChars(4);
            int at = 0;
            while (at < source.length()) {
                int to = Math.min(source.length(), at + random.nextInt(30));
                if (random.nextBoolean()) {
                    bulk.append(source, at, to);
                } else {
                    for (int i = at; i < to; i++) {
                        bulk.append(source.charAt(i), source.originAt(i));
                    }
                }
                for (int i = at; i < to; i++) {
                    single.append(source.charAt(i), source.originAt(i));
                }
                if (random.nextInt(6) == 0 && single.length() > 0) {
                    int keep = random.nextInt(single.length() + 1);
                    bulk.truncate(keep);
                    single.truncate(keep);
                }
                if (random.nextInt(5) == 0 && source.length() > 0) {
                    source.originAt(random.nextInt(source.length())); // a question elsewhere moves the cursor
                }
                if (random.nextInt(7) == 0) {
                    int from = random.nextInt(text.length());
                    int end = Math.min(text.length(), from + random.nextInt(20));
                    bulk.appendOriginal(text, from, end);
                    for (int i = from; i < end; i++) {
                        single.append(text.charAt(i), i);
                    }
                }
                at = Math.max(at + 1, to);
            }
            NormalizedText a = bulk.toNormalizedText(text);
            NormalizedText b = single.toNormalizedText(text);
            assertThat(a.text()).as("round %d", round).isEqualTo(b.text());
            assertThat(a.runs()).as("round %d: the same runs", round).isEqualTo(b.runs());
            for (int i = 0; i < a.text().length(); i++) {
                assertThat(a.toOriginal(i)).isEqualTo(b.toOriginal(i));
            }
        }
    }

    /** A pass writing into the array a spent pass left (Normalizer) makes the same chars and offsets as into a new one. */
    @Test
    void aReusedArrayGivesWhatANewOneGives() {
        String text = "全年地区生产总值\n增长5.2%,\n城乡居民收入\n\n稳步提高。\n" + "第二段 文字  \n继续".repeat(50);
        MappedChars in = new MappedChars(text.length());
        for (int i = 0; i < text.length(); i++) {
            in.append(text.charAt(i), 3 * i);
        }
        MappedChars spent = new MappedChars(text.length());
        for (int i = 0; i < text.length(); i++) {
            spent.append('废', i); // what the array held before
        }
        NormalizedText fresh = LineJoiner.join(in).toNormalizedText(text);
        NormalizedText reused = LineJoiner.join(in, spent.reuse()).toNormalizedText(text);
        assertThat(reused.text()).isEqualTo(fresh.text());
        for (int i = 0; i <= fresh.text().length(); i++) {
            assertThat(reused.toOriginal(i)).isEqualTo(fresh.toOriginal(i));
        }
    }
}
