package org.zhibiao.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;

import java.util.Comparator;
import java.util.List;

/**
 * Which of a report's figures the review shows, in what order: all in text order (the default), or the doubtful
 * first (lowest confidence first, the engine's order among equals), and optionally only those below a confidence.
 * J, K and N follow this order, so an analyst can check the figures the engine is least sure of and trust the rest.
 */
final class ReviewOrder {

    private final BooleanProperty doubtfulFirst = new SimpleBooleanProperty(false);
    /** Show only figures with a confidence below this; null shows all. */
    private final ObjectProperty<Double> below = new SimpleObjectProperty<>(null);
    /** Show only the figures nobody decided yet: what is left to do in a long report. */
    private final BooleanProperty pendingOnly = new SimpleBooleanProperty(false);

    BooleanProperty pendingOnlyProperty() {
        return pendingOnly;
    }

    BooleanProperty doubtfulFirstProperty() {
        return doubtfulFirst;
    }

    ObjectProperty<Double> belowProperty() {
        return below;
    }

    List<ReviewedFigure> arrange(List<ReviewedFigure> figures) {
        Double limit = below.get();
        var stream = figures.stream().filter(f -> limit == null || f.figure().confidence() < limit)
                .filter(f -> !pendingOnly.get() || f.status() == Status.PENDING);
        if (doubtfulFirst.get()) {
            stream = stream.sorted(Comparator.comparingDouble(f -> f.figure().confidence()));
        }
        return stream.toList();
    }
}
