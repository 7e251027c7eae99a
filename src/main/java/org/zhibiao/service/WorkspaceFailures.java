package org.zhibiao.service;

import org.zhibiao.model.Problem;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.store.FigureConflictException;
import org.zhibiao.store.WorkspaceException;
import org.zhibiao.store.WorkspaceUnavailableException;

import java.util.Locale;
import java.util.Optional;

/**
 * What a failed workspace call means to the one who asked, so that the UI and the command line can react without
 * knowing the store's exception classes: the server is away (keep the work and try again), or someone else changed
 * the figure first (show theirs).
 */
public final class WorkspaceFailures {

    private WorkspaceFailures() {
    }

    /** The team workspace cannot be reached just now; nothing was written. */
    public static boolean unavailable(Throwable e) {
        return e instanceof WorkspaceUnavailableException;
    }

    /** The figure as another analyst left it, when the save was refused because they changed it first. */
    public static Optional<ReviewedFigure> conflict(Throwable e) {
        return e instanceof FigureConflictException c ? Optional.of(c.current()) : Optional.empty();
    }

    /** What went wrong, when the workspace said it as a problem. */
    public static Optional<Problem> problem(Throwable e) {
        return e instanceof WorkspaceException w && w.problem() != null ? Optional.of(w.problem()) : Optional.empty();
    }

    /** The workspace file was refused as damaged (its bytes are untouched; a backup can replace it). */
    public static boolean damaged(Throwable e) {
        return problem(e).map(p -> p.kind() == Problem.Kind.DAMAGED).orElse(false);
    }

    /** The failure in one sentence in the locale's language: a problem from the bundles, else the exception's own. */
    public static String say(Throwable e, Locale locale) {
        Optional<Problem> p = problem(e);
        if (p.isPresent()) {
            return p.get().render(locale);
        }
        // the project's own exceptions carry a sentence for the user; anything else (a library's or the JDK's
        // words, a defect) is not shown raw: the log has it
        boolean ours = e.getClass().getName().startsWith("org.zhibiao.") || (e instanceof IllegalArgumentException
                || e instanceof IllegalStateException) && e.getStackTrace().length > 0
                && e.getStackTrace()[0].getClassName().startsWith("org.zhibiao.");
        return ours && e.getMessage() != null ? e.getMessage() : Problem.of(Problem.Kind.UNEXPECTED).render(locale);
    }
}
