package org.zhibiao.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Steps in a fixed, visible order. The constructor checks that each step reads only what the steps before it
 * add, so a reordering that would make a step read nothing fails at start-up, not on some document later.
 */
public final class Pipeline {

    /** Receives how long each step took on one document (for {@code bench}). */
    public interface Timer {
        void took(int step, long nanos);
    }

    private final List<Step> steps;

    public Pipeline(List<Step> steps) {
        Set<Key<?>> available = new HashSet<>();
        for (Step s : steps) {
            for (Key<?> k : s.requires()) {
                if (!available.contains(k)) {
                    throw new IllegalArgumentException("step '" + s.name() + "' reads " + k + ", which no step before it adds");
                }
            }
            available.addAll(s.adds());
        }
        this.steps = List.copyOf(steps);
    }

    public List<Step> steps() {
        return steps;
    }

    public Annotated run(Annotated doc) {
        return run(doc, null);
    }

    public Annotated run(Annotated doc, Timer timer) {
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            long t0 = timer == null ? 0 : System.nanoTime();
            s.annotate(doc);
            for (Key<?> k : s.adds()) {
                if (!doc.has(k)) {
                    throw new IllegalStateException("step '" + s.name() + "' did not add " + k);
                }
            }
            if (timer != null) {
                timer.took(i, System.nanoTime() - t0);
            }
        }
        return doc;
    }
}
