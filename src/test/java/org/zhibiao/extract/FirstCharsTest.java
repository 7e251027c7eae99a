package org.zhibiao.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class FirstCharsTest {

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("让我们[^。]{0,20}[!。]|记者|\\d{1,2}月\\d{1,2}日电"),
            Pattern.compile("(主要)?(预期|经济)?(目标|指标)(是|为|:)"));

    private static final String TEXT = "新华社北京3月5日电 记者报道:今年主要预期目标是:地区生产总值增长6%左右。"
            + "让我们紧密团结在一起，为全面建设社会主义现代化国家而努力奋斗!经济指标为增长5.5%。Ｔｅｘｔ 𠀀 ½";

    /** Every position where a pattern matches, in order. */
    private static List<Integer> matches(String text) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            for (Pattern p : PATTERNS) {
                Matcher m = p.matcher(text).region(i, text.length());
                if (m.lookingAt()) {
                    out.add(i);
                    break;
                }
            }
        }
        return out;
    }

    /** The positions next() stops at, in order. */
    private static List<Integer> stops(FirstChars first, String text, int from, int to) {
        List<Integer> out = new ArrayList<>();
        char[] chars = text.toCharArray();
        for (int i = first.next(chars, from, to); i < to; i = first.next(chars, i + 1, to)) {
            out.add(i);
        }
        return out;
    }

    @Test
    void nextStopsWhereGetSaysYesAndAtEveryMatch() {
        FirstChars first = new FirstChars(PATTERNS);
        List<Integer> stops = stops(first, TEXT, 0, TEXT.length());
        List<Integer> yes = new ArrayList<>();
        for (int i = 0; i < TEXT.length(); i++) {
            if (first.get(TEXT.charAt(i))) {
                yes.add(i);
            }
        }
        assertThat(stops).isEqualTo(yes);
        assertThat(stops).containsAll(matches(TEXT));
        // it turns most characters away: only those a match can start with (a digit, 记, 让, 主, 预, 经, 目, 指)
        assertThat(stops.size()).isLessThan(TEXT.length() / 3);
        assertThat(first.get('新')).isFalse();
        assertThat(first.get('让')).isTrue();
        assertThat(first.get('7')).isTrue();
    }

    @Test
    void nextKeepsToItsRegion() {
        FirstChars first = new FirstChars(PATTERNS);
        int from = TEXT.indexOf("今年");
        int to = TEXT.indexOf("让我们");
        assertThat(stops(first, TEXT, from, to)).isNotEmpty().allMatch(i -> i >= from && i < to);
        assertThat(first.next(TEXT.toCharArray(), to, to)).isEqualTo(to);
    }

    /** Threads learning the same table at once never turn away a character a match starts with. */
    @Test
    void sharedByThreadsWithoutFalseNo() throws Exception {
        StringBuilder b = new StringBuilder();
        for (char c = '\u4E00'; c < '\u4E00' + 4000; c++) {
            b.append(c); // thousands of characters to learn, many in each word of the tables
        }
        String text = b + TEXT;
        List<Integer> expected = matches(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 20; round++) {
                FirstChars shared = new FirstChars(PATTERNS);
                List<Future<List<Integer>>> runs = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    runs.add(pool.submit(() -> stops(shared, text, 0, text.length())));
                }
                for (Future<List<Integer>> run : runs) {
                    assertThat(run.get()).containsAll(expected);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
