package org.zhibiao.text;

import org.zhibiao.model.Span;

/**
 * A normalised text together with its original, and the way back from one to the other: figures are
 * found in the normalised text but shown to the user, and stored, at their place in the original.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    /** The way back, as runs (MappedChars): run k starts at char runStart[k], from original offset runOrigin[k]. */
    private final int[] runStart;
    private final int[] runOrigin;

    NormalizedText(String original, String text, int[] runStart, int[] runOrigin) {
        if (runStart.length != runOrigin.length || text.length() > 0 && (runStart.length == 0 || runStart[0] != 0)) {
            throw new IllegalArgumentException("the runs must start at the first char");
        }
        this.original = original;
        this.text = text;
        this.runStart = runStart;
        this.runOrigin = runOrigin;
    }

    /** One original offset per normalised char (tests, and texts made whole). */
    NormalizedText(String original, String text, int[] origin) {
        this(original, text, runsOf(origin, text.length())[0], runsOf(origin, text.length())[1]);
    }

    private static int[][] runsOf(int[] origin, int length) {
        if (origin.length != length) {
            throw new IllegalArgumentException("one original offset per normalised char is needed");
        }
        MappedChars m = new MappedChars(length);
        for (int i = 0; i < length; i++) {
            m.append(' ', origin[i]);
        }
        NormalizedText t = m.toNormalizedText("");
        return new int[][] {t.runStart, t.runOrigin};
    }

    /** The runs as text, for comparing two maps: the same offsets kept as differently many runs would differ. */
    String runs() {
        return java.util.Arrays.toString(runStart) + " " + java.util.Arrays.toString(runOrigin);
    }

    private int originOf(int offset) {
        int k = MappedChars.run(runStart, runStart.length, offset);
        return runOrigin[k] + (offset - runStart[k]);
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
        return offset == text.length() ? original.length() : originOf(offset);
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
        return new Span(start, originOf(span.end() - 1) + 1);
    }
}
