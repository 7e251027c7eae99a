package org.zhibiao.store;

import org.zhibiao.model.Problem;

/**
 * A workspace cannot be opened or used. It carries the {@link Problem} (a kind and its arguments) that the command
 * line and the app render in the user's language; its message is the English sentence, for logs and tests.
 */
public class WorkspaceException extends RuntimeException {

    private final transient Problem problem;

    public WorkspaceException(Problem problem) {
        this(problem, null);
    }

    public WorkspaceException(Problem problem, Throwable cause) {
        super(problem.english(), cause);
        this.problem = problem;
    }

    public WorkspaceException(Problem.Kind kind, Object... args) {
        this(Problem.of(kind, args));
    }

    /** What went wrong, to be said in the user's language. */
    public Problem problem() {
        return problem;
    }
}
