package org.zhibiao.ui;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Start-up work on a thread of its own. Not the common fork-join pool: on a two-core machine it has one thread,
 * and the workspace, the lexicon and the rest of the engine would wait for each other there.
 */
final class Background {

    private Background() {
    }

    static <T> CompletableFuture<T> supply(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return result;
    }
}
