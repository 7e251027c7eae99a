package org.zhibiao.text;

/**
 * Pass two: removes what web pages insert into report text. Pinyin glosses after characters, as in
 * 地區(qū)生產(chǎn)總值 from sites that annotate traditional text, and watermark tokens such as the
 * "2Iu" in 各位代表:2Iu that some sites sprinkle to trace copies.
 */
final class NoiseRemover {

    private static final String TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü";
    private static final int MAX_GLOSS = 6;

    /** ASCII punctuation that joins a token to its neighbour, as in Wi-Fi, www.xx.cn or R&D: no watermark. */
    private static final String JOINERS = ".-_/&@+'#=\\";

    /**
     * Mixed-case units and names that look like watermarks between Han characters: 50万m2, 1万kWh.
     */
    private static final java.util.Set<String> KEEP = java.util.Set.of(
            "m2", "m3", "km2", "kWh", "MWh", "GWh", "TWh", "kW", "MW", "GW", "kV", "kVA", "MVA", "mAh",
            "Mbps", "Gbps", "kHz", "MHz", "GHz", "IPv4", "IPv6", "WiFi", "pH", "iPhone", "iPad", "Hz", "dB", "mL");

    private NoiseRemover() {
    }

    static MappedChars remove(MappedChars in) {
        int n = in.length();
        MappedChars out = new MappedChars(n);
        int i = 0;
        while (i < n) {
            char c = in.charAt(i);
            if (c == '(' && out.length() > 0 && Chars.isHan(out.charAt(out.length() - 1))) {
                int end = glossEnd(in, i);
                if (end > 0) {
                    i = end;
                    continue;
                }
            }
            if (Chars.isAsciiAlnum(c)) {
                int end = i + 1;
                while (end < n && Chars.isAsciiAlnum(in.charAt(end))) {
                    end++;
                }
                if (!isWatermark(in, i, end)) {
                    out.append(in, i, end);
                }
                i = end;
                continue;
            }
            // up to the next bracket or letter at once: nothing between is noise
            int end = i + 1;
            while (end < n && in.charAt(end) != '(' && !Chars.isAsciiAlnum(in.charAt(end))) {
                end++;
            }
            out.append(in, i, end);
            i = end;
        }
        return out;
    }

    /** @return the offset after the closing bracket of a pinyin gloss starting at {@code open}, or -1 */
    private static int glossEnd(MappedChars in, int open) {
        int i = open + 1;
        while (i < in.length() && i - open - 1 <= MAX_GLOSS) {
            char c = in.charAt(i);
            if (c == ')') {
                return i - open - 1 >= 1 ? i + 1 : -1;
            }
            if (!(c >= 'a' && c <= 'z') && TONE_VOWELS.indexOf(c) < 0) {
                return -1;
            }
            i++;
        }
        return -1;
    }

    /**
     * A watermark mixes a lower-case letter with an upper-case letter or digit, is 2 to 5 chars long and stands
     * alone between Han characters, punctuation or spaces. GDP, 5G, PM2.5 and CPI have no lower-case letter.
     */
    private static boolean isWatermark(MappedChars in, int start, int end) {
        int length = end - start;
        if (length < 2 || length > 5) {
            return false;
        }
        boolean lower = false;
        boolean upperOrDigit = false;
        for (int i = start; i < end; i++) {
            char c = in.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else {
                upperOrDigit = true;
            }
        }
        if (!lower || !upperOrDigit) {
            return false;
        }
        if (start > 0 && JOINERS.indexOf(in.charAt(start - 1)) >= 0
                || end < in.length() && JOINERS.indexOf(in.charAt(end)) >= 0) {
            return false;
        }
        return !KEEP.contains(tokenText(in, start, end));
    }

    private static String tokenText(MappedChars in, int start, int end) {
        char[] token = new char[end - start];
        for (int i = start; i < end; i++) {
            token[i - start] = in.charAt(i);
        }
        return new String(token);
    }
}
