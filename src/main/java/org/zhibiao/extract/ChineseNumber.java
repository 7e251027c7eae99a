package org.zhibiao.extract;

import java.math.BigDecimal;

/**
 * Numbers as reports write them: Arabic digits with thousands separators and decimals (41,165 / 33.8),
 * Chinese numerals (一百二十, 三千零二十六, 两万, 三点五), and the two mixed (1.2万 = 12000).
 * Pure functions; callers find the extent of a number, this class gives its value.
 */
public final class ChineseNumber {

    private static final String DIGITS = "零〇一二两三四五六七八九";
    private static final int[] DIGIT_VALUES = {0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9};

    private ChineseNumber() {
    }

    public static boolean isChineseDigit(char c) {
        // a switch, not DIGITS.indexOf: asked of every character the quantity scanner passes
        return switch (c) {
            case '零', '〇', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九' -> true;
            default -> false;
        };
    }

    /** A character that can be part of a Chinese numeral (digits, 十百千万亿, and 点 for the decimal point). */
    public static boolean isChineseNumeralChar(char c) {
        return isChineseDigit(c) || c == '十' || c == '百' || c == '千' || c == '万' || c == '亿' || c == '点';
    }

    /**
     * Parses a number written in Arabic digits, Chinese numerals or both.
     *
     * @throws NumberFormatException if the text is not a number
     */
    public static BigDecimal parse(String text) {
        BigDecimal plain = plainDecimal(text);
        if (plain != null) {
            return plain;
        }
        String s = text.strip().replace(",", "").replace("，", "");
        if (s.isEmpty()) {
            throw new NumberFormatException("empty number");
        }
        // a trailing magnitude after Arabic digits: 1.2万, 3亿
        char last = s.charAt(s.length() - 1);
        if ((last == '万' || last == '亿') && s.length() > 1 && isArabic(s.substring(0, s.length() - 1))) {
            BigDecimal base = new BigDecimal(s.substring(0, s.length() - 1));
            return strip(base.multiply(last == '万' ? BigDecimal.valueOf(10_000) : BigDecimal.valueOf(100_000_000)));
        }
        if (isArabic(s)) {
            return strip(new BigDecimal(s));
        }
        return strip(parseChinese(s));
    }

    /**
     * Digits with at most one point inside, and no more than 18 of them (most numbers a report writes: 129, 3.1,
     * 41165), read without the copies and the parse of {@code new BigDecimal(String)}; the same value and scale as
     * {@link #strip} of that gives. Null for anything else.
     */
    private static BigDecimal plainDecimal(String s) {
        int n = s.length();
        if (n == 0 || n > 19 || s.charAt(0) == '.' || s.charAt(n - 1) == '.') {
            return null;
        }
        long unscaled = 0;
        int scale = -1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                return null;
            }
        }
        if ((scale < 0 ? n : n - 1) > 18) {
            return null; // more than 18 digits may not fit a long: the long way
        }
        scale = Math.max(0, scale);
        while (scale > 0 && unscaled % 10 == 0) {
            unscaled /= 10; // 3.10 is 3.1, 2.0 is 2: trailing zeros after the point stripped, as strip does
            scale--;
        }
        return BigDecimal.valueOf(unscaled, scale);
    }

    private static boolean isArabic(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int dots = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return dots <= 1 && s.charAt(0) != '.' && s.charAt(s.length() - 1) != '.';
    }

    private static BigDecimal parseChinese(String s) {
        int point = s.indexOf('点');
        if (point >= 0) {
            BigDecimal whole = point == 0 ? BigDecimal.ZERO : parseChinese(s.substring(0, point));
            StringBuilder frac = new StringBuilder();
            for (int i = point + 1; i < s.length(); i++) {
                frac.append(digit(s.charAt(i), s));
            }
            if (frac.length() == 0) {
                throw new NumberFormatException("no digits after 点 in " + s);
            }
            return whole.add(new BigDecimal("0." + frac));
        }
        boolean hasUnit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '十' || c == '百' || c == '千' || c == '万' || c == '亿') {
                hasUnit = true;
            } else if (!isChineseDigit(c) && (c < '0' || c > '9')) {
                throw new NumberFormatException("not a number: " + s);
            }
        }
        if (!hasUnit) {
            // digit by digit, as in years: 二〇二三
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                b.append(digit(s.charAt(i), s));
            }
            return new BigDecimal(b.toString());
        }
        long result = 0;
        long section = 0;
        long number = 0;
        boolean seenDigit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '十', '百', '千' -> {
                    long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                    // 十二 = 12: a leading 十 means one ten
                    section += (seenDigit || number != 0 ? number : 1) * unit;
                    number = 0;
                    seenDigit = false;
                }
                case '万' -> {
                    section = (section + number) * 10_000;
                    result += section;
                    section = 0;
                    number = 0;
                    seenDigit = false;
                }
                case '亿' -> {
                    result = (result + section + number) * 100_000_000L;
                    section = 0;
                    number = 0;
                    seenDigit = false;
                }
                default -> {
                    number = digit(c, s);
                    seenDigit = true;
                }
            }
        }
        return BigDecimal.valueOf(result + section + number);
    }

    private static int digit(char c, String context) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        int i = DIGITS.indexOf(c);
        if (i < 0) {
            throw new NumberFormatException("not a digit '" + c + "' in " + context);
        }
        return DIGIT_VALUES[i];
    }

    private static BigDecimal strip(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
