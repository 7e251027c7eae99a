package org.zhibiao.ui;

import org.zhibiao.model.Figure;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;
import org.zhibiao.service.ReviewService;

/**
 * One change an analyst made to a report's figures, held as a value rather than run at once: when the team
 * workspace's server cannot be reached it waits in {@link PendingEdits} and is saved, in order, once it answers.
 */
sealed interface FigureEdit permits FigureEdit.SetField, FigureEdit.AddFigure {

    /** What the status bar says once it is saved. */
    String done();

    /**
     * Where the selection goes once a change is saved: an accept goes on to the next pending figure, a value typed
     * in a cell and ended with Enter to the row below (as in a spreadsheet), a change from the history stays.
     */
    enum Then {
        STAY, NEXT_PENDING, NEXT_ROW
    }

    /**
     * A field of a figure, or its status ("status" with a status code), set by the analyst. {@code shown} is the figure
     * as the analyst saw it: its version is what the save is checked against, so that a change someone else made in
     * the meantime is not overwritten unseen.
     */
    record SetField(ReviewedFigure shown, String field, String value, String done, Then then) implements FigureEdit {

        long figureId() {
            return shown.id();
        }

        /** Saves it as the review service's analyst, refused with a conflict unless the figure is at {@code version}. */
        long save(ReviewService review, int version) {
            return field.equals("status") ? review.setStatus(shown.id(), Status.fromCode(value), version)
                    : review.edit(shown.id(), field, value, version);
        }

        /** The same change applied over the figure as someone else left it ("use mine"). */
        SetField over(ReviewedFigure current) {
            return new SetField(current, field, value, done, then);
        }

        /** The figure as it will be once saved: what the table shows while the change waits for the server. */
        ReviewedFigure preview() {
            ReviewedFigure f = ReviewService.with(shown, field, value);
            boolean reviewed = f.status() == Status.PENDING || f.status() == Status.CONFIRMED;
            return !field.equals("status") && reviewed ? ReviewService.with(f, "status", Status.CORRECTED.code()) : f;
        }
    }

    /** A figure the engine missed, added to the annotator's figures of a report (the report's own or a blind copy). */
    record AddFigure(long reportId, Figure figure, String annotator, String done) implements FigureEdit {
    }
}
