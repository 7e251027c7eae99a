package org.zhibiao.ui;

import org.zhibiao.extract.Extractor;
import org.zhibiao.extract.Lexicon;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The engine as the workbench holds it: the lexicon at once, because it names the figures on screen, and the whole
 * extractor (rules, units, the gazetteer) once it has been built off the FX thread, because only adding, importing
 * and re-extracting figures need it. Built in the background, the window shows without waiting for it; asked for
 * before it is ready, {@link #get} waits (on a worker thread, where the services use it).
 */
final class EngineSupply implements Supplier<Extractor> {

    private final Lexicon lexicon;
    private final CompletableFuture<Extractor> extractor;
    private final Runnable build;
    private final java.util.concurrent.atomic.AtomicBoolean begun = new java.util.concurrent.atomic.AtomicBoolean();

    private EngineSupply(Lexicon lexicon, CompletableFuture<Extractor> extractor, Runnable build) {
        this.lexicon = lexicon;
        this.extractor = extractor;
        this.build = build;
    }

    /** An engine already built (tests, and the engine after the analyst extended the dictionary). */
    static EngineSupply ready(Extractor extractor) {
        EngineSupply e = new EngineSupply(extractor.lexicon(), CompletableFuture.completedFuture(extractor), () -> { });
        e.begun.set(true);
        return e;
    }

    /**
     * The engine around the lexicon, built on a thread of its own when {@link #begin} is called (once the window is
     * on screen: on two cores, building it beside the first layout would slow the window down) or when first asked.
     * Then runs after, on the same thread (the gazetteer of the details pane).
     */
    static EngineSupply later(Lexicon lexicon, Runnable then) {
        CompletableFuture<Extractor> f = new CompletableFuture<>();
        return new EngineSupply(lexicon, f, () -> Background.supply("zhibiao-engine", () -> {
            try {
                f.complete(Extractor.with(lexicon));
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
            then.run();
            return null;
        }));
    }

    /** Starts building the engine, if it is not built or being built already. */
    void begin() {
        if (begun.compareAndSet(false, true)) {
            build.run();
        }
    }

    Lexicon lexicon() {
        return lexicon;
    }

    /** The extractor, waiting for it if it is still being built. */
    @Override
    public Extractor get() {
        begin();
        try {
            return extractor.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the engine was being built", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
