package org.zhibiao.text;

/**
 * Strict UTF-8 decoding into a char array, for the decoder's fast path: most reports are UTF-8, and their bytes were
 * most of the decoding step's time in the JDK's general decoder (buffers, positions and a result object around each
 * run of characters). Every well-formed sequence (RFC 3629) decodes as the JDK decodes it; anything else, and the two
 * characters the fast path does not take (NUL and U+FFFD, which only the slow path can tell apart from damage), ends
 * it with -1, and the slow path decides.
 */
final class Utf8 {

    private Utf8() {
    }

    /**
     * @param out at least {@code in.length} chars (UTF-8 never decodes to more chars than it has bytes)
     * @return the chars written, or -1 when the bytes are not well-formed UTF-8 or decode to NUL or U+FFFD
     */
    static int decode(byte[] in, char[] out) {
        int n = in.length;
        int i = 0;
        int j = 0;
        while (i < n) {
            int c = in[i];
            if (c > 0) { // ASCII
                out[j++] = (char) c;
                i++;
                continue;
            }
            if (c == 0) {
                return -1;
            }
            c &= 0xFF;
            if (c >= 0xE0 && c <= 0xEF) { // three bytes: the Chinese characters and punctuation
                if (i + 2 >= n) {
                    return -1;
                }
                int b1 = in[i + 1];
                int b2 = in[i + 2];
                if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) {
                    return -1;
                }
                int ch = (c & 0x0F) << 12 | (b1 & 0x3F) << 6 | b2 & 0x3F;
                if (ch < 0x800 || ch >= 0xD800 && ch <= 0xDFFF || ch == 0xFFFD) {
                    return -1; // too long a form, a surrogate, or the replacement character
                }
                out[j++] = (char) ch;
                i += 3;
            } else if (c >= 0xC2 && c <= 0xDF) {
                if (i + 1 >= n || (in[i + 1] & 0xC0) != 0x80) {
                    return -1;
                }
                out[j++] = (char) ((c & 0x1F) << 6 | in[i + 1] & 0x3F);
                i += 2;
            } else if (c >= 0xF0 && c <= 0xF4) {
                if (i + 3 >= n) {
                    return -1;
                }
                int b1 = in[i + 1];
                int b2 = in[i + 2];
                int b3 = in[i + 3];
                if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80 || (b3 & 0xC0) != 0x80) {
                    return -1;
                }
                int cp = (c & 0x07) << 18 | (b1 & 0x3F) << 12 | (b2 & 0x3F) << 6 | b3 & 0x3F;
                if (cp < 0x10000 || cp > 0x10FFFF) {
                    return -1;
                }
                out[j++] = Character.highSurrogate(cp);
                out[j++] = Character.lowSurrogate(cp);
                i += 4;
            } else {
                return -1; // a continuation byte first, C0/C1 (too long a form), or F5 and above
            }
        }
        return j;
    }
}
