package org.zhibiao.text;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds the report files the reader tests read; all text is written for these tests. */
final class TestDocuments {

    static final String TITLE = "2023年青山县政府工作报告";
    static final String HEADING_REVIEW = "一、2022年工作回顾";
    static final String RESULTS = "全县地区生产总值完成128.6亿元，增长5.2%。";
    static final String REVENUE = "一般公共预算收入完成9.3亿元，增长6.1%，税收占比提高到七成。";
    static final String HEADING_PLAN = "二、2023年工作安排";
    static final String TARGETS = "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。";

    private TestDocuments() {
    }

    /**
     * A report with a header and a footer, two headings, prose, and a table of indicators whose last row
     * holds a nested table.
     */
    static Path docx(Path dir, String name) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
            policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun().setText("青山县人民政府办公室印发");
            policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun().setText("第1页 共3页");

            paragraph(doc, TITLE);
            paragraph(doc, "");
            paragraph(doc, HEADING_REVIEW);
            paragraph(doc, RESULTS);

            XWPFTable table = doc.createTable(3, 4);
            fill(table.getRow(0), "指标", "单位", "数值", "增长");
            fill(table.getRow(1), "地区生产总值", "亿元", "128.6", "5.2%");
            fill(table.getRow(2), "一般公共预算收入", "亿元", "9.3", "");
            XWPFTableCell holder = table.getRow(2).getCell(3);
            XWPFTable nested = holder.insertNewTbl(holder.getParagraphArray(0).getCTP().newCursor());
            fillNew(nested.createRow(), "其中税收", "6.5");
            fillNew(nested.createRow(), "非税收入", "2.8");

            paragraph(doc, REVENUE);
            paragraph(doc, HEADING_PLAN);
            paragraph(doc, TARGETS);
            try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
                doc.write(out);
            }
        }
        return dir.resolve(name);
    }

    static void paragraph(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (!text.isEmpty()) {
            p.createRun().setText(text);
        }
    }

    private static void fillNew(XWPFTableRow row, String... cells) {
        for (String cell : cells) {
            row.createCell().setText(cell);
        }
    }

    private static void fill(XWPFTableRow row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            row.getCell(i).setText(cells[i]);
        }
    }
}
