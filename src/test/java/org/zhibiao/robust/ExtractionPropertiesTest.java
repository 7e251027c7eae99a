package org.zhibiao.robust;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.zhibiao.extract.Extractor;
import org.zhibiao.model.Figure;
import org.zhibiao.text.DecodedText;
import org.zhibiao.text.Decoder;
import org.zhibiao.text.DocumentException;
import org.zhibiao.text.NormalizedText;
import org.zhibiao.text.Normalizer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Random and mutated text never crashes the engine, never hangs it, and never gives a span outside the text; random
 * bytes are either decoded or refused with a reason.
 */
class ExtractionPropertiesTest {

    private static final Extractor EXTRACTOR = Extractor.loadDefault();
    private static final Normalizer NORMALIZER = new Normalizer();
    private static final Duration LIMIT = Duration.ofSeconds(5);

    private static void checkSpans(String original) {
        List<Figure> figures = assertTimeoutPreemptively(LIMIT, () -> {
            NormalizedText n = NORMALIZER.normalize(original);
            assertThat(n.text().length()).isLessThanOrEqualTo(original.length() + 16);
            return EXTRACTOR.read(n).figures();
        });
        for (Figure f : figures) {
            assertThat(f.span().start()).isBetween(0, original.length());
            assertThat(f.span().end()).isBetween(f.span().start(), original.length());
            assertThat(original.substring(f.span().start(), f.span().end())).isEqualTo(f.text());
        }
    }

    /** Report-like text: names, numbers, units, growth words, punctuation, line breaks and noise in any order. */
    @Provide
    Arbitrary<String> reportish() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of("地区生产总值", "一般公共预算收入", "城乡居民人均可支配收入", "分别", "增长", "下降", "年均增长",
                        "以上", "左右", "以内", "控制在", "主要预期目标是：", "一、2022年工作回顾\n", "今后五年", "到2026年",
                        "十四五", "预计", "亿元", "万元", "%", "％", "万人", "户", "和", "、", "，", "；", "。", "\n", " ",
                        "(qū)", "2Iu", "單位", "億元", "增長", "GDP", "百分之", "三千零二十", "两万", "－", "~", "至"),
                Arbitraries.bigDecimals().between(java.math.BigDecimal.valueOf(-1000), java.math.BigDecimal.valueOf(100000))
                        .ofScale(2).map(java.math.BigDecimal::toPlainString),
                Arbitraries.strings().ofMaxLength(6),
                Arbitraries.chars().map(String::valueOf));
        return token.list().ofMaxSize(400).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void randomReportishTextIsSafe(@ForAll("reportish") String text) {
        checkSpans(text);
    }

    @Property(tries = 200)
    void anyStringIsSafe(@ForAll String text) {
        checkSpans(text);
    }

    @Provide
    Arbitrary<String> mutatedSeeds() throws Exception {
        List<String> seeds = new ArrayList<>();
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path p : files.sorted().toList()) {
                seeds.add(Files.readString(p));
            }
        }
        Arbitrary<String> seed = Arbitraries.of(seeds);
        Arbitrary<List<int[]>> edits = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 40000), Arbitraries.integers().between(0, 300))
                .as((kind, at, len) -> new int[] {kind, at, len}).list().ofMaxSize(12);
        return Combinators.combine(seed, edits).as((s, list) -> {
            StringBuilder b = new StringBuilder(s);
            for (int[] e : list) {
                int at = b.length() == 0 ? 0 : e[1] % b.length();
                int end = Math.min(b.length(), at + e[2]);
                switch (e[0]) {
                    case 0 -> b.delete(at, end);                          // cut a piece out
                    case 1 -> b.insert(at, b.substring(at, end));         // duplicate a piece
                    case 2 -> b.insert(at, '\n');                         // break a line anywhere
                    default -> b.replace(at, Math.min(b.length(), at + 1), "9"); // change a character to a digit
                }
            }
            return b.toString();
        });
    }

    @Property(tries = 150)
    void mutatedReportsAreSafe(@ForAll("mutatedSeeds") String text) {
        checkSpans(text);
    }

    @Property(tries = 300)
    void randomBytesAreDecodedOrRefused(@ForAll byte[] bytes) {
        assertTimeoutPreemptively(LIMIT, () -> {
            try {
                DecodedText d = new Decoder().decode(bytes);
                assertThat(d.text()).isNotNull();
                checkSpans(d.text());
            } catch (DocumentException e) {
                assertThat(e.getMessage()).isNotBlank().doesNotContain("Exception");
            }
        });
    }

    @Property(tries = 100)
    void textInAnyEncodingRoundTrips(@ForAll("reportish") String text) throws Exception {
        for (String charset : new String[] {"UTF-8", "GB18030"}) {
            java.nio.charset.Charset cs = java.nio.charset.Charset.forName(charset);
            byte[] bytes = text.getBytes(cs);
            String held = new String(bytes, cs).replaceFirst("^\uFEFF", ""); // what the bytes hold, less a BOM
            DecodedText d;
            try {
                d = new Decoder().decode(bytes);
            } catch (DocumentException e) {
                assertThat(e.getMessage()).isNotBlank().doesNotContain("Exception");
                continue;
            }
            if (charset.equals("UTF-8") && text.indexOf('\0') < 0) {
                // well-formed UTF-8 without NULs is always read as UTF-8, never guessed as something else
                assertThat(d.charset()).isEqualTo("UTF-8");
            }
            // read in the charset written (or, for text GB18030 writes as plain ASCII, as UTF-8): nothing is lost
            boolean sameReading = d.charset().equalsIgnoreCase(charset)
                    || d.charset().equals("UTF-8") && held.equals(new String(bytes, StandardCharsets.UTF_8));
            if (sameReading) {
                // a stray NUL in an 8-bit text is dropped (Decoder): it is no character of the report
                assertThat(d.text()).isEqualTo(text.indexOf('\0') >= 0 ? held.replace("\0", "") : held);
            }
        }
    }
}
