package org.zhibiao.text;

import org.zhibiao.model.Problem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the body of a Word .docx file: paragraphs and tables in document order, one paragraph or table row
 * per line, cells separated by a tab. Headers, footers, footnotes, comments and text boxes are left out.
 */
final class DocxReader {

    DecodedText read(Path file) throws DocumentException, IOException {
        return read(FileBytes.read(file));
    }

    DecodedText read(byte[] bytes) throws DocumentException {
        if (bytes.length == 0) {
            throw new DocumentException(Problem.Kind.FILE_EMPTY);
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            // an OLE2 container: an old Word .doc renamed, or a .docx encrypted with a password
            throw new DocumentException(Problem.Kind.FILE_OLD_DOC);
        }
        if (!startsWith(bytes, 0x50, 0x4B)) {
            throw new DocumentException(Problem.Kind.FILE_BAD_DOCX);
        }
        StringBuilder out = new StringBuilder();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            new Writer(out).body(document.getBodyElements());
        } catch (IOException | RuntimeException e) {
            // POI reports broken zips and missing parts with unchecked exceptions of several kinds; a part that
            // would expand far beyond its compressed size (ZipSecureFile's ratio check) is a zip bomb
            throw new DocumentException(zipBomb(e) ? Problem.Kind.FILE_ZIP_BOMB : Problem.Kind.FILE_BAD_DOCX);
        }
        String text = out.toString().strip();
        if (text.isEmpty()) {
            throw new DocumentException(Problem.Kind.FILE_NO_DOC_TEXT);
        }
        return new DecodedText(text + "\n", "docx");
    }

    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("zip bomb") || m.contains("max entry size") || m.contains("exceeds the max")) {
                return true;
            }
        }
        return false;
    }

    /** Appends lines to the output while walking the body; keeps the counters of automatic numbering. */
    private static final class Writer {

        private final StringBuilder out;
        private final Map<BigInteger, int[]> counters = new HashMap<>();

        Writer(StringBuilder out) {
            this.out = out;
        }

        void body(List<IBodyElement> elements) {
            for (IBodyElement element : elements) {
                if (element instanceof XWPFParagraph paragraph) {
                    line(label(paragraph) + paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    table(table);
                } else if (element instanceof XWPFSDT sdt) {
                    for (String line : sdt.getContent().getText().split("\n")) {
                        line(line);
                    }
                }
            }
        }

        /** Each row on one line; a table nested in a cell follows its row, row by row. */
        private void table(XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                List<String> cells = new ArrayList<>();
                List<XWPFTable> nested = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    StringBuilder text = new StringBuilder();
                    for (IBodyElement element : cell.getBodyElements()) {
                        if (element instanceof XWPFParagraph paragraph) {
                            String s = oneLine(label(paragraph) + paragraph.getText());
                            if (!s.isEmpty()) {
                                text.append(text.length() > 0 ? " " : "").append(s);
                            }
                        } else if (element instanceof XWPFTable inner) {
                            nested.add(inner);
                        }
                    }
                    // cells merged away or left blank would only add runs of tabs
                    if (text.length() > 0) {
                        cells.add(text.toString());
                    }
                }
                line(String.join("\t", cells));
                nested.forEach(this::table);
            }
        }

        private void line(String s) {
            String text = s.strip();
            if (!text.isEmpty()) {
                out.append(text).append('\n');
            }
        }

        /**
         * The label Word draws for an automatically numbered paragraph, such as 一、 or 1., computed from the
         * paragraph's own numbering properties; numbering inherited from a style is not seen.
         */
        private String label(XWPFParagraph paragraph) {
            BigInteger numId = paragraph.getNumID();
            if (numId == null) {
                return "";
            }
            BigInteger ilvl = paragraph.getNumIlvl();
            int level = ilvl == null ? 0 : Math.min(Math.max(ilvl.intValue(), 0), 8);
            CTLvl definition = levelDefinition(paragraph, numId, level);
            if (definition == null || !definition.isSetNumFmt() || !definition.isSetLvlText()) {
                return "";
            }
            String format = String.valueOf(definition.getNumFmt().getVal());
            String levelText = definition.getLvlText().getVal();
            if (levelText == null || format.equals("bullet") || format.equals("none")) {
                return "";
            }
            int[] count = counters.computeIfAbsent(numId, k -> new int[9]);
            if (count[level] == 0) {
                BigInteger start = definition.isSetStart() ? definition.getStart().getVal() : null;
                count[level] = start != null ? start.intValue() : 1;
            } else {
                count[level]++;
            }
            for (int deeper = level + 1; deeper < count.length; deeper++) {
                count[deeper] = 0;
            }
            StringBuilder label = new StringBuilder();
            for (int i = 0; i < levelText.length(); i++) {
                char c = levelText.charAt(i);
                if (c == '%' && i + 1 < levelText.length() && levelText.charAt(i + 1) >= '1'
                        && levelText.charAt(i + 1) <= '9') {
                    int which = levelText.charAt(++i) - '1';
                    int value = Math.max(count[which], 1);
                    label.append(which == level ? NumberFormats.format(value, format) : Integer.toString(value));
                } else {
                    label.append(c);
                }
            }
            return label.toString();
        }
    }

    /**
     * The level of a list as the numbering part defines it; looked up here because POI's own look-up
     * finds nothing for a paragraph without w:ilvl, which Word reads as level 0.
     */
    private static CTLvl levelDefinition(XWPFParagraph paragraph, BigInteger numId, int level) {
        XWPFNumbering numbering = paragraph.getDocument().getNumbering();
        XWPFNum num = numbering == null ? null : numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return null;
        }
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abstractNum == null) {
            return null;
        }
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
            if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level) {
                return lvl;
            }
        }
        return null;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\n\\s*", " ").strip();
    }

    private static boolean startsWith(byte[] b, int... magic) {
        return FileSignature.startsWith(b, magic);
    }
}
