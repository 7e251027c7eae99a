package org.zhibiao.text;

import java.util.Arrays;

/**
 * A growable char buffer that remembers, for every char, its offset in the original text. Each
 * normalisation pass reads one and writes the next, carrying the original offsets through.
 */
final class MappedChars {

    private char[] chars;
    private int[] origin;
    private int length;

    MappedChars(int capacity) {
        chars = new char[Math.max(16, capacity)];
        origin = new int[chars.length];
    }

    void append(char c, int originOffset) {
        if (length == chars.length) {
            int capacity = chars.length * 2;
            chars = Arrays.copyOf(chars, capacity);
            origin = Arrays.copyOf(origin, capacity);
        }
        chars[length] = c;
        origin[length] = originOffset;
        length++;
    }

    /** Appends chars [from, to) of another buffer with their original offsets. */
    void append(MappedChars other, int from, int to) {
        for (int i = from; i < to; i++) {
            append(other.chars[i], other.origin[i]);
        }
    }

    int length() {
        return length;
    }

    char charAt(int i) {
        return chars[i];
    }

    int originAt(int i) {
        return origin[i];
    }

    /** Drops chars at the end, e.g. spaces before a line break that is being joined. */
    void truncate(int newLength) {
        length = newLength;
    }

    NormalizedText toNormalizedText(String original) {
        return new NormalizedText(original, new String(chars, 0, length), Arrays.copyOf(origin, length));
    }
}
