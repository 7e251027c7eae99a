package org.zhibiao.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one seam for slow work (database, files): the app runs it on a background thread and hands the result back
 * on the JavaFX thread; tests run it at once on the calling thread (see {@link #immediate()}).
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError);

    /**
     * Hands a small update (progress, news from a watcher thread) to the thread the results go to. The same-thread
     * runner runs it at once.
     */
    default void post(Runnable update) {
        update.run();
    }

    /**
     * Runs a little screen work once the event being handled is over: a focus request after the scene is laid out,
     * a selection put back from outside the selection change. The same-thread runner runs it at once.
     */
    default void afterThisEvent(Runnable work) {
        work.run();
    }

    /** Runs work on the calling thread: for tests and for work known to be instant. */
    static TaskRunner immediate() {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
                T result;
                try {
                    result = work.call();
                } catch (Throwable e) {
                    onError.accept(e);
                    return;
                }
                onDone.accept(result);
            }
        };
    }
}
