package org.zhibiao.store;

import org.zhibiao.model.Problem;

/**
 * What was to be written is already in the workspace: another program sharing it (or an earlier attempt that the
 * connection's loss hid) wrote the same report first. Nothing was written twice.
 */
public final class AlreadyThereException extends WorkspaceException {

    public AlreadyThereException(Throwable cause) {
        super(Problem.of(Problem.Kind.ALREADY_THERE), cause);
    }
}
