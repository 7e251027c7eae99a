package org.zhibiao.service;

import org.zhibiao.model.Figure;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Span;

import java.math.BigDecimal;

/**
 * A whole figure as one change-log value, so that a figure added by hand can be removed by undo and put back by
 * redo: its fields joined by a unit separator (U+001F), which report text does not contain.
 */
final class FigureCodec {

    private static final String SEP = "\u001f";

    private FigureCodec() {
    }

    static String encode(Figure f) {
        return String.join(SEP, f.indicator(), f.kind().code(), f.year() == null ? "" : f.year().toString(),
                FigureText.plain(f.value()), f.unit(), FigureText.plain(f.growthPct()), f.qualifier().code(),
                Integer.toString(f.span().start()), Integer.toString(f.span().end()), f.text().replace(SEP, " "));
    }

    static boolean isEncoded(String s) {
        return s != null && s.split(SEP, -1).length == 10;
    }

    static Figure decode(String s) {
        String[] p = s.split(SEP, -1);
        return new Figure(p[0], Kind.fromCode(p[1]), p[2].isEmpty() ? null : Integer.valueOf(p[2]),
                p[3].isEmpty() ? null : new BigDecimal(p[3]), p[4], p[5].isEmpty() ? null : new BigDecimal(p[5]),
                Qualifier.fromCode(p[6]), p[9], new Span(Integer.parseInt(p[7]), Integer.parseInt(p[8])), 1.0, "added by hand");
    }
}
