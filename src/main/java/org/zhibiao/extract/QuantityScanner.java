package org.zhibiao.extract;

import java.util.ArrayList;
import java.util.List;

/** Finds every number that carries a unit, in one pass over normalised text. */
public final class QuantityScanner {

    private static final String RANGE_MARKS = "-~—–至到";
    private static final String PERCENT_WORDS = "百分之";
    /**
     * One bit for each character a quantity can start with (digits, 百 of 百分之, Chinese digits and 十): the scan
     * passes over the rest at one look-up a character, where it asked three tests and a switch of each.
     */
    private static final long[] STARTS = new long[(Character.MAX_VALUE + 1) >>> 6];

    static {
        for (char c : "0123456789百十零〇一二两三四五六七八九".toCharArray()) {
            STARTS[c >>> 6] |= 1L << c;
        }
    }

    private final Units units;

    public QuantityScanner(Units units) {
        this.units = units;
    }

    public List<Quantity> scan(String text) {
        return scan(text, text.toCharArray());
    }

    /** @param chars the text's characters, over which the scan passes to the next place a quantity can start */
    List<Quantity> scan(String text, char[] chars) {
        List<Quantity> out = new ArrayList<>();
        int n = chars.length;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if ((STARTS[c >>> 6] & 1L << c) == 0) {
                i++;
                continue;
            }
            Quantity q = null;
            if (isAsciiDigit(c) && (i == 0 || !isAsciiAlnum(text.charAt(i - 1)))) {
                q = arabic(text, i);
                if (q != null && i >= 2 && text.charAt(i - 1) == '-' && isHan(text.charAt(i - 2))) {
                    q = negative(q); // 增长-1.5%
                }
            } else if (c == '百' && Units.regionMatches(text, i, PERCENT_WORDS)) {
                q = percentInWords(text, i);
            } else if (ChineseNumber.isChineseDigit(c) || c == '十') {
                q = chinese(text, i);
            }
            if (q != null) {
                out.add(q);
                i = q.end();
            } else {
                i = skipToken(text, i);
            }
        }
        return out;
    }

    private static int skipToken(String text, int i) {
        if (isAsciiDigit(text.charAt(i))) {
            while (i < text.length() && (isAsciiAlnum(text.charAt(i)) || text.charAt(i) == '.')) {
                i++;
            }
            return i;
        }
        return i + 1;
    }

    private Quantity arabic(String text, int start) {
        int end = arabicEnd(text, start);
        if (end < text.length() && isAsciiLetter(text.charAt(end))) {
            return null; // part of a code like 5G or 2Iu
        }
        String number = text.substring(start, end);
        int unitAt = skipFiller(text, end);
        String unit = units.match(text, unitAt);
        // a range written 6.5-7% or 6.5%-7%
        int afterFirst = unit != null ? unitAt + unit.length() : unitAt;
        int dash = afterFirst;
        if (dash < text.length() && RANGE_MARKS.indexOf(text.charAt(dash)) >= 0
                && dash + 1 < text.length() && isAsciiDigit(text.charAt(dash + 1))) {
            int secondEnd = arabicEnd(text, dash + 1);
            int secondUnitAt = skipFiller(text, secondEnd);
            String secondUnit = units.match(text, secondUnitAt);
            if (secondUnit != null && (unit == null || unit.equals(secondUnit))) {
                return make(number, start, secondUnitAt + secondUnit.length(), secondUnit, true);
            }
        }
        if (unit == null) {
            return null;
        }
        return make(number, start, unitAt + unit.length(), unit, false);
    }

    /** 百分之八, 百分之三点五, 百分之7: a percentage written in words. */
    private Quantity percentInWords(String text, int start) {
        int from = start + PERCENT_WORDS.length();
        int end = from;
        while (end < text.length() && (ChineseNumber.isChineseNumeralChar(text.charAt(end))
                || isAsciiDigit(text.charAt(end)) || text.charAt(end) == '.')) {
            end++;
        }
        if (end == from) {
            return null;
        }
        try {
            return new Quantity(start, end, ChineseNumber.parse(text.substring(from, end)), "%", units.classOf("%"), false);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Quantity negative(Quantity q) {
        return new Quantity(q.start() - 1, q.end(), q.value().negate(), q.unit(), q.unitClass(), q.range());
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private Quantity chinese(String text, int start) {
        int end = start;
        while (end < text.length() && ChineseNumber.isChineseNumeralChar(text.charAt(end))) {
            end++;
        }
        // a trailing 万 or 亿 may belong to the unit: 两万人 is 2 万人, 三千亿元 is 3000 亿元
        char last = text.charAt(end - 1);
        if ((last == '万' || last == '亿') && end - 1 > start) {
            String split = units.match(text, end - 1);
            if (split != null && split.length() > 1) {
                return makeChinese(text, start, end - 1, split);
            }
        }
        String unit = units.match(text, end);
        if (unit == null || end - start == 1 && !"%".equals(unit) && isOneOrTen(text.charAt(start)) && isClassifier(unit)) {
            return null; // 一个, 十项: words, not figures
        }
        return makeChinese(text, start, end, unit);
    }

    private Quantity makeChinese(String text, int start, int numberEnd, String unit) {
        try {
            return make(text.substring(start, numberEnd), start, numberEnd + unit.length(), unit, false);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Quantity make(String number, int start, int end, String unit, boolean range) {
        try {
            return new Quantity(start, end, ChineseNumber.parse(number), unit, units.classOf(unit), range);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Between a number and its unit: a space (增长12 %) or 多/余 (3000余人). */
    private static int skipFiller(String text, int i) {
        int j = i;
        if (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        if (j < text.length() && (text.charAt(j) == '多' || text.charAt(j) == '余')) {
            j++;
        }
        return j;
    }

    private static int arabicEnd(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (isAsciiDigit(c)) {
                i++;
            } else if (c == '.' && i + 1 < n && isAsciiDigit(text.charAt(i + 1))) {
                i++;
            } else if (c == ',' && i + 3 < n && isAsciiDigit(text.charAt(i + 1)) && isAsciiDigit(text.charAt(i + 2))
                    && isAsciiDigit(text.charAt(i + 3)) && (i + 4 >= n || !isAsciiDigit(text.charAt(i + 4)))) {
                i += 4; // thousands separator: 41,165
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isOneOrTen(char c) {
        return c == '一' || c == '十' || c == '两';
    }

    private static boolean isClassifier(String unit) {
        return unit.equals("个") || unit.equals("家") || unit.equals("项") || unit.equals("件") || unit.equals("次")
                || unit.equals("年") || unit.equals("天") || unit.equals("位") || unit.equals("处") || unit.equals("座");
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiAlnum(char c) {
        return isAsciiDigit(c) || isAsciiLetter(c);
    }
}
