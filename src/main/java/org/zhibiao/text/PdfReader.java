package org.zhibiao.text;

import org.zhibiao.model.Problem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the text layer of a PDF, page after page, lines in reading order. Wrapped lines are left for the
 * {@link Normalizer} to join. Scans without a text layer are refused with a hint to run OCR.
 */
final class PdfReader {

    /** Below this share of readable characters, the fonts have no usable map to Unicode. */
    private static final double MIN_READABLE_SHARE = 0.6;

    DecodedText read(Path file) throws DocumentException, IOException {
        // let a missing or unreadable file fail as an I/O error rather than as a broken PDF
        try (InputStream probe = Files.newInputStream(file)) {
            if (probe.read() < 0) {
                throw new DocumentException(Problem.Kind.FILE_EMPTY);
            }
        }
        String raw;
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            if (document.getNumberOfPages() == 0) {
                throw new DocumentException(Problem.Kind.FILE_PDF_NO_PAGES);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            raw = stripper.getText(document);
        } catch (InvalidPasswordException e) {
            throw new DocumentException(Problem.Kind.FILE_PDF_PASSWORD);
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(Problem.Kind.FILE_BAD_PDF);
        }
        String text = tidy(raw);
        int readable = readable(text);
        if (readable == 0) {
            throw new DocumentException(Problem.Kind.FILE_PDF_SCAN);
        }
        int visible = (int) text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        if (readable < MIN_READABLE_SHARE * visible) {
            throw new DocumentException(Problem.Kind.FILE_PDF_FONTS);
        }
        return new DecodedText(text, "pdf");
    }

    /**
     * Unifies line ends, drops form feeds, trims line ends, collapses runs of blank lines to one and removes
     * the spaces that character spacing puts between two Chinese characters (a reader sees none there).
     */
    static String tidy(String raw) {
        String[] lines = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder(raw.length());
        boolean blank = true;
        for (String line : lines) {
            String s = closeCjkGaps(line.strip());
            if (s.isEmpty()) {
                if (!blank) {
                    out.append('\n');
                }
                blank = true;
            } else {
                out.append(s).append('\n');
                blank = false;
            }
        }
        return out.toString().strip() + "\n";
    }

    private static String closeCjkGaps(String line) {
        if (line.indexOf(' ') < 0 && line.indexOf('\u3000') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\u3000') {
                int end = i;
                while (end < line.length() && (line.charAt(end) == ' ' || line.charAt(end) == '\u3000')) {
                    end++;
                }
                boolean between = out.length() > 0 && end < line.length()
                        && isCjk(out.charAt(out.length() - 1)) && isCjk(line.charAt(end));
                if (!between) {
                    out.append(' ');
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    static boolean isCjk(char c) {
        return c >= '\u3400' && c <= '\u9FFF' || c >= '\u3000' && c <= '\u303F' || c >= '\uFF00' && c <= '\uFFEF';
    }

    /** Letters (any script) and digits: what a text layer holds and a broken font map does not. */
    private static int readable(String text) {
        return (int) text.codePoints()
                .filter(c -> Character.isLetterOrDigit(c) && Character.getType(c) != Character.PRIVATE_USE)
                .count();
    }
}
