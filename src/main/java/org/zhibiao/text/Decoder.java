package org.zhibiao.text;

import org.zhibiao.model.Problem;
import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the bytes of a report file into text. Reports arrive as UTF-8 from the web, as GBK/GB18030 or Big5
 * from older Windows tools, and now and then as UTF-16 saved by Notepad.
 */
public final class Decoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");

    /** Legacy candidates, tried when the bytes are not UTF-8; GB18030 covers GBK and GB2312. */
    private static final List<Charset> CANDIDATES =
            List.of(GB18030, BIG5, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);

    /** A real report scores far above this; garbage from a wrong charset or random bytes stays below. */
    private static final double MIN_CHINESE_SCORE = 0.03;

    /** Above this share of bad characters, a text is not worth showing to the user. */
    private static final double MAX_BAD_SHARE = 0.02;

    /** Up to this many bytes UTF-8 goes through the String constructor (a 50 MB report took 136 MB there, not 72). */
    private static final int FAST_UTF8_BYTES = 1 << 22;

    public DecodedText read(Path file) throws DocumentException, IOException {
        return decode(FileBytes.read(file));
    }

    public DecodedText decode(byte[] bytes) throws DocumentException {
        if (bytes.length == 0) {
            throw new DocumentException(Problem.Kind.FILE_EMPTY);
        }
        Problem.Kind signature = FileSignature.nonTextReason(bytes);
        if (signature != null) {
            throw new DocumentException(signature);
        }
        DecodedText result = decodeText(bytes);
        if (isBlank(result.text())) {
            throw new DocumentException(Problem.Kind.FILE_EMPTY);
        }
        return result;
    }

    private DecodedText decodeText(byte[] bytes) throws DocumentException {
        DecodedText withBom = decodeByBom(bytes);
        if (withBom != null) {
            return checked(withBom);
        }
        boolean fastTried = bytes.length <= FAST_UTF8_BYTES;
        if (fastTried) {
            // most reports: UTF-8 without a NUL, known from the decoded text (a NUL byte decodes to U+0000) without
            // counting NULs over the bytes first
            String utf8 = Utf8Buffer.decode(bytes);
            if (utf8 != null) {
                return new DecodedText(stripBom(utf8), "UTF-8");
            }
        }
        int nul = countNul(bytes, 0, 1);
        if (nul > 0) {
            try {
                return decodeWithNul(bytes);
            } catch (DocumentException notUtf16) {
                if (nul * 100L >= bytes.length) {
                    throw notUtf16;
                }
                // a stray NUL or two in an 8-bit text (a copy cut short, an editor's slip) loses nothing else
                bytes = withoutNul(bytes, nul);
            }
        }
        // without NULs the String constructor above found a U+FFFD in these very bytes: only the strict decoder can
        // tell a real one from malformed bytes (a GBK report), so its fast path is not taken again
        String utf8 = fastTried && nul == 0 ? byDecoder(bytes, 0, StandardCharsets.UTF_8)
                : strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new DecodedText(stripBom(utf8), "UTF-8");
        }
        DecodedText best = bestCandidate(bytes);
        if (best != null) {
            return best;
        }
        if (controlShare(bytes) > 0.05) {
            throw new DocumentException(Problem.Kind.FILE_BINARY);
        }
        throw new DocumentException(Problem.Kind.FILE_UNDECODABLE);
    }

    private static DecodedText decodeByBom(byte[] b) {
        int b0 = b[0] & 0xFF;
        int b1 = b.length > 1 ? b[1] & 0xFF : -1;
        int b2 = b.length > 2 ? b[2] & 0xFF : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return new DecodedText(lenient(b, 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return new DecodedText(lenient(b, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return new DecodedText(lenient(b, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        return null;
    }

    /**
     * NUL bytes occur in text only as the zero half of UTF-16 code units: ASCII characters put them at odd
     * offsets in little endian, and the odd CJK character such as 一 (U+4E00) at even ones. Both byte
     * orders are tried; the one that reads as Chinese wins, and the NUL parity decides for ASCII-only text.
     */
    private static DecodedText decodeWithNul(byte[] b) throws DocumentException {
        int even = countNul(b, 0, 2);
        int odd = countNul(b, 1, 2);
        DecodedText best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            String text = strict(b, 0, charset);
            if (text == null || ChineseScore.badShare(text) > MAX_BAD_SHARE) {
                continue;
            }
            boolean parityFits = charset == StandardCharsets.UTF_16LE ? odd > even : even > odd;
            double score = ChineseScore.of(text) + (parityFits ? 0.01 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = new DecodedText(stripBom(text), charset.name());
            }
        }
        if (best == null) {
            throw new DocumentException(Problem.Kind.FILE_BINARY);
        }
        return best;
    }

    /**
     * Legacy bytes decode without error in more than one charset, so each strict decoding is scored by how
     * Chinese it reads; ICU's detector only breaks near ties, as it is unreliable on a few hundred bytes.
     */
    private static DecodedText bestCandidate(byte[] bytes) {
        Map<String, Integer> confidence = detectorConfidence(bytes);
        DecodedText best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Charset charset : CANDIDATES) {
            String text = strict(bytes, 0, charset);
            if (text == null) {
                continue;
            }
            double score = ChineseScore.of(text);
            if (score < MIN_CHINESE_SCORE || ChineseScore.badShare(text) > MAX_BAD_SHARE) {
                continue;
            }
            score += confidence.getOrDefault(charset.name(), 0) / 100.0 * 0.02;
            if (score > bestScore) {
                bestScore = score;
                best = new DecodedText(stripBom(text), charset.name());
            }
        }
        return best;
    }

    private static Map<String, Integer> detectorConfidence(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        Map<String, Integer> confidence = new HashMap<>();
        for (CharsetMatch match : detector.detectAll()) {
            String name = match.getName();
            String key = name.equalsIgnoreCase("GB18030") ? GB18030.name()
                    : name.equalsIgnoreCase("Big5") ? BIG5.name() : name;
            confidence.merge(key, match.getConfidence(), Math::max);
        }
        return confidence;
    }

    /** A byte order mark promises an encoding, so decode anyway and only then judge the result. */
    private static DecodedText checked(DecodedText text) throws DocumentException {
        if (ChineseScore.badShare(text.text()) > MAX_BAD_SHARE) {
            throw new DocumentException(Problem.Kind.FILE_UNDECODABLE);
        }
        return new DecodedText(stripBom(text.text()), text.charset());
    }

    /**
     * @return the text, or null if the bytes are not valid in this charset; a character cut in half at the
     * very end is dropped, because reports are often saved truncated by a size limit
     */
    static String strict(byte[] bytes, int offset, Charset charset) {
        if (charset == StandardCharsets.UTF_8 && bytes.length - offset <= FAST_UTF8_BYTES) {
            // the String constructor's own UTF-8 path is twice as fast and copies once; it puts U+FFFD where the
            // bytes are malformed (or cut short at the end), so a text without one decoded strictly too. Its
            // buffer is two bytes a byte of input, though: a long text is decoded below, into its exact length
            String s = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            if (s.indexOf('\uFFFD') < 0) {
                return s;
            }
        }
        return byDecoder(bytes, offset, charset);
    }

    /**
     * The fast path's decoding: strict UTF-8 ({@link Utf8}) into a char buffer each reading thread keeps (up to 1M
     * chars), then one String of the chars decoded. The String constructor from bytes first tried one byte a
     * character, then made two bytes a byte and cut them to size: three arrays, most of them wasted on Chinese text,
     * where this makes two: the engine's whole reading of the seed corpus took 0.996 of its time (docs/benchmarks.md).
     * Null when the bytes are not UTF-8 or hold a NUL or U+FFFD (the slow path tells a GBK report from a damaged UTF-8
     * one, and a real U+FFFD from malformed bytes).
     */
    private static final class Utf8Buffer {
        private static final int KEPT_CHARS = 1 << 20;
        private static final ThreadLocal<Utf8Buffer> OF_THREAD = ThreadLocal.withInitial(Utf8Buffer::new);

        private char[] chars = new char[1 << 14];

        static String decode(byte[] bytes) {
            return OF_THREAD.get().read(bytes);
        }

        private String read(byte[] bytes) {
            char[] into = chars;
            if (into.length < bytes.length) {
                into = new char[bytes.length]; // UTF-8 never decodes to more chars than it has bytes
                if (bytes.length <= KEPT_CHARS) {
                    chars = into;
                }
            }
            int length = Utf8.decode(bytes, into);
            return length < 0 ? null : new String(into, 0, length);
        }
    }

    /** {@link #strict} by the charset's decoder, reporting malformed and unmappable input. */
    private static String byDecoder(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        // UTF-8 is sized exactly: at one char a byte, a 50 MB Chinese report (three bytes a character) took a
        // 100 MB buffer for its 34 MB of chars. The others keep room for their most chars a byte
        CharBuffer out = CharBuffer.allocate(charset.equals(StandardCharsets.UTF_8) ? utf16Length(bytes, offset) + 4
                : (int) ((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 4);
        CoderResult result = decoder.decode(in, out, false);
        if (result.isError() || in.remaining() > 3) {
            return null;
        }
        out.flip();
        return out.toString();
    }

    /**
     * The chars UTF-8 bytes decode to: one for each byte that starts a character, and a second for a character of
     * four bytes (a surrogate pair). Exact for valid UTF-8; bytes that are not UTF-8 stop the strict decoder at
     * the first bad one, and a buffer too small would only say the same (not UTF-8).
     */
    static int utf16Length(byte[] bytes, int offset) {
        int n = 0;
        for (int i = offset; i < bytes.length; i++) {
            int b = bytes[i];
            if ((b & 0xC0) != 0x80) {
                n++;
            }
            if ((b & 0xF8) == 0xF0) {
                n++;
            }
        }
        return n;
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    private static byte[] withoutNul(byte[] b, int nul) {
        byte[] out = new byte[b.length - nul];
        int j = 0;
        for (byte x : b) {
            if (x != 0) {
                out[j++] = x;
            }
        }
        return out;
    }

    private static int countNul(byte[] b, int from, int step) {
        int n = 0;
        for (int i = from; i < b.length; i += step) {
            if (b[i] == 0) {
                n++;
            }
        }
        return n;
    }

    private static double controlShare(byte[] b) {
        int n = 0;
        for (byte x : b) {
            if (x >= 0 && x < 0x20 && x != '\n' && x != '\r' && x != '\t' && x != '\f' || x == 0x7F) {
                n++;
            }
        }
        return (double) n / b.length;
    }

    private static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u3000' && c != '\uFEFF') {
                return false;
            }
        }
        return true;
    }
}
