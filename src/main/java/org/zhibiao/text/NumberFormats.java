package org.zhibiao.text;

/** Renders list numbers in the formats Word uses for Chinese documents (w:numFmt values). */
final class NumberFormats {

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String LEGAL = "零壹贰叁肆伍陆柒捌玖";
    private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";

    private NumberFormats() {
    }

    static String format(int n, String numFmt) {
        switch (numFmt) {
            case "chineseCounting":
            case "chineseCountingThousand":
            case "ideographDigital":
            case "japaneseCounting":
                return chinese(n, DIGITS, "十", "百");
            case "chineseLegalSimplified":
                return chinese(n, LEGAL, "拾", "佰");
            case "ideographTraditional":
                return n >= 1 && n <= 10 ? String.valueOf(HEAVENLY_STEMS.charAt(n - 1)) : Integer.toString(n);
            case "decimalEnclosedCircle":
            case "decimalEnclosedCircleChinese":
                return n >= 1 && n <= 20 ? String.valueOf((char) ('\u2460' + n - 1)) : Integer.toString(n);
            case "lowerLetter":
                return letters(n, 'a');
            case "upperLetter":
                return letters(n, 'A');
            case "lowerRoman":
                return roman(n).toLowerCase(java.util.Locale.ROOT);
            case "upperRoman":
                return roman(n);
            default:
                return Integer.toString(n);
        }
    }

    /** 1 to 999 as read aloud: 一, 十, 十一, 二十, 一百零五; other numbers in digits. */
    private static String chinese(int n, String digits, String ten, String hundred) {
        if (n <= 0 || n >= 1000) {
            return Integer.toString(n);
        }
        int h = n / 100;
        int t = n / 10 % 10;
        int u = n % 10;
        StringBuilder s = new StringBuilder();
        if (h > 0) {
            s.append(digits.charAt(h)).append(hundred);
        }
        if (t > 0) {
            if (h > 0 || t > 1) {
                s.append(digits.charAt(t));
            }
            s.append(ten);
        } else if (h > 0 && u > 0) {
            s.append(digits.charAt(0));
        }
        if (u > 0) {
            s.append(digits.charAt(u));
        }
        return s.toString();
    }

    private static String letters(int n, char first) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        // Word repeats the letter: a … z, aa … zz
        char c = (char) (first + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                s.append(symbols[i]);
                n -= values[i];
            }
        }
        return s.toString();
    }
}
