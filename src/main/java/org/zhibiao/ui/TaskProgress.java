package org.zhibiao.ui;

import javafx.beans.property.ObjectProperty;
import org.zhibiao.model.Progress;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * The progress of one long task (an import, an export) as the workbench's bar shows it: 0..1 while it runs, null
 * once it ended. Updates come from the worker thread and reach the bar through the {@link TaskRunner}; one posted
 * after the end is dropped, or it would bring the finished bar back.
 */
final class TaskProgress implements Progress {

    private final ObjectProperty<Double> shown;
    private final TaskRunner runner;
    private final BooleanSupplier cancelled;
    private volatile boolean finished;

    /** Starts the bar at 0. */
    TaskProgress(ObjectProperty<Double> shown, TaskRunner runner, BooleanSupplier cancelled) {
        this.shown = shown;
        this.runner = runner;
        this.cancelled = cancelled;
        shown.set(0.0);
    }

    @Override
    public void update(int done, int total, Path file, String outcome) {
        runner.post(() -> {
            if (!finished) {
                shown.set(done / (double) Math.max(1, total));
            }
        });
    }

    @Override
    public boolean cancelled() {
        return cancelled.getAsBoolean();
    }

    /** The task ended, well or not: the bar goes away and stays away. */
    void finish() {
        finished = true;
        shown.set(null);
    }
}
