package org.zhibiao.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class DecoderTest {

    // Short sentences in the style of a report, written for these tests.
    private static final String SIMPLIFIED = "过去一年，全市经济运行总体平稳，地区生产总值增长百分之六，"
            + "城乡居民收入稳步提高，发展质量和效益明显提升。";
    private static final String SIMPLIFIED_WITH_DIGITS = "全市一般公共预算收入达到38.5亿元，增长7.2%。\n"
            + "新建道路12公里，新增就业岗位3600个。";
    private static final String TRADITIONAL = "過去一年，全市經濟運行總體平穩，地區生產總值增長百分之六，"
            + "城鄉居民收入穩步提高，發展質量和效益明顯提升。";

    private final Decoder decoder = new Decoder();

    static Stream<Arguments> roundTrips() {
        return Stream.of(
                // the common case: web scrapes saved as UTF-8
                arguments(SIMPLIFIED, "UTF-8", "", "UTF-8"),
                // Windows Notepad puts a BOM in front of UTF-8
                arguments(SIMPLIFIED, "UTF-8", "EFBBBF", "UTF-8"),
                // Notepad's "Unicode": UTF-16LE with a BOM
                arguments(SIMPLIFIED_WITH_DIGITS, "UTF-16LE", "FFFE", "UTF-16LE"),
                // big-endian UTF-16 with a BOM
                arguments(SIMPLIFIED, "UTF-16BE", "FEFF", "UTF-16BE"),
                // UTF-16LE without BOM: ASCII digits leave NULs at odd offsets
                arguments(SIMPLIFIED_WITH_DIGITS, "UTF-16LE", "", "UTF-16LE"),
                // UTF-16LE without BOM and without any ASCII, so no NUL hint at all
                arguments(SIMPLIFIED, "UTF-16LE", "", "UTF-16LE"),
                // mainland legacy files
                arguments(SIMPLIFIED, "GB18030", "", "GB18030"),
                // GBK is a subset of GB18030, which reads it
                arguments(SIMPLIFIED_WITH_DIGITS, "GBK", "", "GB18030"),
                // Taiwan and Hong Kong style files: traditional text in Big5, the classic GBK confusion
                arguments(TRADITIONAL, "Big5", "", "Big5"),
                // a BOM already decoded into U+FEFF is stripped too
                arguments("\uFEFF" + SIMPLIFIED, "UTF-8", "", "UTF-8"));
    }

    @ParameterizedTest(name = "{1} bom={2}")
    @MethodSource("roundTrips")
    void decodesWhatWasEncoded(String text, String charset, String bomHex, String expectedCharset) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(HexFormat.of().parseHex(bomHex));
        bytes.write(text.getBytes(Charset.forName(charset)));

        DecodedText decoded = decoder.decode(bytes.toByteArray());

        assertThat(decoded.text()).isEqualTo(text.replace("\uFEFF", ""));
        assertThat(decoded.charset()).isEqualTo(expectedCharset);
    }

    @Test
    void shortGbkAndBig5AreNotMistakenForEachOther() throws Exception {
        // a dozen characters only: the detector alone is unreliable on so little
        assertThat(decoder.decode("经济增长发展".getBytes("GBK")).text()).isEqualTo("经济增长发展");
        assertThat(decoder.decode("經濟增長發展".getBytes("Big5")).text()).isEqualTo("經濟增長發展");
    }

    @Test
    void toleratesACharacterCutInHalfAtTheEnd() throws Exception {
        // the shared dev scrapes were cut at a byte limit in the middle of a character
        byte[] whole = SIMPLIFIED.getBytes("UTF-8");
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);

        assertThat(decoder.decode(cut).text()).isEqualTo(SIMPLIFIED.substring(0, SIMPLIFIED.length() - 1));
    }

    @Test
    void oneThreadDecodesLongAndShortTextsOneAfterAnotherWithoutMixingThem() throws Exception {
        // the fast path decodes into a buffer each thread keeps: a long text grows it, a short one after it must
        // not carry the long one's tail, a text over a million chars is decoded into a buffer of its own
        String longText = SIMPLIFIED.repeat(20_000 / SIMPLIFIED.length() + 1);
        String huge = "增长" + "报".repeat(1 << 20) + "。";
        for (String text : java.util.List.of(longText, SIMPLIFIED, huge, "全县地区生产总值增长5%。", longText)) {
            assertThat(decoder.decode(text.getBytes("UTF-8")).text()).isEqualTo(text);
        }
    }

    @Test
    void aReplacementCharacterWrittenInTheTextIsKeptAndAMalformedByteIsNoUtf8() throws Exception {
        // the fast path trusts a decoding without U+FFFD; a text that holds one goes the strict way
        String withMark = SIMPLIFIED + "\uFFFD" + SIMPLIFIED;
        assertThat(decoder.decode(withMark.getBytes("UTF-8")).text()).isEqualTo(withMark);
        byte[] whole = SIMPLIFIED.getBytes("UTF-8");
        byte[] broken = java.util.Arrays.copyOf(whole, whole.length);
        broken[whole.length / 2] = (byte) 0xFF; // never in UTF-8
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> decoder.decode(broken))
                .isInstanceOf(DocumentException.class); // no other charset reads it either
    }

    @ParameterizedTest(name = "{1}: [{0}]")
    @CsvSource(delimiter = '|', textBlock = """
            # no bytes at all
            ''                                        | empty file
            # spaces, tabs and line ends only
            20200D0A090A                              | empty file
            # an ideographic space and a line end in UTF-8
            E380800A                                  | empty file
            # a PDF header
            255044462D312E370A25E2E3CFD30A            | a PDF file, not plain text
            # a .docx is a zip archive
            504B0304140006000800000021               | a zip archive (such as a .docx or .xlsx file), not plain text
            # a PNG screenshot of a report
            89504E470D0A1A0A0000000D49484452          | an image file, not plain text
            # a JPEG photo
            FFD8FFE000104A46494600                    | an image file, not plain text
            # NULs on both parities, as in any binary
            0001020300000000FFFE000010000000AB000000 | binary file, not text
            """)
    void rejectsFilesThatAreNotText(String hex, String reason) {
        byte[] bytes = HexFormat.of().parseHex(hex);

        assertThatThrownBy(() -> decoder.decode(bytes))
                .isInstanceOf(DocumentException.class)
                .hasMessage(reason);
    }

    @Test
    void rejectsRandomBytes() {
        byte[] bytes = new byte[2000];
        new Random(42).nextBytes(bytes);

        assertThatThrownBy(() -> decoder.decode(bytes))
                .isInstanceOf(DocumentException.class)
                .hasMessageMatching("binary file, not text|cannot be decoded as Chinese text");
    }

    @Test
    void rejectsHighBytesThatAreNoChineseEncoding() {
        // no NULs and no control bytes, so not binary, but valid in no candidate charset
        byte[] bytes = new byte[600];
        Random random = new Random(7);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x80 + random.nextInt(0x80));
        }

        assertThatThrownBy(() -> decoder.decode(bytes))
                .isInstanceOf(DocumentException.class)
                .hasMessage("cannot be decoded as Chinese text");
    }

    @Test
    void readsAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.txt");
        Files.write(file, TRADITIONAL.getBytes("Big5"));

        assertThat(decoder.read(file)).isEqualTo(new DecodedText(TRADITIONAL, "Big5"));
    }

    /** UTF-8 is decoded into a buffer of its exact length: one char a character, two for one of four bytes. */
    @Test
    void countsTheCharsUtf8BytesDecodeTo() throws Exception {
        String text = "GDP增长5.2%，café 𠀾 ok\n" + SIMPLIFIED;
        byte[] bytes = text.getBytes("UTF-8");
        assertThat(Decoder.utf16Length(bytes, 0)).isEqualTo(text.length());
        assertThat(decoder.decode(bytes).text()).isEqualTo(text);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 2); // the last character cut in half
        assertThat(decoder.decode(cut).text()).isEqualTo(text.substring(0, text.length() - 1));
    }

    /** A file is read a slice at a time (no direct buffer of its whole size): the bytes are those of the file. */
    @Test
    void readsAFileOfManySlicesAsItIs(@TempDir Path dir) throws Exception {
        byte[] bytes = new byte[3 * FileBytes.SLICE + 17];
        new Random(3).nextBytes(bytes);
        Path file = dir.resolve("r.bin");
        Files.write(file, bytes);
        assertThat(FileBytes.read(file)).isEqualTo(bytes);
        Files.write(file, new byte[0]);
        assertThat(FileBytes.read(file)).isEmpty();
    }
}
