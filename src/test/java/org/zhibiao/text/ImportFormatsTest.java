package org.zhibiao.text;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.extract.Extractor;
import org.zhibiao.model.ReportSummary;
import org.zhibiao.service.ImportService;
import org.zhibiao.service.ImportSummary;
import org.zhibiao.model.Progress;
import org.zhibiao.store.Workspace;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every format analysts receive, imported together into one workspace; what cannot be read is named. */
class ImportFormatsTest {

    @Test
    void importsDocxPdfAndWebPagesAndNamesWhatItRefuses(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        TestDocuments.docx(in, "qingshan.docx");
        Files.writeString(in.resolve("forum.html"), HtmlReaderTest.forumPage("<meta charset=\"utf-8\">"), StandardCharsets.UTF_8);
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(72, 700);
                s.showText("Annual work report 2023: GDP grew 5.2 percent.");
                s.endText();
            }
            pdf.save(in.resolve("english.pdf").toFile());
        }
        try (PDDocument scan = new PDDocument()) {
            scan.addPage(new PDPage());
            scan.save(in.resolve("scan.pdf").toFile());
        }
        Files.write(in.resolve("table.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});

        try (Workspace ws = Workspace.open(dir.resolve("w"))) {
            ImportSummary s = new ImportService(ws, Extractor.loadDefault(), "test", Clock.systemUTC())
                    .importPaths(List.of(in), Progress.NONE);
            assertThat(s.imported()).extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder("qingshan.docx", "forum.html", "english.pdf");
            assertThat(s.failed()).hasSize(2);
            assertThat(s.failed().get(in.resolve("scan.pdf"))).startsWith("no text layer");
            assertThat(s.failed().get(in.resolve("table.xls"))).contains("unsupported file type .xls");
            List<ReportSummary> reports = ws.inTransaction(() -> ws.reports().summaries());
            ReportSummary docx = reports.stream().filter(r -> r.report().fileName().equals("qingshan.docx")).findFirst().orElseThrow();
            assertThat(docx.report().sourceFormat()).isEqualTo("docx");
            assertThat(docx.report().identity().reportYear()).isEqualTo(2023);
            assertThat(docx.figures()).isGreaterThanOrEqualTo(3);
            ReportSummary html = reports.stream().filter(r -> r.report().fileName().equals("forum.html")).findFirst().orElseThrow();
            assertThat(html.report().sourceFormat()).startsWith("html");
            assertThat(html.figures()).isPositive();
            String text = ws.inTransaction(() -> ws.reports().text(html.report().id()));
            for (String junk : HtmlReaderTest.JUNK) {
                assertThat(text).doesNotContain(junk);
            }
        }
    }
}
