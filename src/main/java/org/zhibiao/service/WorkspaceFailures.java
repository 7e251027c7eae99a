package org.zhibiao.service;

import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.store.FigureConflictException;
import org.zhibiao.store.WorkspaceUnavailableException;

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
}
