package org.zhibiao.export;

/** An export that could not be written; the message is one sentence for the user and names the file. */
public final class ExportException extends RuntimeException {

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
