package org.zhibiao.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.zhibiao.model.ReviewedFigure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static org.zhibiao.ui.Messages.tr;

/**
 * Edits kept while the team workspace's server cannot be reached, oldest first, and the banner that says so. While
 * anything waits (or is being saved, or waits on the analyst's answer to a conflict), new edits queue behind it, so
 * that they reach the workspace in the order they were made. JavaFX thread only.
 */
final class PendingEdits {

    private final Deque<FigureEdit> queue = new ArrayDeque<>();
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private boolean offline;
    private boolean saving;
    private boolean paused;

    /** Empty while the workspace answers; else what is lost and what is kept, for everyone to see. */
    ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** Whether a new edit must wait behind others instead of being saved at once. */
    boolean holding() {
        return !queue.isEmpty() || saving || paused;
    }

    int size() {
        return queue.size();
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    /** Figures as the workspace has them, with the kept changes to them shown as they will be once saved. */
    List<ReviewedFigure> overlay(List<ReviewedFigure> stored) {
        if (queue.isEmpty()) {
            return stored;
        }
        List<ReviewedFigure> out = new ArrayList<>(stored);
        for (FigureEdit e : queue) {
            if (e instanceof FigureEdit.SetField change) {
                for (int i = 0; i < out.size(); i++) {
                    if (out.get(i).id() == change.figureId()) {
                        out.set(i, change.over(out.get(i)).preview());
                    }
                }
            }
        }
        return out;
    }

    /** Keeps an edit that could not be saved, or that came while others wait. */
    void keep(FigureEdit edit) {
        queue.addLast(edit);
        update();
    }

    /** The next edit to try, or null when there is none or one is already being tried or waits on a conflict. */
    FigureEdit next() {
        if (queue.isEmpty() || saving || paused) {
            return null;
        }
        saving = true;
        return queue.peekFirst();
    }

    /** The edit from {@link #next()} is done with: saved, refused, or in conflict ({@code pause} until answered). */
    void done(boolean pause) {
        queue.pollFirst();
        saving = false;
        paused = pause;
        update();
    }

    /** The edit from {@link #next()} could not be saved yet: it stays first. */
    void notYet() {
        saving = false;
        offline = true;
        update();
    }

    /** The analyst answered a conflict of a kept edit; their own version (if they chose it) goes first. */
    void resume(FigureEdit first) {
        if (first != null) {
            queue.addFirst(first);
        }
        paused = false;
        update();
    }

    void connection(boolean up) {
        offline = !up;
        update();
    }

    boolean offline() {
        return offline;
    }

    private void update() {
        if (queue.isEmpty()) {
            banner.set(offline ? tr("connection.lost") : "");
        } else {
            banner.set(offline ? tr("connection.lostKept", queue.size()) : tr("connection.saving", queue.size()));
        }
    }
}
