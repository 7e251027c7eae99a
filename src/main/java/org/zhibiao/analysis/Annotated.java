package org.zhibiao.analysis;

import org.zhibiao.model.ReviewedFigure;

import java.util.Objects;

/**
 * One analyst's figure in a blind double annotation, with the machine figure it started from. Both analysts
 * start from the same machine-extracted figures, so equal origins on the two sides mean the two analysts judged
 * the same proposal — the items on which {@link Agreement} measures kappa.
 *
 * @param origin key of the machine figure the annotation started from; null for a figure the analyst added
 *               (a blank key is read as null)
 * @param figure the figure as the analyst left it, with its review status
 */
public record Annotated(String origin, ReviewedFigure figure) {

    public Annotated {
        Objects.requireNonNull(figure, "figure");
        origin = origin == null || origin.isBlank() ? null : origin;
    }

    /** Whether the analyst added it by hand rather than starting from a machine figure. */
    public boolean isAdded() {
        return origin == null;
    }
}
