package org.zhibiao.text;

import java.util.Arrays;

/**
 * A growable char buffer that remembers, for every char, its offset in the original text. Each
 * normalisation pass reads one and writes the next, carrying the original offsets through.
 *
 * <p>The offsets are kept as runs, not one int per char: a pass copies most chars one after another from one place
 * of the original, so a new run starts only where chars were dropped, added or moved. A 50 MB report held four
 * bytes of offset per char in every pass (three passes and the result: most of a gigabyte at once); now it holds a
 * few bytes per line. Passes read the offsets in order, so the run of the last one asked is looked at first.
 */
final class MappedChars {

    private char[] chars;
    private int length;
    /** Run k starts at char runStart[k], whose original offset is runOrigin[k]; each next char is one further. */
    private int[] runStart = new int[16];
    private int[] runOrigin = new int[16];
    private int runs;
    private int lastOrigin = Integer.MIN_VALUE;
    private int cursor;

    MappedChars(int capacity) {
        chars = new char[Math.max(16, capacity)];
    }

    private MappedChars(char[] chars) {
        this.chars = chars;
    }

    /**
     * A new, empty buffer writing into this one's char array, for a pass after the one that read this buffer: no
     * pass adds chars, so the array is large enough, and a long report does not take a new one (34 MB for 50 MB).
     * This buffer is spent: it must not be read again.
     */
    MappedChars reuse() {
        MappedChars next = new MappedChars(chars);
        chars = new char[0];
        length = 0;
        runs = 0;
        return next;
    }

    void append(char c, int originOffset) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, chars.length * 2);
        }
        if (runs == 0 || originOffset != lastOrigin + 1) {
            if (runs == runStart.length) {
                runStart = Arrays.copyOf(runStart, runs * 2);
                runOrigin = Arrays.copyOf(runOrigin, runs * 2);
            }
            runStart[runs] = length;
            runOrigin[runs] = originOffset;
            runs++;
        }
        chars[length] = c;
        lastOrigin = originOffset;
        length++;
    }

    /**
     * Appends chars [from, to) of another buffer with their original offsets: the chars copied at once, the offsets
     * a run at a time (the same runs as appending char by char; passes copy most of a text this way).
     */
    void append(MappedChars other, int from, int to) {
        if (from >= to) {
            return;
        }
        reserve(to - from);
        System.arraycopy(other.chars, from, chars, length, to - from);
        int k = other.runIndex(from);
        int at = from;
        while (at < to) {
            int runEnd = k + 1 < other.runs ? Math.min(to, other.runStart[k + 1]) : to;
            addOrigins(length + (at - from), other.runOrigin[k] + (at - other.runStart[k]), runEnd - at);
            at = runEnd;
            k++;
        }
        other.cursor = k - 1;
        length += to - from;
    }

    /** Appends chars [from, to) of the original text itself, each at its own offset. */
    void appendOriginal(String original, int from, int to) {
        if (from >= to) {
            return;
        }
        reserve(to - from);
        original.getChars(from, to, chars, length);
        addOrigins(length, from, to - from);
        length += to - from;
    }

    /** Records that {@code count} chars from {@code at} come from consecutive original offsets from {@code origin}. */
    private void addOrigins(int at, int origin, int count) {
        if (runs == 0 || origin != lastOrigin + 1) {
            if (runs == runStart.length) {
                runStart = Arrays.copyOf(runStart, runs * 2);
                runOrigin = Arrays.copyOf(runOrigin, runs * 2);
            }
            runStart[runs] = at;
            runOrigin[runs] = origin;
            runs++;
        }
        lastOrigin = origin + count - 1;
    }

    private void reserve(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
        }
    }

    /** The first of chars [from, to) that is c, or to. */
    int indexOf(char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] == c) {
                return i;
            }
        }
        return to;
    }

    int length() {
        return length;
    }

    char charAt(int i) {
        return chars[i];
    }

    /** The chars, valid up to {@link #length()}; for a scan that only reads them. */
    char[] array() {
        return chars;
    }

    int originAt(int i) {
        int k = runIndex(i);
        return runOrigin[k] + (i - runStart[k]);
    }

    /** The run holding char i, found from the run of the last question (passes ask in order). */
    private int runIndex(int i) {
        if (i < 0 || i >= length) {
            throw new IndexOutOfBoundsException("char " + i + " of " + length);
        }
        if (runStart[cursor] > i || cursor + 2 < runs && runStart[cursor + 2] <= i) {
            cursor = run(runStart, runs, i); // behind the last one asked, or more than one run ahead
        } else if (cursor + 1 < runs && runStart[cursor + 1] <= i) {
            cursor++;
        }
        return cursor;
    }

    /** The run holding char i: the last run starting at or before it. */
    static int run(int[] starts, int count, int i) {
        int k = Arrays.binarySearch(starts, 0, count, i);
        return k >= 0 ? k : -k - 2;
    }

    /** Drops chars at the end, e.g. spaces before a line break that is being joined. */
    void truncate(int newLength) {
        length = newLength;
        while (runs > 0 && runStart[runs - 1] >= newLength) {
            runs--;
        }
        // the cursor stays where it was, within the runs left (back at 0, the next question walked every run
        // again: the line joiner truncates at every joined line, which made joining quadratic in the lines)
        cursor = Math.max(0, Math.min(cursor, runs - 1));
        lastOrigin = length == 0 ? Integer.MIN_VALUE : originAt(length - 1);
    }

    NormalizedText toNormalizedText(String original) {
        return new NormalizedText(original, new String(chars, 0, length), Arrays.copyOf(runStart, runs),
                Arrays.copyOf(runOrigin, runs));
    }
}
