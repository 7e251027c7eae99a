package org.zhibiao.text;

import org.zhibiao.model.Problem;

/**
 * A file that cannot be read as a report: a {@link Problem} of one of the FILE_ kinds (said in the user's language
 * where it is shown); the message is its English sentence, such as "empty file" or "a PDF file, not plain text".
 */
public class DocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public DocumentException(Problem.Kind kind, Object... args) {
        this(Problem.of(kind, args));
    }

    public DocumentException(Problem problem) {
        super(problem.english());
        this.problem = problem;
    }

    /** Why the file cannot be read. */
    public Problem problem() {
        return problem;
    }
}
