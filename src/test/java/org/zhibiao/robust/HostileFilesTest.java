package org.zhibiao.robust;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.extract.Extractor;
import org.zhibiao.model.ReportSummary;
import org.zhibiao.service.ImportService;
import org.zhibiao.service.ImportSummary;
import org.zhibiao.model.Progress;
import org.zhibiao.store.Workspace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch of hostile files imported together with one good report: each is refused or read with a clear message,
 * the good one is imported, and the workspace stays consistent.
 */
class HostileFilesTest {

    private static final String REPORT = "2023年某县政府工作报告\n一、2022年工作回顾\n全县地区生产总值完成156.3亿元，增长4.2%。\n"
            + "二、2023年工作安排\n主要预期目标是：地区生产总值增长6%左右。\n";

    static void write(Path dir) throws IOException {
        Files.writeString(dir.resolve("00_good.txt"), REPORT);
        Files.write(dir.resolve("01_zero.txt"), new byte[0]);
        // 50 MB of report text, and one line of 5 MB
        try (var w = Files.newBufferedWriter(dir.resolve("02_fifty_mb.txt"))) {
            String para = "全县地区生产总值完成156.3亿元，增长4.2%；固定资产投资增长8%。各项事业全面发展，民生持续改善。\n";
            for (long written = 0; written < 50_000_000; written += para.getBytes(StandardCharsets.UTF_8).length) {
                w.write(para);
            }
        }
        Files.writeString(dir.resolve("03_one_line.txt"), "城镇新增就业3000人，".repeat(5_000_000 / 30) + "。");
        byte[] random = new byte[1 << 20];
        new Random(7).nextBytes(random);
        Files.write(dir.resolve("04_random.txt"), random);
        // a zip bomb dressed as a Word document: 400 MB of zeros in a few hundred KB
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("05_bomb.docx")))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 400; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(dir.resolve("06_encrypted.pdf").toFile());
        }
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(dir.resolve("07_scan.pdf").toFile());
        }
        Files.writeString(dir.resolve("08_scripts.html"),
                "<html><head><script>var a = 1; document.write('政府工作报告');</script><style>p{}</style></head></html>");
        // half UTF-8, half GBK: decodes as one or the other, replacing what does not fit, or is refused
        try (OutputStream out = Files.newOutputStream(dir.resolve("09_mixed.txt"))) {
            out.write(REPORT.getBytes(StandardCharsets.UTF_8));
            out.write(REPORT.getBytes(Charset.forName("GBK")));
        }
        Files.write(dir.resolve("10_nul.txt"), (REPORT + "\0\0\0" + REPORT).getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("11_table.xlsx"), "not really a spreadsheet");
        // a link that points back to itself: reported, not skipped without a word
        Files.createSymbolicLink(dir.resolve("12_loop.txt"), Path.of("12_loop.txt"));
    }

    @Test
    void everyHostileFileIsRefusedOrReadAndTheRestGoesOn(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        write(in);
        try (Workspace ws = Workspace.open(dir.resolve("w"))) {
            ImportSummary s = new ImportService(ws, Extractor.loadDefault(), "test", Clock.systemUTC())
                    .importPaths(List.of(in), Progress.NONE);
            Map<Path, String> failed = s.failed();
            assertThat(s.imported()).contains(in.resolve("00_good.txt"));
            assertThat(failed.get(in.resolve("01_zero.txt"))).isEqualTo("empty file");
            assertThat(failed.get(in.resolve("04_random.txt"))).isNotBlank();
            assertThat(failed.get(in.resolve("05_bomb.docx"))).contains("zip bomb");
            assertThat(failed.get(in.resolve("06_encrypted.pdf"))).contains("password");
            assertThat(failed.get(in.resolve("07_scan.pdf"))).startsWith("no text layer");
            assertThat(failed.get(in.resolve("08_scripts.html"))).contains("no report text");
            assertThat(failed.get(in.resolve("11_table.xlsx"))).contains("unsupported file type .xlsx");
            assertThat(failed.get(in.resolve("12_loop.txt"))).contains("symlink loop");
            // large texts and odd encodings are read
            assertThat(s.imported()).contains(in.resolve("02_fifty_mb.txt"), in.resolve("03_one_line.txt"));
            assertThat(failed.values()).allSatisfy(m -> assertThat(m).doesNotContain("Exception").doesNotContain("\tat "));
            assertThat(s.imported().size() + s.duplicates().size() + failed.size()).isEqualTo(13);
            // the workspace holds exactly what was imported, each report whole
            List<ReportSummary> reports = ws.inTransaction(() -> ws.reports().summaries());
            assertThat(reports).hasSize(s.imported().size());
            assertThat(reports.stream().mapToInt(ReportSummary::figures).sum()).isEqualTo(s.figures());
            String good = ws.inTransaction(() -> ws.reports().text(reports.get(0).report().id()));
            assertThat(good).isEqualTo(REPORT);
            System.out.println("hostile batch: " + failed);
        }
    }
}
