package org.zhibiao.cli;

import org.zhibiao.extract.Reason;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The evidence behind a row, for --explain: one line each, starting with # so TSV readers can skip them. */
final class Explain {

    private Explain() {
    }

    static void print(PrintWriter out, List<Reason> reasons, String text) {
        for (String line : lines(reasons, text)) {
            out.println("#\t" + line);
        }
    }

    static List<String> lines(List<Reason> reasons, String text) {
        Locale locale = Locale.getDefault();
        return reasons.stream().map(r -> r.describe(locale, text)).toList();
    }
}
