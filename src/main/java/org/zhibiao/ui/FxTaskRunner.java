package org.zhibiao.ui;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs work on one background thread, in order (so that an accept and the undo after it never overtake each
 * other), and delivers results on the JavaFX thread. The UI never waits for the database.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "zhibiao-work");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        if (executor.isShutdown()) {
            return; // the app is closing: a late refresh (a dialog closed on the way out) has nowhere to go
        }
        executor.submit(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onDone.accept(result));
            } catch (Throwable e) {
                Platform.runLater(() -> onError.accept(e));
            }
        });
    }

    @Override
    public void post(Runnable update) {
        Platform.runLater(update);
    }

    @Override
    public void afterThisEvent(Runnable work) {
        Platform.runLater(work);
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
