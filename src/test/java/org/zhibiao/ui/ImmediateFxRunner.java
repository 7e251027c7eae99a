package org.zhibiao.ui;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * For tests of a real scene: work runs at once on the calling thread (the FX thread), as with
 * {@link TaskRunner#immediate()}, while news from other threads (the watcher of others' changes) reaches the FX thread
 * as it does in the app.
 */
final class ImmediateFxRunner implements TaskRunner {

    private final TaskRunner now = TaskRunner.immediate();

    static TaskRunner create() {
        return new ImmediateFxRunner();
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        now.run(work, onDone, onError);
    }

    @Override
    public void afterThisEvent(Runnable work) {
        Platform.runLater(work);
    }

    @Override
    public void post(Runnable update) {
        if (Platform.isFxApplicationThread()) {
            update.run();
        } else {
            Platform.runLater(update);
        }
    }
}
