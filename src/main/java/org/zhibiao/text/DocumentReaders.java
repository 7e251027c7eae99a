package org.zhibiao.text;

import org.zhibiao.model.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a report file of any supported kind into text: plain text through {@link Decoder}, Word documents,
 * PDFs and saved web pages through their readers. Every reader returns one paragraph per line, so that the
 * extractor finds headings on their own lines and sentences whole.
 */
public final class DocumentReaders {

    private static final Set<String> EXTENSIONS = Set.of("txt", "docx", "pdf", "html", "htm");

    private final Decoder decoder = new Decoder();
    private final DocxReader docx = new DocxReader();
    private final PdfReader pdf = new PdfReader();
    private final HtmlReader html = new HtmlReader();

    /**
     * @return the text of the file; {@link DecodedText#charset()} is the charset for plain text, "docx" or
     * "pdf" for those formats, and "html (charset)" for web pages
     * @throws DocumentException if the file is of an unsupported kind or cannot be read as a report
     * @throws IOException       if the file cannot be read at all (missing, no permission)
     */
    public DecodedText read(Path file) throws DocumentException, IOException {
        String extension = extension(file);
        switch (extension) {
            case "", "txt":
                return decoder.read(file);
            case "docx":
                return docx.read(file);
            case "pdf":
                return pdf.read(file);
            case "html", "htm":
                return html.read(file);
            default:
                throw new DocumentException(Problem.Kind.FILE_UNSUPPORTED, extension);
        }
    }

    /** @return whether {@link #read} handles files with this name; files without an extension count as text */
    public static boolean supported(Path file) {
        String extension = extension(file);
        return extension.isEmpty() || EXTENSIONS.contains(extension);
    }

    /** @return the lower-case extension without the dot, or "" (also for names like ".profile") */
    static String extension(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return "";
        }
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        return dot <= 0 || dot == s.length() - 1 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
