package org.zhibiao.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhibiao.model.Change;
import org.zhibiao.service.WorkspaceFailures;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Looks for changes others made to the open workspace (analysts on the same server, the command line beside the
 * app on a file) by reading the change log every couple of seconds, and hands them to the workbench on the JavaFX
 * thread. Each look also tells whether the workspace answers, which is how the workbench knows that a lost server
 * is back. Polls run on a daemon thread of their own, one at a time (fixed delay: a slow poll never overlaps the
 * next), and never on the JavaFX thread.
 */
final class ChangeWatcher implements AutoCloseable {

    /** Called on the JavaFX thread. */
    interface Listener {
        void othersChanged(List<Change> changes);

        void reachable(boolean reachable);
    }

    static final Duration EVERY = Duration.ofSeconds(2);
    private static final int PAGE = 500;
    private static final int PAGES_PER_LOOK = 20;
    /** Failures other than a lost connection in a row before looking stops (the workspace was closed or broke). */
    private static final int GIVE_UP = 5;
    private static final Logger LOG = LoggerFactory.getLogger(ChangeWatcher.class);

    private final OwnWrites own;
    private final Listener listener;
    private final TaskRunner runner;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "zhibiao-watch");
        t.setDaemon(true);
        return t;
    });
    private long lastSeen = -1; // the poll thread's only
    private int failures;
    private volatile boolean closed;

    /** @param runner hands what was found to the listener's thread (the FX thread in the app) */
    ChangeWatcher(OwnWrites own, Listener listener, TaskRunner runner) {
        this.own = own;
        this.listener = listener;
        this.runner = runner;
    }

    /** Starts looking for changes after {@code lastSeen}, the newest change id before the workbench loaded (-1: now). */
    void start(long lastSeen) {
        this.lastSeen = lastSeen;
        executor.scheduleWithFixedDelay(this::look, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void look() {
        try {
            List<Change> others = new ArrayList<>();
            if (lastSeen < 0) {
                lastSeen = own.latestId(); // the starting point could not be read (the server was away)
            } else {
                for (int i = 0; i < PAGES_PER_LOOK; i++) {
                    OwnWrites.Page page = own.othersSince(lastSeen, PAGE);
                    others.addAll(page.others());
                    lastSeen = page.lastId();
                    if (!page.full()) {
                        break;
                    }
                }
            }
            failures = 0;
            deliver(others, true);
        } catch (RuntimeException e) {
            if (WorkspaceFailures.unavailable(e)) {
                deliver(List.of(), false);
                return;
            }
            // an exception would silently end a scheduled task: say why and keep looking, for a while
            if (++failures >= GIVE_UP) {
                LOG.warn("no longer looking for others' changes: {}", e.getMessage());
                close();
            } else {
                LOG.debug("looking for others' changes failed: {}", e.getMessage());
            }
        }
    }

    private void deliver(List<Change> others, boolean reachable) {
        if (closed) {
            return;
        }
        runner.post(() -> {
            if (closed) {
                return;
            }
            if (!others.isEmpty()) {
                listener.othersChanged(others);
            }
            listener.reachable(reachable);
        });
    }

    @Override
    public void close() {
        closed = true;
        executor.shutdown(); // not shutdownNow: an interrupt during H2's file I/O closes the database file
    }
}
