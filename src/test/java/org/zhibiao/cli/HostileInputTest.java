package org.zhibiao.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * extract and identify over a hostile batch: every bad file is named with its reason on one line, the good files
 * are still read, and nothing hangs or ends the batch (deep HTML, a pipe, a stray NUL byte, absurd numbers, a
 * name with a line break and a right-to-left mark).
 */
class HostileInputTest {

    private static final String REPORT = "2023年某县政府工作报告\n一、2022年工作回顾\n全县地区生产总值完成%s亿元，增长3%%。\n";

    @Test
    void aHostileBatchNamesEachBadFileAndReadsTheRest(@TempDir Path dir) throws Exception {
        Path deep = dir.resolve("deep.html");
        Files.writeString(deep, "<html><body>" + "<div>".repeat(100_000) + "地区生产总值增长5%" + "</div>".repeat(100_000) + "</body></html>");
        Path nul = dir.resolve("nul.txt");
        Files.write(nul, (String.format(REPORT, "128") + "\0").getBytes(StandardCharsets.UTF_8));
        Path good = dir.resolve("good.txt");
        Files.writeString(good, String.format(REPORT, "99"));
        Path odd = dir.resolve("odd\nname\u202E.txt");
        Files.writeString(odd, String.format(REPORT, "77"));
        Path huge = dir.resolve("huge.txt");
        Files.writeString(huge, "2023年某县政府工作报告\n一、2022年工作回顾\n全县地区生产总值完成99999999999999999999亿元，增长3%。"
                + "固定资产投资增长5%。\n");
        Path bomb = dir.resolve("bomb.docx");
        writeZipBomb(bomb);
        Path loop = dir.resolve("loop.txt");
        Files.createSymbolicLink(loop, loop.getFileName());
        Path fifo = dir.resolve("pipe.txt");
        boolean pipe = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;

        CliTest.Run r = pipe
                ? CliTest.run("extract", deep.toString(), fifo.toString(), nul.toString(), good.toString(), odd.toString(), huge.toString(), bomb.toString(), loop.toString())
                : CliTest.run("extract", deep.toString(), nul.toString(), good.toString(), odd.toString(), huge.toString(), bomb.toString(), loop.toString());

        assertThat(r.status()).as("some files could not be read").isEqualTo(1);
        assertThat(r.err()).contains("deep.html: nested too deeply to read").doesNotContain("StackOverflowError").doesNotContain("\tat ");
        if (pipe) {
            assertThat(r.err()).contains("pipe.txt: not a regular file");
        }
        assertThat(r.err()).contains("bomb.docx: a compressed file that would expand to an implausible size (a zip bomb)")
                .contains("loop.txt: a link that points back to itself (a symlink loop)");
        assertThat(r.err().lines().count()).as("one line per bad file").isEqualTo(pipe ? 4 : 3);
        assertThat(r.out()).contains("nul.txt\tgdp\tactual\t2022\t128").contains("good.txt\tgdp\tactual\t2022\t99")
                .contains("\tgdp\tactual\t2022\t77");
        assertThat(r.out()).as("an absurd level is no figure; the document's other figures stay")
                .doesNotContain("99999999999999999999").contains("huge.txt\tfixed_investment\tactual\t2022");
        assumeTrue(pipe, "mkfifo is not available here: the pipe was not tried");
    }

    /** A .docx whose one part is 200 MB of spaces, deflated to a few hundred kilobytes. */
    static void writeZipBomb(Path file) throws java.io.IOException {
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
    }

    @Test
    void aFileNameWithALineBreakStaysOneLine(@TempDir Path dir) throws Exception {
        Path odd = dir.resolve("bad\nname\u202E.bin");
        Files.write(odd, new byte[] {1, 2, 3, 0, 0, 0, 5, 6, 7, 8, 9});
        CliTest.Run r = CliTest.run("identify", odd.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains("bad\\u000Aname\\u202E.bin");
    }
}
