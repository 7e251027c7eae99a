package org.zhibiao.extract;

import java.util.Arrays;

/**
 * Where a text writes a year: 1980年 to 2059年. Found with one scan for 年 rather than a regular expression
 * tried at every position, because the year rules run on every document and report texts are long.
 */
final class YearMentions {

    private YearMentions() {
    }

    /** Offsets of the first digit of every four-digit year followed by 年, in text order. */
    static int[] find(String text) {
        int[] out = new int[16];
        int n = 0;
        int i = text.indexOf('年', 4);
        while (i >= 0) {
            int s = i - 4;
            if (isDigit(text.charAt(s)) && isDigit(text.charAt(s + 1)) && isDigit(text.charAt(s + 2))
                    && isDigit(text.charAt(s + 3)) && (s == 0 || !isDigit(text.charAt(s - 1)))) {
                int century = (text.charAt(s) - '0') * 10 + (text.charAt(s + 1) - '0');
                if (century == 19 || century == 20) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = s;
                }
            }
            i = text.indexOf('年', i + 1);
        }
        return Arrays.copyOf(out, n);
    }

    static int yearAt(String text, int start) {
        return Integer.parseInt(text, start, start + 4, 10);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
