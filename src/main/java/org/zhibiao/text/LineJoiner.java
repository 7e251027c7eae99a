package org.zhibiao.text;

/**
 * Pass three: joins lines that were broken inside a sentence by a PDF export or a fixed-width web page, as in
 * 收入1⏎2248元 or 7000万元⏎、增长324.2%, so that numbers and indicator names are whole again. Headings and
 * paragraph breaks stay: short lines are never joined to what follows, and blank lines are kept.
 */
final class LineJoiner {

    /** A line this long (non-space chars) that does not end a sentence was wrapped, not ended. */
    static final int LONG_LINE = 25;

    private static final String CONTINUATION = "、,;:%。)”";
    private static final String SENTENCE_END = "。!?！？:：;；…”)）]】》」』";
    private static final String STOPS = "。;；!?！？";
    private static final String UNITS = "万亿千百元吨亩户人家个项座所套件台辆公里米平方立年月日天倍度";
    private static final String NUMERALS = "一二三四五六七八九十";

    private LineJoiner() {
    }

    /** One of {@link #STOPS}: a switch, as it is asked of every character of the text. */
    private static boolean isStop(char c) {
        return switch (c) {
            case '。', ';', '；', '!', '?', '！', '？' -> true;
            default -> false;
        };
    }

    static MappedChars join(MappedChars in) {
        return join(in, new MappedChars(in.length()));
    }

    /** Joins into {@code out}, an empty buffer (one whose array a spent pass left, see Normalizer). */
    static MappedChars join(MappedChars in, MappedChars out) {
        int n = in.length();
        // each line's length is counted once, for the wrap width and for the joins; each pass of the loop below
        // ends one line (a join goes on from the next line's first char, never past its end)
        int[] lengths = lineLengths(in);
        int wrap = wrapWidth(lengths);
        int longLine = wrap > 0 ? Math.min(LONG_LINE, wrap - 4) : LONG_LINE;
        int lineStart = 0;
        int outLineStart = 0;
        int line = 0;
        for (int i = 0; i < n; i++) {
            // the rest of the line at once: its chars copied whole
            int lineEnd = in.indexOf('\n', i, n);
            int nonSpace = lengths[line++];
            out.append(in, i, lineEnd);
            i = lineEnd;
            if (i == n) {
                break;
            }
            int before = out.length();
            while (before > outLineStart && Chars.isSpace(out.charAt(before - 1))) {
                before--;
            }
            int next = i + 1;
            while (next < n && Chars.isSpace(in.charAt(next))) {
                next++;
            }
            boolean join = before > outLineStart && next < n && in.charAt(next) != '\n'
                    && (shouldJoin(out.charAt(before - 1), in.charAt(next), nonSpace, longLine, wrap > 0,
                            startsWithOrdinal(in, lineStart) && !hasStop(in, lineStart, i))
                        || rateAfterBreak(out, before, in, next));
            if (join) {
                out.truncate(before);
                i = next - 1;
            } else {
                out.append('\n', in.originAt(i));
                outLineStart = out.length();
            }
            // a joined line is still a physical line of its own: its length says whether it was wrapped
            lineStart = next;
        }
        return out;
    }

    private static boolean shouldJoin(char last, char first, int lineLength, int longLine, boolean fixedWidth,
                                      boolean headingLike) {
        boolean numberBefore = Chars.isDigit(last) || last == '.';
        if (numberBefore && (Chars.isDigit(first) || first == '.' || first == '%')) {
            return true;
        }
        if (CONTINUATION.indexOf(first) >= 0 || Chars.isDigit(last) && UNITS.indexOf(first) >= 0) {
            return true;
        }
        if (fixedWidth && Chars.isHan(last) && Chars.isDigit(first) && !headingLike && lineLength > 0) {
            return !startsLikeHeading(last);
        }
        return lineLength >= longLine && SENTENCE_END.indexOf(last) < 0 && !headingLike
                && (Chars.isHan(first) || Chars.isDigit(first));
    }

    /**
     * 规模以上工业增加值增长⏎9.1%: a line that ends on a growth word and a next line that starts with a percentage
     * (digits, a point, then %) were one clause. A next line like 2023年… starts a paragraph and is not joined.
     */
    private static boolean rateAfterBreak(MappedChars out, int before, MappedChars in, int next) {
        if (before < 2) {
            return false;
        }
        String last = "" + out.charAt(before - 2) + out.charAt(before - 1);
        if (!GROWTH_ENDINGS.contains(last)) {
            return false;
        }
        int i = next;
        int n = in.length();
        while (i < n && i - next < 8 && (Chars.isDigit(in.charAt(i)) || in.charAt(i) == '.')) {
            i++;
        }
        return i > next && i < n && in.charAt(i) == '%';
    }

    private static final java.util.Set<String> GROWTH_ENDINGS = java.util.Set.of("增长", "下降", "增速", "增幅", "减少", "提高", "降低", "上涨");

    private static boolean startsLikeHeading(char last) {
        // 工作回顾, 主要目标: a short line ending like a heading's last word stays a heading
        return "顾标排务告望议结".indexOf(last) >= 0;
    }

    /**
     * The width a fixed-width page wrapped its lines at, or 0 if the text is not wrapped: at least eight lines
     * and a third of them within three chars of one length (15 to 80 chars; ASCII makes wrapped lines uneven).
     */
    static int wrapWidth(MappedChars in) {
        return wrapWidth(lineLengths(in));
    }

    private static int wrapWidth(int[] lengths) {
        int[] counts = new int[85];
        int lines = 0;
        for (int len : lengths) {
            if (len > 0) {
                lines++;
                counts[Math.min(len, 84)]++;
            }
        }
        int best = 0;
        int bestCount = 0;
        for (int l = 15; l <= 80; l++) {
            int around = 0;
            for (int k = l - 3; k <= l + 3; k++) {
                around += counts[k];
            }
            if (around > bestCount) {
                bestCount = around;
                best = l;
            }
        }
        return lines >= 8 && bestCount * 3 >= lines ? best : 0;
    }

    /** The chars other than spaces on each line (the text after its last line break is a line too). */
    static int[] lineLengths(MappedChars in) {
        int[] lengths = new int[64];
        int lines = 0;
        int len = 0;
        for (int i = 0, n = in.length(); i < n; i++) {
            char c = in.charAt(i);
            if (c == '\n') {
                if (lines == lengths.length) {
                    lengths = java.util.Arrays.copyOf(lengths, lines * 2);
                }
                lengths[lines++] = len;
                len = 0;
            } else if (!Chars.isSpace(c)) {
                len++;
            }
        }
        if (lines == lengths.length) {
            lengths = java.util.Arrays.copyOf(lengths, lines + 1);
        }
        lengths[lines++] = len;
        return java.util.Arrays.copyOf(lengths, lines);
    }

    /** Whether the line from {@code start} to {@code end} holds a full stop (a heading does not). */
    private static boolean hasStop(MappedChars in, int start, int end) {
        for (int k = start; k < end; k++) {
            if (isStop(in.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Numbered headings such as 一、 (二) 第三 or 4. can run past the long-line threshold without a full stop
     * (（一）坚持稳增长，着力推动经济平稳健康发展), yet must not swallow their first paragraph.
     */
    private static boolean startsWithOrdinal(MappedChars in, int start) {
        int n = in.length();
        int i = start;
        while (i < n && Chars.isSpace(in.charAt(i))) {
            i++;
        }
        if (i >= n) {
            return false;
        }
        char c = in.charAt(i);
        if (c == '第') {
            return i + 1 < n && NUMERALS.indexOf(in.charAt(i + 1)) >= 0;
        }
        boolean bracket = c == '(';
        int j = bracket ? i + 1 : i;
        int digits = 0;
        while (j < n && (NUMERALS.indexOf(in.charAt(j)) >= 0 || Chars.isDigit(in.charAt(j)))) {
            j++;
            digits++;
        }
        if (digits == 0 || j >= n) {
            return false;
        }
        char after = in.charAt(j);
        if (bracket) {
            return after == ')';
        }
        return after == '、' || after == '.' && (j + 1 >= n || !Chars.isDigit(in.charAt(j + 1)));
    }
}
