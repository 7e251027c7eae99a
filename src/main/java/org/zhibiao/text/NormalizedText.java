package org.zhibiao.text;

import org.zhibiao.model.Span;

/**
 * A normalised text together with its original, and the way back from one to the other: figures are
 * found in the normalised text but shown to the user, and stored, at their place in the original.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int[] origin;

    NormalizedText(String original, String text, int[] origin) {
        if (origin.length != text.length()) {
            throw new IllegalArgumentException("one original offset per normalised char is needed");
        }
        this.original = original;
        this.text = text;
        this.origin = origin;
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    /**
     * @param offset an offset in {@link #text()}, 0 to its length inclusive
     * @return the offset of the same char in {@link #original()}; the end of the text maps to the end of the
     * original
     */
    public int toOriginal(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + text.length());
        }
        return offset == text.length() ? original.length() : origin[offset];
    }

    /**
     * @return the span of the original that the normalised span came from: from its first char to just after
     * its last, so that chars removed around the span (a line break joined, a watermark) stay out of it
     */
    public Span toOriginal(Span span) {
        if (span.end() > text.length()) {
            throw new IndexOutOfBoundsException("span " + span + " beyond the text length " + text.length());
        }
        int start = toOriginal(span.start());
        if (span.length() == 0) {
            return new Span(start, start);
        }
        return new Span(start, origin[span.end() - 1] + 1);
    }
}
