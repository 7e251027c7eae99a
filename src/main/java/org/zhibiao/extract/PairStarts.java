package org.zhibiao.extract;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Pattern;

/**
 * Which of some patterns a match can start with a given pair of characters: the second filter after
 * {@link FirstChars}. The passage cues start with characters that reports use everywhere (发 of 发展, 经 of 经济, 全,
 * 一, 工): over the seed-built corpus the cue scan asked the regex engine at one position in eleven, and one time in
 * forty it matched. Asked of the first two characters, most of those positions are turned away by one look-up.
 * <p>
 * Each pair is asked of the regex engine the first time it is met (a match of those two characters, or a partial
 * match that hit their end, means a match can start there) and the answer kept: a text uses a few thousand pairs
 * that begin with a cue's first character, while there are four billion. The answers are an open-addressing table
 * of longs, the pair in the high half and the patterns' bits in the low one, shared by threads without locks (an
 * entry is written once, whole, by compare-and-set; a thread that does not find it asks again). A full table keeps
 * its answers and says "any" for pairs it cannot keep, which is what the scan did before this filter.
 * <p>
 * A pattern that looks behind its start ({@code (?<=}, {@code \b}) could be ruled out wrongly by a test without the
 * text before it: such a pattern is always said to be possible.
 */
final class PairStarts {

    /** All patterns possible: what a pair the table cannot hold, or at the end of a region, is answered. */
    static final int ANY = -1 >>> 1;
    private static final long KNOWN = 1L << 31;
    private static final int SLOTS = 1 << 15;
    private static final int MASK = SLOTS - 1;
    /** Stop adding at three quarters full: probes stay short. */
    private static final int LIMIT = SLOTS / 4 * 3;

    private final Pattern[] patterns;
    private final FirstChars[] first;
    /** Patterns whose answer cannot be learned from two characters alone: always possible. */
    private final int always;
    private final AtomicLongArray table = new AtomicLongArray(SLOTS);
    private final AtomicInteger used = new AtomicInteger();

    /**
     * @param patterns by bit: a null pattern is never possible
     * @param first    each pattern's first characters, by the same index
     */
    PairStarts(List<Pattern> patterns, List<FirstChars> first) {
        if (patterns.size() > 31) {
            throw new IllegalArgumentException("at most 31 patterns");
        }
        this.patterns = patterns.toArray(new Pattern[0]);
        this.first = first.toArray(new FirstChars[0]);
        int a = 0;
        for (int i = 0; i < this.patterns.length; i++) {
            Pattern p = this.patterns[i];
            if (p != null && looksBehind(p.pattern())) {
                a |= 1 << i;
            }
        }
        this.always = a;
    }

    /** The bits of the patterns that are always possible (they look behind their start). */
    int always() {
        return always;
    }

    private static boolean looksBehind(String regex) {
        return regex.contains("(?<=") || regex.contains("\\b") || regex.contains("\\B") || regex.contains("\\G");
    }

    /** The bits of the patterns a match of which can start with {@code c1 c2}. */
    int at(char c1, char c2) {
        int key = c1 << 16 | c2;
        int i = slot(key);
        long e = table.getOpaque(i);
        if ((int) (e >>> 32) == key && e != 0) {
            return (int) e & ANY; // most pairs asked are in their own slot
        }
        return probe(key, c1, c2);
    }

    /** The pair's answer further along, or asked; apart, so that {@link #at} stays small enough to be inlined. */
    private int probe(int key, char c1, char c2) {
        int i = slot(key);
        for (int probes = 0; probes < SLOTS; probes++) {
            long e = table.getOpaque(i);
            if (e == 0) {
                break;
            }
            if ((int) (e >>> 32) == key) {
                return (int) e & ANY;
            }
            i = (i + 1) & MASK;
        }
        if (Character.isSurrogate(c1) || Character.isSurrogate(c2)) {
            return ANY;
        }
        int bits = ask(c1, c2);
        keep(key, bits);
        return bits;
    }

    private static int slot(int key) {
        return (key * 0x9E3779B9 >>> 9) & MASK;
    }

    private void keep(int key, int bits) {
        if (used.get() >= LIMIT) {
            return;
        }
        long entry = (long) key << 32 | KNOWN | bits;
        int i = slot(key);
        while (true) {
            long e = table.getOpaque(i);
            if (e == 0) {
                if (table.compareAndSet(i, 0, entry)) {
                    used.incrementAndGet();
                    return;
                }
                e = table.get(i); // another thread took the slot: it may be this pair
            }
            if ((int) (e >>> 32) == key) {
                return;
            }
            i = (i + 1) & MASK;
        }
    }

    private int ask(char c1, char c2) {
        int bits = always;
        String two = new String(new char[] {c1, c2}); // a String, as in FirstChars
        for (int i = 0; i < patterns.length; i++) {
            if (patterns[i] == null || (bits & 1 << i) != 0 || !first[i].get(c1)) {
                continue;
            }
            var m = patterns[i].matcher(two);
            if (m.lookingAt() || m.hitEnd()) {
                bits |= 1 << i;
            }
        }
        return bits;
    }
}
