package org.zhibiao.model;

/** A half-open range [start, end) of character offsets into a text. */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
