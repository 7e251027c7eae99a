package org.zhibiao.store;

/** A workspace cannot be opened or used; the message says why and what to do, in one sentence. */
public class WorkspaceException extends RuntimeException {

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
