package org.zhibiao.text;

import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.zhibiao.text.TestDocuments.*;

class PdfReaderTest {

    /**
     * CJK fonts with TrueType outlines, which PDFBox can subset and embed. Noto Sans CJK (fonts-noto-cjk)
     * has CFF outlines: PDFBox 3.0 can neither subset those nor embed a face of a collection whole.
     */
    private static final List<String> CJK_FONTS = List.of(
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",   // Debian: fonts-droid-fallback
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",                // Debian: fonts-wqy-zenhei
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",              // Debian: fonts-wqy-microhei
            "/usr/share/fonts/truetype/arphic/uming.ttc",                  // Debian: fonts-arphic-uming
            "C:/Windows/Fonts/simhei.ttf",
            "C:/Windows/Fonts/simsun.ttc");

    @TempDir
    Path dir;

    private final PdfReader reader = new PdfReader();

    @Test
    void asciiTextOfAllPagesOneLineEach() throws Exception {
        Path file = dir.resolve("ascii.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            page(doc, font, List.of("Work Report 2023", "GDP reached 12.86 billion yuan, up 5.2%.",
                    "Fiscal revenue grew 6.1%."));
            page(doc, font, List.of("Targets for 2023", "GDP growth of about 6%."));
            doc.save(file.toFile());
        }

        DecodedText text = reader.read(file);

        assertThat(text.charset()).isEqualTo("pdf");
        // no blank line between the lines of a page; at most one where a page ends
        assertThat(text.text()).startsWith("Work Report 2023\nGDP reached 12.86 billion yuan, up 5.2%.\n"
                + "Fiscal revenue grew 6.1%.\n");
        assertThat(text.text().lines().filter(l -> !l.isBlank())).containsExactly("Work Report 2023",
                "GDP reached 12.86 billion yuan, up 5.2%.", "Fiscal revenue grew 6.1%.", "Targets for 2023",
                "GDP growth of about 6%.");
        assertThat(text.text()).doesNotContain("\n\n\n");
    }

    @Test
    void chineseTextWithAnEmbeddedCjkFont() throws Exception {
        Path file = dir.resolve("chinese.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDFont font = cjkFont(doc);
            assumeTrue(font != null, "no CJK TrueType font on this machine (Debian: fonts-droid-fallback)");
            PDFont latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            page(doc, latin, font, List.of(TITLE, HEADING_REVIEW, RESULTS));
            page(doc, latin, font, List.of(HEADING_PLAN, TARGETS));
            doc.save(file.toFile());
        }

        DecodedText text = reader.read(file);

        assertThat(text.text().lines().filter(l -> !l.isBlank()))
                .containsExactly(TITLE, HEADING_REVIEW, RESULTS, HEADING_PLAN, TARGETS);
    }

    @Test
    void spacesBetweenChineseCharactersAreClosed() {
        assertThat(PdfReader.tidy("全 县 地 区 生 产 总 值 128.6 亿元\r\n\r\n\r\n二、 2023年\f"))
                .isEqualTo("全县地区生产总值 128.6 亿元\n\n二、 2023年\n");
    }

    @Test
    void aPageWithNothingOnItHasNoTextLayer() throws Exception {
        Path file = dir.resolve("blank.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(file.toFile());
        }

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(DocumentException.class)
                .hasMessage("no text layer: the PDF is a scan; run OCR on it first");
    }

    @Test
    void aScannedPageIsOnlyAnImage() throws Exception {
        BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 100);
        g.setColor(Color.BLACK);
        g.drawString("2023 report", 20, 50);
        g.dispose();
        Path file = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, 50, 500, 400, 200);
            }
            doc.save(file.toFile());
        }

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("no text layer");
    }

    @Test
    void aPasswordProtectedPdfIsRecognised() throws Exception {
        Path file = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            page(doc, new PDType1Font(Standard14Fonts.FontName.HELVETICA), List.of("Confidential draft"));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(DocumentException.class)
                .hasMessage("the PDF is password-protected");
    }

    @Test
    void aBrokenFileIsNotAValidPdf() throws Exception {
        Path file = dir.resolve("broken.pdf");
        Files.writeString(file, "%PDF-1.7\n这只是一段文字，没有任何PDF对象。\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(DocumentException.class)
                .hasMessage("not a valid PDF file");
    }

    @Test
    void aTextFileNamedPdfIsNotAValidPdf() throws Exception {
        Path file = dir.resolve("notes.pdf");
        Files.writeString(file, RESULTS, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(DocumentException.class)
                .hasMessage("not a valid PDF file");
    }

    /** @return a CJK font from the machine, or null */
    private static PDFont cjkFont(PDDocument doc) throws Exception {
        for (String path : CJK_FONTS) {
            File file = new File(path);
            if (!file.isFile()) {
                continue;
            }
            if (path.endsWith(".ttf")) {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
                if (fits(ttf)) {
                    return PDType0Font.load(doc, ttf, true);
                }
                ttf.close();
                continue;
            }
            TrueTypeCollection collection = new TrueTypeCollection(file);
            PDFont[] found = new PDFont[1];
            collection.processAllFonts(ttf -> {
                if (found[0] == null && fits(ttf)) {
                    found[0] = PDType0Font.load(doc, ttf, true);
                }
            });
            if (found[0] != null) {
                return found[0]; // the collection stays open until the document is saved
            }
            collection.close();
        }
        return null;
    }

    private static boolean fits(TrueTypeFont ttf) throws java.io.IOException {
        boolean postScript = ttf instanceof OpenTypeFont otf && otf.isPostScript();
        return !postScript && ttf.getUnicodeCmapLookup().getGlyphId('报') > 0;
    }

    private static void page(PDDocument doc, PDFont font, List<String> lines) throws Exception {
        page(doc, font, null, lines);
    }

    /**
     * Writes lines of text on a new page; with a CJK font, ASCII runs are set in Helvetica, because
     * fallback fonts such as Droid Sans Fallback have no Latin digits.
     */
    private static void page(PDDocument doc, PDFont font, PDFont cjk, List<String> lines) throws Exception {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.beginText();
            content.setLeading(18);
            content.newLineAtOffset(72, 720);
            for (String line : lines) {
                int start = 0;
                while (start < line.length()) {
                    boolean ascii = line.charAt(start) < 0x80;
                    int end = start;
                    while (end < line.length() && (line.charAt(end) < 0x80) == ascii) {
                        end++;
                    }
                    content.setFont(ascii || cjk == null ? font : cjk, 12);
                    content.showText(line.substring(start, end));
                    start = end;
                }
                content.newLine();
            }
            content.endText();
        }
    }
}
