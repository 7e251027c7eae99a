package org.zhibiao.extract;

import org.zhibiao.text.NormalizedText;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One document on its way through the pipeline: its normalised text and the annotations the steps so far have
 * added. An annotation, once added, is never replaced, and steps add only values they do not change afterwards,
 * so a later step can rely on what an earlier one saw. A working annotation ({@link Key#working}) is released by the
 * pipeline once no later step reads it.
 */
public final class Annotated {

    private final NormalizedText doc;
    private final Map<Key<?>, Object> values = new LinkedHashMap<>();

    public Annotated(NormalizedText doc) {
        this.doc = doc;
    }

    public NormalizedText doc() {
        return doc;
    }

    /** The normalised text every offset of every annotation points into. */
    public String text() {
        return doc.text();
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Key<T> key) {
        Object v = values.get(key);
        if (v == null) {
            throw new IllegalStateException("no annotation " + key + ": a step that adds it must run first"
                    + (key.working() ? " (and a working annotation is released after the last step that reads it)" : ""));
        }
        return (T) v;
    }

    public boolean has(Key<?> key) {
        return values.containsKey(key);
    }

    /** Drops a working annotation that no later step reads. */
    void release(Key<?> key) {
        if (!key.working()) {
            throw new IllegalArgumentException(key + " is not a working annotation: it is kept");
        }
        values.remove(key);
    }

    <T> void put(Key<T> key, T value) {
        if (value == null) {
            throw new IllegalArgumentException("annotation " + key + " is null");
        }
        if (values.putIfAbsent(key, value) != null) {
            throw new IllegalStateException("annotation " + key + " was already added");
        }
    }
}
