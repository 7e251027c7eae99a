package org.zhibiao.extract;

/** A term found in normalised text at [start, end). */
public record TermMatch(int start, int end, Term term) {

    public int length() {
        return end - start;
    }
}
