package org.zhibiao.cli;

import org.zhibiao.extract.Extractor;
import org.zhibiao.service.Dictionary;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The engine a reading command will need, built on a thread of its own from the moment the command is named, while
 * picocli reads the command line and the command opens its files: on two cores the two overlap, where one after the
 * other they were most of a one-report {@code extract} (the engine about 0.17 s, picocli about 0.1 s).
 */
final class EarlyEngine {

    /** The commands that read reports with the analyst's dictionary. */
    private static final Set<String> READING = Set.of("extract", "identify", "import", "evaluate");

    private static volatile CompletableFuture<Extractor> early;

    private EarlyEngine() {
    }

    /** Starts building the engine when the command named first reads reports. */
    static void startFor(String... args) {
        early = null;
        if (args.length == 0 || !READING.contains(args[0])) {
            return;
        }
        CompletableFuture<Extractor> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(Dictionary.user().extractor());
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e); // the command reports it as if it had built the engine itself
            }
        }, "zhibiao-early-engine");
        t.setDaemon(true);
        t.start();
        early = f;
    }

    /** The engine started early, or one built now; a broken dictionary fails here as it would have when built. */
    static Extractor extractor() {
        CompletableFuture<Extractor> f = early;
        early = null;
        if (f == null) {
            return Dictionary.user().extractor();
        }
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Forgets an engine no command took (the command line was wrong, or help was asked). */
    static void forget() {
        early = null;
    }
}
