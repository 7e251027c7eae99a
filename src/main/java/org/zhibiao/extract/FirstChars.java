package org.zhibiao.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a match of any of some patterns can start with, so that a scan tries the patterns only where
 * one could match instead of at every position of the text. Each character is asked of the regex engine the
 * first time it is looked up (a match of that one char, or a partial match that hit the end, means a match can
 * start there) and the answer kept: asking all 65,536 characters up front cost a third of a second at start-up,
 * while a corpus uses a few thousand of them.
 * <p>
 * Shared by threads without locks or atomics, in two bit tables: {@code open} (a match may start with the character:
 * set for every character at first, cleared once the engine said no) and {@code asked} (the engine was asked). A scan
 * skips characters on {@code open} alone, in a loop as small as a loop over a text can be. A thread that reads a
 * character as not asked (not written yet, not visible yet, or lost to another thread's write to the same word) asks
 * again; a clearing lost the same way leaves the character open, which is always safe (the patterns are then tried
 * there, and fail), only slower. No write ever closes a character a match can start with. Plain reads: through an
 * AtomicLongArray a look-up cost 3.4 ns a character, as against 0.7 (the cue scans ask it of every character of a
 * text). With the two answer bits of a character in one word, as before, a scan ran at 4 ns a character against 1.2.
 */
final class FirstChars {

    private final List<Pattern> patterns;
    /** A bit a character: a match may start with it (all at first; cleared when the engine says no). */
    private final long[] open = new long[(Character.MAX_VALUE + 1) >>> 6];
    /** A bit a character: the engine was asked. */
    private final long[] asked = new long[(Character.MAX_VALUE + 1) >>> 6];

    FirstChars(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        java.util.Arrays.fill(open, -1L);
    }

    boolean get(char c) {
        if ((open[c >>> 6] & 1L << c) == 0) {
            return false;
        }
        return (asked[c >>> 6] & 1L << c) != 0 || learn(c);
    }

    /**
     * The first index in [from, to) whose character a match can start with, or {@code to}: the scans' own loop
     * around {@link #get} kept the matching and the list of cues in the same compiled loop, and ran slower than this
     * small one, which the JIT compiles on its own.
     */
    int next(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text[i];
            if ((open[c >>> 6] & 1L << c) != 0 && ((asked[c >>> 6] & 1L << c) != 0 || learn(c))) {
                return i;
            }
        }
        return to;
    }

    /** Asks the regex engine and keeps the answer; apart, so that {@link #get} stays small enough to be inlined. */
    private boolean learn(char c) {
        boolean yes = ask(c);
        if (!yes) {
            open[c >>> 6] &= ~(1L << c);
        }
        asked[c >>> 6] |= 1L << c;
        return yes;
    }

    private boolean ask(char c) {
        if (Character.isSurrogate(c)) {
            return false;
        }
        if (!likelyInReports(c)) {
            return true; // not asked: assumed to start a match, which is always safe, only slower
        }
        // a String, as the engine's texts are: a CharBuffer here made the regex engine's calls to its text polymorphic
        String one = String.valueOf(c);
        for (Pattern p : patterns) {
            Matcher m = p.matcher(one);
            if (m.lookingAt() || m.hitEnd()) {
                return true;
            }
        }
        return false;
    }

    /** ASCII and punctuation, CJK punctuation, CJK ideographs and full-width forms: what report text is made of. */
    private static boolean likelyInReports(int c) {
        return c < 0x3000 || c <= 0x303F || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xFF00 && c <= 0xFFEF);
    }
}
