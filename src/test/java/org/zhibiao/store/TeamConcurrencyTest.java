package org.zhibiao.store;

import org.junit.jupiter.api.Test;
import org.zhibiao.model.Change;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;
import org.zhibiao.service.ReviewService;

import java.time.Clock;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight analysts, each on their own connection, review and edit the same few dozen figures of a PostgreSQL workspace
 * at once: accept, reject, correct values, undo their own last action, and on a conflict half the time take the
 * other's value and half the time save their own over it. Afterwards nothing may be lost: every change an analyst
 * was told was saved is in the log, each figure's log reads as an unbroken chain (every change starts from the value
 * the one before it left), and replaying the log over the starting state gives exactly the final figures.
 *
 * <p>The run lasts {@code zhibiao.teamSeconds} (5 in the normal build; {@code -Pbench-team} runs the 60-second
 * benchmark). Throughput and latency are printed, not asserted: they are figures for docs/benchmarks.md.
 */
class TeamConcurrencyTest {

    private static final int ANALYSTS = 8;
    private static final List<String> FIELDS = ReviewService.FIELDS;

    private record Outcome(List<Long> batches, List<Long> latenciesNanos, int conflicts, int refusedUndos) {
    }

    @Test
    void eightAnalystsOnOverlappingFiguresLoseNoUpdate() throws Exception {
        int seconds = Integer.getInteger("zhibiao.teamSeconds", 5);
        try (TestPostgres.Database db = TestPostgres.newDatabase()) {
            List<Long> figureIds;
            Map<Long, Map<String, String>> start = new HashMap<>();
            long logStart;
            try (Workspace setup = db.open()) {
                StoreContract.importSeeds(setup);
                // two reports' figures (24 + 20): eight analysts on 44 figures collide often
                List<ReviewedFigure> figures = new ArrayList<>(StoreContract.figuresOf(setup, 1));
                figures.addAll(StoreContract.figuresOf(setup, 3));
                figureIds = figures.stream().map(ReviewedFigure::id).toList();
                for (ReviewedFigure f : figures) {
                    start.put(f.id(), fields(f));
                }
                logStart = setup.inTransaction(() -> setup.changes().latestId());
            }

            ExecutorService pool = Executors.newFixedThreadPool(ANALYSTS);
            CountDownLatch go = new CountDownLatch(1);
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int a = 0; a < ANALYSTS; a++) {
                String name = "analyst" + a;
                long seed = 1000 + a;
                futures.add(pool.submit(() -> work(db, name, seed, figureIds, go, end)));
            }
            long t0 = System.nanoTime();
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
            double elapsed = (System.nanoTime() - t0) / 1e9;
            pool.shutdown();

            try (Workspace check = db.open()) {
                List<Change> log = check.inTransaction(() -> check.changes().since(logStart, Integer.MAX_VALUE));
                Set<Long> logged = new HashSet<>();
                log.forEach(c -> logged.add(c.batchId()));
                int saved = 0;
                int conflicts = 0;
                int refused = 0;
                List<Long> latencies = new ArrayList<>();
                for (Outcome o : outcomes) {
                    assertThat(logged).as("every saved action is in the log").containsAll(o.batches());
                    saved += o.batches().size();
                    conflicts += o.conflicts();
                    refused += o.refusedUndos();
                    latencies.addAll(o.latenciesNanos());
                }
                // replay: each change must start from the value the previous one left (no update was lost), and
                // the replayed state must be the final state, field by field
                Map<Long, Map<String, String>> replayed = new HashMap<>();
                start.forEach((id, f) -> replayed.put(id, new HashMap<>(f)));
                for (Change c : log) {
                    Map<String, String> f = replayed.get(c.figureId());
                    if (f == null || !FIELDS.contains(c.field())) {
                        continue;
                    }
                    assertThat(c.oldValue()).as("change %d of figure %d (%s) starts where the last one ended",
                            c.id(), c.figureId(), c.field()).isEqualTo(f.get(c.field()));
                    f.put(c.field(), c.newValue());
                }
                for (long id : figureIds) {
                    ReviewedFigure now = check.inTransaction(() -> check.figures().byId(id)).orElseThrow();
                    assertThat(fields(now)).as("figure %d replayed from the log", id).isEqualTo(replayed.get(id));
                }
                assertThat(saved).isPositive();
                assertThat(conflicts).as("overlapping work must meet conflicts").isPositive();
                // eight analysts deciding on the same report's figures at once: its kept counts are still the figures'
                for (var s : check.inTransaction(() -> check.reports().summaries())) {
                    List<ReviewedFigure> own = check.inTransaction(() -> check.figures().byReport(s.report().id()));
                    long pending = own.stream().filter(x -> x.status() == org.zhibiao.model.Status.PENDING).count();
                    assertThat(List.of(s.figures(), s.pending())).as("counts of report %d", s.report().id())
                            .isEqualTo(List.of(own.size(), (int) pending));
                }

                Collections.sort(latencies);
                System.out.printf(Locale.ROOT, "team benchmark: %d analysts, %.1f s, %d actions saved (%.1f/s), "
                                + "%d conflicts reported, %d undos refused, %d log rows; latency p50 %.1f ms, "
                                + "p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", ANALYSTS, elapsed, saved, saved / elapsed,
                        conflicts, refused, log.size(), pct(latencies, 50), pct(latencies, 95), pct(latencies, 99),
                        latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1) / 1e6);
            }
        }
    }

    /** One analyst's session: random decisions and edits on the shared figures until the time is up. */
    private static Outcome work(TestPostgres.Database db, String analyst, long seed, List<Long> ids, CountDownLatch go,
                                long end) throws Exception {
        Random random = new Random(seed);
        List<Long> batches = new ArrayList<>();
        List<Long> latencies = new ArrayList<>();
        Deque<Long> own = new ArrayDeque<>();
        int conflicts = 0;
        int refused = 0;
        try (Workspace ws = db.open()) {
            ReviewService review = new ReviewService(ws, analyst, Clock.systemUTC());
            go.await();
            while (System.nanoTime() < end) {
                long id = ids.get(random.nextInt(ids.size()));
                long t = System.nanoTime();
                try {
                    if (!own.isEmpty() && random.nextInt(10) == 0) {
                        long b = review.undo(own.pop());
                        batches.add(b);
                    } else {
                        ReviewedFigure seen = ws.inTransaction(() -> ws.figures().byId(id)).orElseThrow();
                        long b = act(review, random, seen);
                        if (b >= 0) {
                            batches.add(b);
                            own.push(b);
                        }
                    }
                    latencies.add(System.nanoTime() - t);
                } catch (FigureConflictException e) {
                    conflicts++;
                    if (random.nextBoolean()) {
                        // "use mine": save again over the other's version, which may conflict again (counted then)
                        try {
                            long b = act(review, random, e.current());
                            if (b >= 0) {
                                batches.add(b);
                                own.push(b);
                            }
                        } catch (FigureConflictException again) {
                            conflicts++;
                        }
                    }
                } catch (WorkspaceException e) {
                    if (!e.getMessage().contains("only they can undo")) {
                        throw e;
                    }
                    refused++;
                }
            }
        }
        return new Outcome(batches, latencies, conflicts, refused);
    }

    private static long act(ReviewService review, Random random, ReviewedFigure seen) {
        return switch (random.nextInt(4)) {
            case 0 -> review.setStatus(seen.id(), Status.CONFIRMED, seen.version());
            case 1 -> review.setStatus(seen.id(), Status.REJECTED, seen.version());
            case 2 -> review.setStatus(seen.id(), Status.PENDING, seen.version());
            default -> review.edit(seen.id(), "value", String.valueOf(random.nextInt(1000)), seen.version());
        };
    }

    private static Map<String, String> fields(ReviewedFigure f) {
        Map<String, String> out = new HashMap<>();
        for (String field : FIELDS) {
            out.put(field, Objects.requireNonNullElse(ReviewService.get(f, field), ""));
        }
        return out;
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
