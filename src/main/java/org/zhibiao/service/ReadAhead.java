package org.zhibiao.service;

import org.zhibiao.model.Problem;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads files on every core, a few documents ahead of the caller, and hands the results back in the files'
 * order: the command line prints and the import stores in input order, on one thread, while decoding and
 * extraction (nearly all the work) run in parallel. Memory holds only the documents in flight.
 */
public final class ReadAhead implements AutoCloseable {

    private final DocumentReader reader;
    private final List<Path> files;
    private final ExecutorService pool;
    private final int window;
    private final Deque<Future<DocumentReader.Result>> ahead = new ArrayDeque<>();
    private int submitted;
    private int taken;

    public ReadAhead(DocumentReader reader, List<Path> files) {
        this(reader, files, Runtime.getRuntime().availableProcessors());
    }

    /** @param workers how many files are read at once (at least one) */
    public ReadAhead(DocumentReader reader, List<Path> files, int workers) {
        this.reader = reader;
        this.files = List.copyOf(files);
        int n = Math.max(1, Math.min(workers, this.files.size()));
        // one file is read on the caller's thread: no pool to start for a single report
        this.pool = this.files.size() <= 1 ? null : Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "zhibiao-reader");
            t.setDaemon(true);
            return t;
        });
        this.window = 2 * n;
    }

    public boolean hasNext() {
        return taken < files.size();
    }

    /** The next file's result, in the order of the files given; waits for it if it is still being read. */
    public DocumentReader.Result next() {
        Path file = files.get(taken++);
        if (pool == null) {
            try {
                return reader.read(file);
            } catch (RuntimeException e) {
                return DocumentReader.Result.failed(file, Problem.Kind.FILE_UNREADABLE);
            }
        }
        while (submitted < files.size() && ahead.size() < window) {
            Path f = files.get(submitted++);
            ahead.add(pool.submit(() -> reader.read(f)));
        }
        return result(ahead.poll(), file);
    }

    private static DocumentReader.Result result(Future<DocumentReader.Result> f, Path file) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DocumentReader.Result.failed(file, Problem.Kind.FILE_INTERRUPTED);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            // a document that breaks the engine is reported like any unreadable file; the batch goes on
            return DocumentReader.Result.failed(file, c instanceof OutOfMemoryError ? Problem.Kind.FILE_TOO_LARGE
                    : c instanceof StackOverflowError ? Problem.Kind.FILE_TOO_DEEP : Problem.Kind.FILE_UNREADABLE);
        }
    }

    /** Stops reading ahead (the documents in flight are dropped). */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
