package org.zhibiao.text;

/** Character classes shared by the normalisation passes. */
final class Chars {

    private Chars() {
    }

    /** CJK unified ideographs (basic block and extension A) and the compatibility block. */
    static boolean isHan(char c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0xF900 && c <= 0xFAFF;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static boolean isAsciiAlnum(char c) {
        return isDigit(c) || isAsciiLetter(c);
    }

    /** Spaces left within a line after folding; U+3000 and NBSP have become ' ' by then. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }
}
