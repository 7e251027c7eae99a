package org.zhibiao.store;

import org.zhibiao.model.Problem;

/**
 * The workspace's server cannot be reached: the connection was refused or dropped. Nothing of the step that failed
 * was saved (the server rolls back a transaction it did not see committed), so the step can be tried again.
 */
public final class WorkspaceUnavailableException extends WorkspaceException {

    public WorkspaceUnavailableException(Problem problem, Throwable cause) {
        super(problem, cause);
    }
}
