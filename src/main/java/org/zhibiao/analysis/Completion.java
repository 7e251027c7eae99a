package org.zhibiao.analysis;

/** Whether a target was reached; see {@link CompletionRules} and docs/comparison-rules.md. */
public enum Completion {
    EXCEEDED("exceeded"),
    MET("met"),
    MISSED("missed"),
    NOT_COMPARABLE("not comparable");

    private final String code;

    Completion(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
