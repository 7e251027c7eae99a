package org.zhibiao.extract;

/**
 * The name and type of one annotation a pipeline step adds to a document (CoreNLP's annotation keys): steps
 * declare the keys they read and the keys they add, and the pipeline checks at construction that every key a
 * step reads is added by a step before it.
 */
public record Key<T>(String name, Class<? super T> type, boolean working) {

    public Key(String name, Class<? super T> type) {
        this(name, type, false);
    }

    /**
     * A key of a working annotation: only later steps read it, nothing after the pipeline does, and the pipeline
     * releases it after the last step that reads it. Such annotations (a long report's characters, every name found in
     * it) would otherwise stay in memory through the steps after: for a 50 MB report, tens of megabytes.
     */
    static <T> Key<T> working(String name, Class<? super T> type) {
        return new Key<>(name, type, true);
    }

    // equals and hashCode written out, with a record's meaning and formula (the pipeline's check of its steps at
    // start-up was the first call of a record's generated ones in a command: see Region)

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Key<?> k && java.util.Objects.equals(name, k.name) && type == k.type && working == k.working;
    }

    @Override
    public int hashCode() {
        return (java.util.Objects.hashCode(name) * 31 + java.util.Objects.hashCode(type)) * 31 + Boolean.hashCode(working);
    }

    @Override
    public String toString() {
        return name;
    }
}
