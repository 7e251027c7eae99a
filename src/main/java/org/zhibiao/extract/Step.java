package org.zhibiao.extract;

import java.util.Set;

/**
 * One step of the extraction pipeline (after CoreNLP's {@code Annotator}): it reads the annotations it
 * {@link #requires()} and adds the ones it {@link #adds()}, nothing else. Each step's class comment says what it
 * reads and adds in words. Steps hold only immutable data, so one instance serves many threads.
 */
public interface Step {

    /** A short name for timings and explanations ("document frame"). */
    String name();

    Set<Key<?>> requires();

    Set<Key<?>> adds();

    void annotate(Annotated doc);
}
