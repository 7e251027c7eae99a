package org.zhibiao.ui;

import javafx.scene.text.Font;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds a font family that shows Chinese, preferring the common CJK UI fonts of each OS. */
final class ChineseFont {

    static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
            "Microsoft YaHei", "PingFang SC", "Noto Sans SC", "WenQuanYi Micro Hei", "Droid Sans Fallback");
    private static final List<String> HINTS = List.of("cjk", "han sans", "yahei", "pingfang", "hei", "song", "kai",
            "wenquanyi", "fallback", "ming", "gothic");

    private ChineseFont() {
    }

    /** The family to use for the UI, or empty when no installed family looks able to show 指标. */
    static Optional<String> find() {
        return find(Font.getFamilies());
    }

    static Optional<String> find(List<String> families) {
        for (String p : PREFERRED) {
            for (String f : families) {
                if (f.equalsIgnoreCase(p)) {
                    return Optional.of(f);
                }
            }
        }
        return families.stream().filter(f -> {
            String l = f.toLowerCase(Locale.ROOT);
            return HINTS.stream().anyMatch(l::contains) || f.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF);
        }).findFirst();
    }
}
