package org.zhibiao.store;

import org.zhibiao.model.ReviewedFigure;

/**
 * Someone else changed a figure after it was read: the save was refused and nothing was written. Carries the figure
 * as it is now, so that the analyst can see the other's value and keep it or apply their own again.
 */
public final class FigureConflictException extends WorkspaceException {

    private final transient ReviewedFigure current;

    public FigureConflictException(ReviewedFigure current) {
        super(org.zhibiao.model.Problem.Kind.FIGURE_CONFLICT, current.analyst(), current.figure().indicator(),
                String.valueOf(current.changedAt()));
        this.current = current;
    }

    /** The figure as the other analyst left it. */
    public ReviewedFigure current() {
        return current;
    }
}
