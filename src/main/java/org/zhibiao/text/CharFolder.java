package org.zhibiao.text;

/**
 * Pass one: folds the character variants that scraped and typed reports mix freely (full-width digits and
 * punctuation, ideographic and no-break spaces, zero-width marks, CR line ends, ℅ typed for %) and, for a
 * traditional document, converts each character to its simplified form. A space after a decimal point inside a
 * number (1234. 56亿元, as text copied from PDF pages has it) is dropped. Chinese punctuation such as 、。“”《》 is
 * kept.
 */
final class CharFolder {

    private CharFolder() {
    }

    /** @param table the script table, or null to leave the script alone */
    static MappedChars fold(String original, ScriptTable table) {
        int n = original.length();
        MappedChars out = new MappedChars(n);
        for (int i = 0; i < n; i++) {
            char c = original.charAt(i);
            if (table == null && isPlain(c)) {
                int end = i + 1; // a stretch of chars that stay as they are, copied at once
                while (end < n && isPlain(original.charAt(end))) {
                    end++;
                }
                out.appendOriginal(original, i, end);
                i = end - 1;
                continue;
            }
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0), i);
            } else if (c == '\u2105') {
                out.append('%', i); // ℅ (care of) sits next to % on Chinese input methods and is typed for it
            } else if ((c == ' ' || c == '\u3000') && splitsNumber(original, i)) {
                continue;
            } else if (c == '\r') {
                out.append('\n', i);
                if (i + 1 < n && original.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\u3000' || c == '\u00A0') {
                out.append(' ', i);
            } else if (c >= '\u200B' && c <= '\u200D' || c == '\uFEFF' || c == '\u00AD') {
                continue;
            } else if (table != null) {
                out.append(table.toSimplified(c), i);
            } else {
                out.append(c, i);
            }
        }
        return out;
    }

    /**
     * A char no branch below changes: not full-width, not a space, CR, zero-width mark or ℅. Ideographs (U+4E00 on)
     * and CJK punctuation after U+3000 are answered by the first test.
     */
    private static boolean isPlain(char c) {
        if (c > '\u3000') {
            return c < '\uFEFF' || c > '\uFF5E';
        }
        return c != ' ' && c != '\r' && c != '\u3000' && c != '\u00A0' && c != '\u2105' && c != '\u00AD'
                && (c < '\u200B' || c > '\u200D');
    }

    /** A space right after the decimal point of a number and before its next digit: 1234. 56. */
    private static boolean splitsNumber(String s, int i) {
        return i >= 2 && (s.charAt(i - 1) == '.' || s.charAt(i - 1) == '\uFF0E') && isDigit(s.charAt(i - 2)) && i + 1 < s.length() && isDigit(s.charAt(i + 1));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19';
    }

    /**
     * A document is traditional when more than 2% of its Han characters exist only in traditional script
     * and they outnumber the frequent simplified-only forms; a simplified report with a few 乾 or 瞭 stays.
     */
    static boolean isTraditional(String text, ScriptTable table) {
        return isTraditional(text.toCharArray(), text.length(), table);
    }

    /**
     * {@link #isTraditional(String, ScriptTable)} of a text from its folded chars: folding changes and drops no Han
     * character, so they count the same, and are read from an array (the String's own chars went through charAt).
     */
    static boolean isTraditional(MappedChars folded, ScriptTable table) {
        return isTraditional(folded.array(), folded.length(), table);
    }

    /** Each Han class counted in a field of 21 bits of one long: no store and load of a counter per character. */
    private static final long[] ONE_MORE = new long[4];
    private static final int FIELD = (1 << 21) - 1;
    /** Characters counted into one long before its fields are added up: each field stays under 2^21. */
    private static final int FLUSH = 1 << 20;

    static {
        ONE_MORE[ScriptTable.HAN_CLASS] = 1L;
        ONE_MORE[ScriptTable.TRADITIONAL_ONLY_CLASS] = 1L << 21;
        ONE_MORE[ScriptTable.SIMPLIFIED_ONLY_CLASS] = 1L << 42;
    }

    private static boolean isTraditional(char[] chars, int length, ScriptTable table) {
        long han = 0;
        long traditional = 0;
        long simplified = 0;
        for (int from = 0; from < length; from += FLUSH) {
            long packed = 0;
            for (int i = from, end = Math.min(length, from + FLUSH); i < end; i++) {
                packed += ONE_MORE[table.hanClass(chars[i])];
            }
            han += packed & FIELD;
            traditional += packed >>> 21 & FIELD;
            simplified += packed >>> 42 & FIELD;
        }
        han += traditional + simplified;
        return traditional * 50 > han && traditional > simplified;
    }
}
