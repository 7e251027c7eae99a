package org.zhibiao.service;

import org.zhibiao.model.Figure;

import java.math.BigDecimal;

/** A figure in one line, for the change log and messages: gdp/actual/2022 129亿元 +3.1% ge. */
public final class FigureText {

    private FigureText() {
    }

    public static String describe(Figure f) {
        StringBuilder b = new StringBuilder(f.indicator()).append('/').append(f.kind().code()).append('/')
                .append(f.year() == null ? "?" : f.year());
        if (f.value() != null) {
            b.append(' ').append(plain(f.value())).append(f.unit());
        }
        if (f.growthPct() != null) {
            b.append(' ').append(f.growthPct().signum() >= 0 ? "+" : "").append(plain(f.growthPct())).append('%');
        }
        if (!f.qualifier().code().isEmpty()) {
            b.append(' ').append(f.qualifier().code());
        }
        return b.toString();
    }

    /** A figure as the change log keeps it whole (an added or removed figure) in words; other values as they are. */
    public static String readable(String logged) {
        return logged != null && FigureCodec.isEncoded(logged) ? describe(FigureCodec.decode(logged)) : logged;
    }

    static String plain(BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }
}
