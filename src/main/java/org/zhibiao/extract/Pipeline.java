package org.zhibiao.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Steps in a fixed, visible order. The constructor checks that each step reads only what the steps before it
 * add, so a reordering that would make a step read nothing fails at start-up, not on some document later. A working
 * annotation is released after the last step that reads it.
 */
public final class Pipeline {

    /** Receives how long each step took on one document (for {@code bench}). */
    public interface Timer {
        void took(int step, long nanos);
    }

    private final List<Step> steps;
    /** By step: the keys it adds, asked once here (each step makes a new set at every call). */
    private final List<Set<Key<?>>> adds;
    /** By step: the working annotations no step after it reads, released once it has run. */
    private final List<List<Key<?>>> released;

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
        List<Set<Key<?>>> added = new ArrayList<>();
        for (Step s : this.steps) {
            added.add(s.adds());
        }
        this.adds = List.copyOf(added);
        Map<Key<?>, Integer> lastUse = new HashMap<>();
        for (int i = 0; i < this.steps.size(); i++) {
            for (Key<?> k : this.steps.get(i).adds()) {
                if (k.working()) {
                    lastUse.put(k, i);
                }
            }
            for (Key<?> k : this.steps.get(i).requires()) {
                if (k.working()) {
                    lastUse.put(k, i);
                }
            }
        }
        List<List<Key<?>>> release = new ArrayList<>();
        for (int i = 0; i < this.steps.size(); i++) {
            int step = i;
            release.add(lastUse.entrySet().stream().filter(e -> e.getValue() == step).<Key<?>>map(Map.Entry::getKey)
                    .toList());
        }
        this.released = List.copyOf(release);
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
            for (Key<?> k : adds.get(i)) {
                if (!doc.has(k)) {
                    throw new IllegalStateException("step '" + s.name() + "' did not add " + k);
                }
            }
            for (Key<?> k : released.get(i)) {
                doc.release(k);
            }
            if (timer != null) {
                timer.took(i, System.nanoTime() - t0);
            }
        }
        return doc;
    }
}
