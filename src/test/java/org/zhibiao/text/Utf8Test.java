package org.zhibiao.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast path's UTF-8 decoding gives what the JDK's strict decoder gives, or hands the bytes to the slow path. */
class Utf8Test {

    /** The JDK's strict decoding, with the fast path's own refusals (NUL, U+FFFD); null where the fast path refuses. */
    private static String expected(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.indexOf('\0') >= 0 || s.indexOf('\uFFFD') >= 0 ? null : s;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String decoded(byte[] bytes) {
        char[] out = new char[bytes.length];
        int n = Utf8.decode(bytes, out);
        return n < 0 ? null : CharBuffer.wrap(out, 0, n).toString();
    }

    @Property(tries = 3000)
    void anyBytesDecodeAsTheJdkDecodesThemOrAreRefused(@ForAll("bytes") byte[] bytes) {
        assertThat(decoded(bytes)).isEqualTo(expected(bytes));
    }

    @Property(tries = 2000)
    void textWrittenAsUtf8DecodesBackAndOneChangedByteIsJudgedAsTheJdkJudgesIt(
            @ForAll("texts") String text, @ForAll("positions") int where, @ForAll byte to) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(decoded(bytes)).isEqualTo(expected(bytes));
        if (bytes.length > 0) {
            bytes[Math.floorMod(where, bytes.length)] = to;
            assertThat(decoded(bytes)).isEqualTo(expected(bytes));
            byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 1);
            assertThat(decoded(cut)).isEqualTo(expected(cut));
        }
    }

    @Test
    void theEdgesOfEachLengthAreTheStandardsEdges() {
        int[][] cases = {
                {0x7F}, {0xC2, 0x80}, {0xDF, 0xBF}, {0xE0, 0xA0, 0x80}, {0xED, 0x9F, 0xBF}, {0xEE, 0x80, 0x80},
                {0xEF, 0xBF, 0xBF}, {0xF0, 0x90, 0x80, 0x80}, {0xF4, 0x8F, 0xBF, 0xBF},
                // refused: too long forms, surrogates, beyond U+10FFFF, lone continuation, cut short, NUL, U+FFFD
                {0xC0, 0x80}, {0xC1, 0xBF}, {0xE0, 0x9F, 0xBF}, {0xED, 0xA0, 0x80}, {0xED, 0xBF, 0xBF},
                {0xF0, 0x8F, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0x80}, {0xE4, 0xBD},
                {0x00}, {0xEF, 0xBF, 0xBD}, {0xFF}};
        for (int[] c : cases) {
            byte[] b = new byte[c.length];
            for (int i = 0; i < c.length; i++) {
                b[i] = (byte) c[i];
            }
            assertThat(decoded(b)).as(java.util.Arrays.toString(c)).isEqualTo(expected(b));
        }
        assertThat(decoded("地区生产总值增长7%以上𠀀".getBytes(StandardCharsets.UTF_8))).isEqualTo("地区生产总值增长7%以上𠀀");
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        // biased towards the lead and continuation bytes where the rules are
        Arbitrary<Byte> interesting = Arbitraries.of((byte) 0x00, (byte) 0x41, (byte) 0x7F, (byte) 0x80, (byte) 0x8F,
                (byte) 0x90, (byte) 0x9F, (byte) 0xA0, (byte) 0xBF, (byte) 0xC0, (byte) 0xC1, (byte) 0xC2, (byte) 0xDF,
                (byte) 0xE0, (byte) 0xE4, (byte) 0xED, (byte) 0xEF, (byte) 0xF0, (byte) 0xF4, (byte) 0xF5, (byte) 0xFF);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.bytes()),
                net.jqwik.api.Tuple.of(2, interesting)).array(byte[].class).ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.chars().range('\u4e00', '\u9fa5')),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().ascii()),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\u0080', '\u07ff')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\uE000', '\uFFFF')))
                .list().ofMaxSize(20)
                .map(cs -> {
                    StringBuilder b = new StringBuilder();
                    cs.forEach(b::append);
                    if (cs.size() % 5 == 4) {
                        b.appendCodePoint(0x20000 + cs.size()); // a character beyond the first plane
                    }
                    return b.toString();
                });
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 200);
    }
}
