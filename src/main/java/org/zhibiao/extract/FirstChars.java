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
 * Shared by threads without locks or atomics: an answer is two bits (known, yes) of a word, the same whichever
 * thread computes it. A thread that sees no answer yet (not written, not visible yet, or lost to another thread's
 * write of the same word) computes it again; every write holds only right answers, and a character's two bits are
 * written together, so an answer read is right. Plain reads: through an AtomicLongArray a look-up cost 3.4 ns a
 * character, as against 0.7 (the cue scans ask it of every character of a text). Two bits a character keep the
 * answers of a whole text within a few kilobytes of cache (a byte each spread them over 64 KB).
 */
final class FirstChars {

    private static final long KNOWN = 1;
    private static final long YES = 2;

    private final List<Pattern> patterns;
    /** Two bits a character, 32 characters a word: bit 0 known, bit 1 a match can start there. */
    private final long[] answers = new long[(Character.MAX_VALUE + 1) >>> 5];

    FirstChars(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    boolean get(char c) {
        long a = answers[c >>> 5] >>> ((c & 31) << 1);
        if ((a & KNOWN) != 0) {
            return (a & YES) != 0;
        }
        return learn(c);
    }

    /** Asks the regex engine and keeps the answer; apart, so that {@link #get} stays small enough to be inlined. */
    private boolean learn(char c) {
        boolean yes = ask(c);
        answers[c >>> 5] |= (yes ? YES | KNOWN : KNOWN) << ((c & 31) << 1);
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
