package org.zhibiao.text;

/**
 * A file that cannot be read as a report. The message is one short sentence meant for the user,
 * such as "empty file" or "a PDF file, not plain text".
 */
public class DocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    public DocumentException(String reason) {
        super(reason);
    }
}
