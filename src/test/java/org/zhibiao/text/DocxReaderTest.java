package org.zhibiao.text;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhibiao.text.TestDocuments.*;

class DocxReaderTest {

    @TempDir
    Path dir;

    private final DocxReader reader = new DocxReader();

    @Test
    void paragraphsAndTableRowsInDocumentOrderWithoutHeaderAndFooter() throws Exception {
        DecodedText text = reader.read(TestDocuments.docx(dir, "report.docx"));

        assertThat(text.charset()).isEqualTo("docx");
        assertThat(text.text().split("\n")).containsExactly(
                TITLE,
                HEADING_REVIEW,
                RESULTS,
                "指标\t单位\t数值\t增长",
                "地区生产总值\t亿元\t128.6\t5.2%",
                "一般公共预算收入\t亿元\t9.3",
                "其中税收\t6.5",
                "非税收入\t2.8",
                REVENUE,
                HEADING_PLAN,
                TARGETS);
        assertThat(text.text()).doesNotContain("印发", "第1页");
    }

    @Test
    void automaticNumberingIsWrittenOutAsWordShowsIt() throws Exception {
        Path file = dir.resolve("numbered.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ZERO);
            CTLvl level = abstractNum.addNewLvl();
            level.setIlvl(BigInteger.ZERO);
            level.addNewStart().setVal(BigInteger.ONE);
            level.addNewNumFmt().setVal(STNumberFormat.CHINESE_COUNTING);
            level.addNewLvlText().setVal("%1、");
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
            for (String heading : new String[] {"2022年工作回顾", "2023年工作安排"}) {
                XWPFParagraph p = doc.createParagraph();
                p.setNumID(numId);
                p.createRun().setText(heading);
                paragraph(doc, RESULTS);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }

        assertThat(reader.read(file).text().split("\n"))
                .containsExactly(HEADING_REVIEW, RESULTS, HEADING_PLAN, RESULTS);
    }

    @Test
    void notAZipIsNotAValidDocx() throws Exception {
        Path file = dir.resolve("broken.docx");
        Files.writeString(file, "这不是一个Word文档", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(DocumentException.class)
                .hasMessage("not a valid .docx file");
    }

    @Test
    void aZipWithoutWordPartsIsNotAValidDocx() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write(RESULTS.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Path file = dir.resolve("zip.docx");
        Files.write(file, bytes.toByteArray());

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(DocumentException.class)
                .hasMessage("not a valid .docx file");
    }

    @Test
    void aTruncatedDocxIsNotValid() throws Exception {
        byte[] whole = Files.readAllBytes(TestDocuments.docx(dir, "whole.docx"));
        Path file = dir.resolve("cut.docx");
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(DocumentException.class)
                .hasMessage("not a valid .docx file");
    }

    @Test
    void anOldDocRenamedToDocxIsNamedAsSuch() throws Exception {
        byte[] ole2 = new byte[1024];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2, 0, magic.length);
        Path file = dir.resolve("old.docx");
        Files.write(file, ole2);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(DocumentException.class)
                .hasMessageContaining("old Word .doc file").hasMessageContaining("save it as .docx");
    }

    @Test
    void aDocumentWithoutTextIsRefused() throws Exception {
        Path file = dir.resolve("blank.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            paragraph(doc, "");
            doc.createTable(2, 2);
            doc.write(out);
        }

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(DocumentException.class)
                .hasMessage("no text in the document");
    }
}
