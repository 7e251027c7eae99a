package org.zhibiao.extract;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Pattern;

/**
 * The third filter, after {@link FirstChars} and {@link PairStarts}: which of up to fifteen patterns a match can start
 * with a given three characters. Some pairs let through pass everywhere in reports: 发展 (发展目标 is a cue, 发展改革
 * never), 代表, and every pair of digits (\d{1,2}月\d{1,2}日电: 20 of 2023 passes, 202 does not). A scan asked the
 * regex engine at those; the third character turns most of them away.
 * <p>
 * Learned and kept as {@link PairStarts} does, in a table of longs: the flag bit, the three characters (48 bits) and
 * the patterns' fifteen bits in one word, written once by compare-and-set. A full table answers from the pair.
 */
final class TripleStarts {

    private static final int SLOTS = 1 << 16;
    private static final int MASK = SLOTS - 1;
    private static final int LIMIT = SLOTS / 4 * 3;
    private static final long PRESENT = 1L << 63;
    private static final int WIDTH = 15;
    private static final int BITS = (1 << WIDTH) - 1;

    private final Pattern[] patterns;
    private final int base;
    private final PairStarts pairs;
    private final int always;
    private final AtomicLongArray table = new AtomicLongArray(SLOTS);
    private final AtomicInteger used = new AtomicInteger();

    /**
     * @param patterns the patterns of bits {@code base} to {@code base + 14} of the pair filter (null: none)
     * @param pairs    the pair filter over the same bits
     */
    TripleStarts(List<Pattern> patterns, int base, PairStarts pairs) {
        if (patterns.size() > WIDTH) {
            throw new IllegalArgumentException("at most " + WIDTH + " patterns");
        }
        this.patterns = patterns.toArray(new Pattern[0]);
        this.base = base;
        this.pairs = pairs;
        this.always = pairs.always() >>> base & BITS;
    }

    /** The bits (as the pair filter numbers them) of the patterns a match of which can start with c1 c2 c3. */
    int at(char c1, char c2, char c3) {
        long key = (long) c1 << 32 | (long) c2 << 16 | c3;
        int i = slot(key);
        long e = table.getOpaque(i);
        if (e >>> WIDTH == (PRESENT | key << WIDTH) >>> WIDTH) {
            return ((int) e & BITS) << base;
        }
        return probe(key, c1, c2, c3);
    }

    private static int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 48) & MASK;
    }

    /** The answer further along, or asked; apart, so that {@link #at} stays small enough to be inlined. */
    private int probe(long key, char c1, char c2, char c3) {
        long tag = (PRESENT | key << WIDTH) >>> WIDTH;
        int i = slot(key);
        for (int probes = 0; probes < SLOTS; probes++) {
            long e = table.getOpaque(i);
            if (e == 0) {
                break;
            }
            if (e >>> WIDTH == tag) {
                return ((int) e & BITS) << base;
            }
            i = (i + 1) & MASK;
        }
        int pair = pairs.at(c1, c2) >>> base & BITS;
        if (pair == 0 || pair == (PairStarts.ANY >>> base & BITS) || Character.isSurrogate(c3)) {
            return pair << base; // nothing to learn, or nothing the pair could say
        }
        int bits = ask(pair, c1, c2, c3);
        keep(key, bits);
        return bits << base;
    }

    private void keep(long key, int bits) {
        if (used.get() >= LIMIT) {
            return;
        }
        long entry = PRESENT | key << WIDTH | bits;
        long tag = entry >>> WIDTH;
        int i = slot(key);
        while (true) {
            long e = table.getOpaque(i);
            if (e == 0) {
                if (table.compareAndSet(i, 0, entry)) {
                    used.incrementAndGet();
                    return;
                }
                e = table.get(i);
            }
            if (e >>> WIDTH == tag) {
                return;
            }
            i = (i + 1) & MASK;
        }
    }

    /** Of the patterns the pair allows, those a match of which can start with the three characters. */
    private int ask(int pair, char c1, char c2, char c3) {
        int bits = always & pair;
        String three = new String(new char[] {c1, c2, c3});
        for (int k = 0; k < patterns.length; k++) {
            if ((pair & 1 << k) == 0 || (bits & 1 << k) != 0 || patterns[k] == null) {
                continue;
            }
            var m = patterns[k].matcher(three);
            if (m.lookingAt() || m.hitEnd()) {
                bits |= 1 << k;
            }
        }
        return bits;
    }
}
