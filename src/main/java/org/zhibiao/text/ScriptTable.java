package org.zhibiao.text;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.text.UnicodeSetIterator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One-to-one Traditional to Simplified mapping of BMP characters, taken from ICU's "Traditional-Simplified"
 * transliterator one character at a time, so that the normaliser can convert in place and keep its
 * offset map. Built once on first use from a resource written out of ICU (see {@link #build}).
 */
final class ScriptTable {

    /**
     * Characters ICU would change that are also standard in simplified text, where converting them is
     * wrong: 显著 must not become 显着, and reports say 显著 / 著力 far more often than 随著.
     */
    private static final String KEEP = "著";

    /**
     * Frequent simplified-only forms of report prose: their presence shows a simplified document even when
     * it contains characters such as 乾 or 瞭 that the transliterator would change.
     */
    private static final String SIMPLIFIED_ONLY =
            "这们发经济个国会区产业务设进将为与实现级动对时来体点长开关总计划项质量优统农资万亿亿县镇"
            + "强稳续构组织积极规范环节创试验营运传让认识标调层适应贯彻领导党议报审";

    private final char[] simplified;
    private final long[] traditionalBits;
    private final long[] simplifiedBits;
    private final long[] hanClasses;
    private final long buildMillis;

    private ScriptTable(char[] simplified, boolean[] traditionalOnly, boolean[] simplifiedOnly, long buildMillis) {
        this.simplified = simplified;
        this.traditionalBits = bits(traditionalOnly);
        this.simplifiedBits = bits(simplifiedOnly);
        this.hanClasses = hanClasses(traditionalBits, simplifiedBits);
        this.buildMillis = buildMillis;
    }

    /** The shared table; the first call reads it (a few milliseconds). */
    static ScriptTable get() {
        return Holder.TABLE;
    }

    /** Lazy holder: the JVM runs the build on first access, once, thread-safely. */
    private static final class Holder {
        private static final ScriptTable TABLE = build();
    }

    char toSimplified(char c) {
        return simplified[c];
    }

    static final int NOT_HAN_CLASS = 0;
    static final int HAN_CLASS = 1;
    static final int TRADITIONAL_ONLY_CLASS = 2;
    static final int SIMPLIFIED_ONLY_CLASS = 3;

    /**
     * What a character tells of the script, in one look-up: not Han ({@link Chars#isHan}), Han, Han only in
     * traditional script, Han only in simplified; asked of every character of every text.
     */
    int hanClass(char c) {
        return (int) (hanClasses[c >>> 5] >>> ((c & 31) << 1)) & 3;
    }

    private static long[] hanClasses(long[] traditional, long[] simplified) {
        long[] classes = new long[(Character.MAX_VALUE + 1) >>> 5];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (!Chars.isHan((char) c)) {
                continue;
            }
            long k = (traditional[c >>> 6] & 1L << c) != 0 ? TRADITIONAL_ONLY_CLASS
                    : (simplified[c >>> 6] & 1L << c) != 0 ? SIMPLIFIED_ONLY_CLASS : HAN_CLASS;
            classes[c >>> 5] |= k << ((c & 31) << 1);
        }
        return classes;
    }

    boolean isTraditionalOnly(char c) {
        return (traditionalBits[c >>> 6] & 1L << c) != 0;
    }

    boolean isSimplifiedOnly(char c) {
        return (simplifiedBits[c >>> 6] & 1L << c) != 0;
    }

    /** The same as bits, 8 KB each: asked of every Han character of every text, where 64 KB of booleans missed the cache. */
    private static long[] bits(boolean[] set) {
        long[] bits = new long[(set.length + 63) >>> 6];
        for (int i = 0; i < set.length; i++) {
            if (set[i]) {
                bits[i >>> 6] |= 1L << i;
            }
        }
        return bits;
    }

    /** How long the build took, for the start-up budget. */
    long buildMillis() {
        return buildMillis;
    }

    /**
     * Reads the pairs written out from ICU's transliterator ({@link #fromIcu}) at development time: asking ICU
     * at start-up cost 0.7 s of every command and of the desktop app's first document.
     * {@code ScriptTableTest} checks the resource still says what ICU says.
     */
    private static ScriptTable build() {
        long start = System.nanoTime();
        char[] map = identity();
        boolean[] traditional = new boolean[0x10000];
        try (InputStream in = ScriptTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            String pairs = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : pairs.split("\n")) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.length() != 2) {
                    throw new IllegalStateException(RESOURCE + ": a line must be two characters: " + line);
                }
                map[line.charAt(0)] = line.charAt(1);
                traditional[line.charAt(0)] = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ScriptTable(map, traditional, simplifiedOnly(), (System.nanoTime() - start) / 1_000_000);
    }

    /** The resource's content as ICU's "Traditional-Simplified" transliterator gives it, one char at a time. */
    static String fromIcu() {
        StringBuilder out = new StringBuilder(PAIRS_HEADER);
        Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
        UnicodeSet sources = t2s.getSourceSet();
        java.util.TreeMap<Integer, Character> pairs = new java.util.TreeMap<>();
        for (UnicodeSetIterator it = new UnicodeSetIterator(sources); it.next(); ) {
            int cp = it.codepoint;
            if (cp == UnicodeSetIterator.IS_STRING || cp > 0xFFFF || KEEP.indexOf(cp) >= 0) {
                continue;
            }
            String simplified = t2s.transliterate(String.valueOf((char) cp));
            if (simplified.length() == 1 && simplified.charAt(0) != cp) {
                pairs.put(cp, simplified.charAt(0));
            }
        }
        pairs.forEach((t, s) -> out.append((char) t.intValue()).append(s).append('\n'));
        return out.toString();
    }

    static final String RESOURCE = "traditional-simplified.txt";
    static final String PAIRS_HEADER = "# Traditional character, then its simplified form, one pair a line; written from ICU's\n"
            + "# Traditional-Simplified transliterator by ScriptTable.fromIcu (ScriptTableTest checks it).\n";

    private static char[] identity() {
        char[] map = new char[0x10000];
        for (int i = 0; i < map.length; i++) {
            map[i] = (char) i;
        }
        return map;
    }

    private static boolean[] simplifiedOnly() {
        boolean[] simplifiedOnly = new boolean[0x10000];
        for (int i = 0; i < SIMPLIFIED_ONLY.length(); i++) {
            simplifiedOnly[SIMPLIFIED_ONLY.charAt(i)] = true;
        }
        return simplifiedOnly;
    }
}
