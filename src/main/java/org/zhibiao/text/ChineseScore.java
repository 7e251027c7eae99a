package org.zhibiao.text;

/**
 * Judges how much a decoded candidate looks like real Chinese prose. A wrong legacy charset (GBK bytes read
 * as Big5 or the reverse, or any of them read as UTF-16) still yields valid-looking Han characters, but
 * almost never the handful of characters that make up a large share of every report.
 */
final class ChineseScore {

    /** Very frequent characters of report prose, simplified and traditional forms both. */
    private static final String COMMON =
            "的一是在了和有年发發展经經济濟增长長不为為这這中大上个個国國以要人到时時来來们們生地出就对對成会會"
            + "可主工业業产產全面进進行实實现現动動万萬亿億元比重点點新建设設市县縣区區政府作等项項目提高化"
            + "加强強推服务務农農村城镇鎮民收入投资資总總值亿率完我和年度改革开開放社保障持续續企合制于於"
            + "其得了与與同也下过過多部门門进一步稳穩定合计計划劃";

    private static final boolean[] IS_COMMON = new boolean[0x10000];

    static {
        for (int i = 0; i < COMMON.length(); i++) {
            IS_COMMON[COMMON.charAt(i)] = true;
        }
    }

    private ChineseScore() {
    }

    /**
     * @return the share of common characters among the non-ASCII ones, less three times the share of
     * characters that never occur in text, so that a candidate full of garbage loses to any clean one
     */
    static double of(String s) {
        int nonAscii = 0;
        int common = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                nonAscii++;
                if (IS_COMMON[c]) {
                    common++;
                }
            }
        }
        double commonShare = nonAscii == 0 ? 0 : (double) common / nonAscii;
        return commonShare - 3 * badShare(s);
    }

    /** @return the share of characters that cannot occur in a text file */
    static double badShare(String s) {
        int bad = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isBad(s, i, s.charAt(i))) {
                bad++;
            }
        }
        return s.isEmpty() ? 0 : (double) bad / s.length();
    }

    private static boolean isBad(String s, int i, char c) {
        if (c < 0x20) {
            return c != '\n' && c != '\r' && c != '\t' && c != '\f';
        }
        if (c == 0x7F || c == '\uFFFD' || c >= 0xE000 && c <= 0xF8FF || c >= 0x80 && c < 0xA0) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }
}
