package org.zhibiao.extract;

/**
 * The name and type of one annotation a pipeline step adds to a document (CoreNLP's annotation keys): steps
 * declare the keys they read and the keys they add, and the pipeline checks at construction that every key a
 * step reads is added by a step before it.
 */
public record Key<T>(String name, Class<? super T> type) {

    @Override
    public String toString() {
        return name;
    }
}
