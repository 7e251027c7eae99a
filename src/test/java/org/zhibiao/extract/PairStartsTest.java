package org.zhibiao.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The pair and three-character filters never turn away a position where a pattern matches, and turn most others away. */
class PairStartsTest {

    private static List<Pattern> patterns(String... regexes) {
        List<Pattern> out = new ArrayList<>();
        for (String r : regexes) {
            out.add(r == null ? null : Pattern.compile(r));
        }
        return out;
    }

    private static List<FirstChars> firsts(List<Pattern> patterns) {
        List<FirstChars> out = new ArrayList<>();
        for (Pattern p : patterns) {
            out.add(p == null ? null : new FirstChars(List.of(p)));
        }
        return out;
    }

    /** Checks every position of text: where pattern i matches (region to the end, as the scans use it), bit i is set. */
    private static int[] check(PairStarts pairs, List<Pattern> patterns, String text) {
        int turnedAway = 0;
        int positions = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            int bits = pairs.at(text.charAt(i), text.charAt(i + 1));
            for (int k = 0; k < patterns.size(); k++) {
                if (patterns.get(k) == null) {
                    assertThat(bits & 1 << k).as("no pattern %d", k).isZero();
                    continue;
                }
                Matcher m = patterns.get(k).matcher(text).useTransparentBounds(true).region(i, text.length());
                boolean matches = m.lookingAt() && m.end() > i;
                if (matches) {
                    assertThat(bits & 1 << k).as("pattern %s at %d: %s", patterns.get(k), i,
                            text.substring(i, Math.min(text.length(), i + 12))).isNotZero();
                }
                positions++;
                if ((bits & 1 << k) == 0) {
                    turnedAway++;
                }
            }
        }
        return new int[] {turnedAway, positions};
    }

    @Test
    void theCuesOfTheEngineOverTheSampleReports() throws IOException {
        Phrases phrases = Phrases.loadDefault();
        List<Pattern> cues = new ArrayList<>();
        for (Phrases.CueType type : Phrases.CueType.values()) {
            Matcher m = phrases.matcher(type, "");
            cues.add(m == null ? null : m.pattern());
        }
        PairStarts pairs = new PairStarts(cues, firsts(cues));
        int turnedAway = 0;
        int positions = 0;
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                int[] r = check(pairs, cues, text);
                turnedAway += r[0];
                positions += r[1];
            }
        }
        assertThat(positions).isGreaterThan(10_000);
        assertThat(turnedAway).as("most (pattern, position) pairs are turned away").isGreaterThan(positions * 9 / 10);
    }

    @Test
    void lookaroundRangesAndShortMatchesAreNeverTurnedAway() {
        List<Pattern> ps = patterns("(?<![比较同与])去年(?!均)", "\\d{1,2}月\\d{1,2}日电", null, "[,、]?(到\\d{4}年(末|底)?,?)?(达到|达)",
                "年", "(?<=增)长", "主要(目标|指标)$");
        PairStarts pairs = new PairStarts(ps, firsts(ps));
        Random random = new Random(3);
        String alphabet = "去年均比较同与12月日电,、到2025末底达到增长主要目标指标$ 。";
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            check(pairs, ps, b.toString());
        }
        assertThat(pairs.at('增', '长') & 1 << 5).as("a look-behind pattern is always possible").isNotZero();
        assertThat(pairs.at('去', '年') & 1).isNotZero();
        assertThat(pairs.at('去', '向') & 1).isZero();
        assertThat(pairs.at('1', '2') & 1 << 1).isNotZero();
    }

    @Test
    void manyThreadsLearningTheSamePairsAgree() throws InterruptedException {
        List<Pattern> ps = patterns("今年|年内|本年度|新的一年|明年", "全年|当年", "五年来|过去五年");
        PairStarts shared = new PairStarts(ps, firsts(ps));
        PairStarts alone = new PairStarts(ps, firsts(ps));
        String alphabet = "今年内本度新的一明全当五来过去";
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int t = 0; t < 4; t++) {
            int seed = t;
            threads.add(new Thread(() -> {
                Random random = new Random(seed);
                try {
                    for (int i = 0; i < 20_000; i++) {
                        char a = alphabet.charAt(random.nextInt(alphabet.length()));
                        char b = alphabet.charAt(random.nextInt(alphabet.length()));
                        int expected;
                        synchronized (alone) {
                            expected = alone.at(a, b);
                        }
                        assertThat(shared.at(a, b)).isEqualTo(expected);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertThat(failures).isEmpty();
    }

    /** As {@link #check} for the three-character filter over patterns of bits base to base + 14. */
    private static int checkTriples(TripleStarts triples, List<Pattern> patterns, int base, String text) {
        int allowed = 0;
        for (int i = 0; i + 2 < text.length(); i++) {
            int bits = triples.at(text.charAt(i), text.charAt(i + 1), text.charAt(i + 2));
            for (int k = base; k < Math.min(base + 15, patterns.size()); k++) {
                if (patterns.get(k) == null) {
                    continue;
                }
                Matcher m = patterns.get(k).matcher(text).useTransparentBounds(true).region(i, text.length());
                if (m.lookingAt() && m.end() > i) {
                    assertThat(bits & 1 << k).as("pattern %s at %d: %s", patterns.get(k), i,
                            text.substring(i, Math.min(text.length(), i + 12))).isNotZero();
                }
                if ((bits & 1 << k) != 0 && k < PASSAGE_TYPES) {
                    allowed++;
                }
            }
        }
        return allowed;
    }

    /** The cue types a passage scan asks for (REVIEW … ESTIMATE); the subarea cue starts at any Han character. */
    private static final int PASSAGE_TYPES = Phrases.CueType.ESTIMATE.ordinal() + 1;

    private static int allowedByPairs(PairStarts pairs, String text) {
        int allowed = 0;
        for (int i = 0; i + 2 < text.length(); i++) {
            allowed += Integer.bitCount(pairs.at(text.charAt(i), text.charAt(i + 1)) & (1 << PASSAGE_TYPES) - 1);
        }
        return allowed;
    }

    @Test
    void threeCharactersTurnAwayMoreThanTwoAndNeverAMatch() throws IOException {
        Phrases phrases = Phrases.loadDefault();
        List<Pattern> cues = new ArrayList<>();
        for (Phrases.CueType type : Phrases.CueType.values()) {
            cues.add(phrases.matcher(type, "").pattern());
        }
        PairStarts pairs = new PairStarts(cues, firsts(cues));
        TripleStarts low = new TripleStarts(cues.subList(0, 15), 0, pairs);
        TripleStarts high = new TripleStarts(cues.subList(15, cues.size()), 15, pairs);
        int byPairs = 0;
        int byTriples = 0;
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                byTriples += checkTriples(low, cues, 0, text) + checkTriples(high, cues, 15, text);
                byPairs += allowedByPairs(pairs, text);
            }
        }
        assertThat(byTriples).as("passage cues let through at positions of the sample reports").isLessThan(byPairs / 2);
    }

    @Test
    void threeCharactersKeepLookaroundAndDigitPatterns() {
        List<Pattern> ps = patterns("(?<![比较同与])去年(?!均)", "\\d{1,2}月\\d{1,2}日电", null, "(主要)?(预期|经济|发展)?(目标|指标)(是|为|:)",
                "(?<=增)长", "主要(目标|指标)$", "让我们[^。]{0,200}[!。]");
        PairStarts pairs = new PairStarts(ps, firsts(ps));
        TripleStarts triples = new TripleStarts(ps, 0, pairs);
        Random random = new Random(5);
        String alphabet = "去年均比较同与12月日电主要预期经济发展改革目标指标是为:增长让我们。!$ ";
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            checkTriples(triples, ps, 0, b.toString());
        }
        assertThat(triples.at('2', '0', '2') & 1 << 1).as("202 starts no date").isZero();
        assertThat(triples.at('1', '2', '月') & 1 << 1).isNotZero();
        assertThat(triples.at('发', '展', '改') & 1 << 3).as("发展改革 is no target list").isZero();
        assertThat(triples.at('发', '展', '目') & 1 << 3).isNotZero();
        assertThat(triples.at('增', '长', '快') & 1 << 4).as("a look-behind pattern is always possible").isNotZero();
    }
}
