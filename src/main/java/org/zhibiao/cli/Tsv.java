package org.zhibiao.cli;

import java.math.BigDecimal;

/** Writing TSV fields: no tabs or line breaks inside a field (written as \t and \n, as the gold files do). */
final class Tsv {

    private Tsv() {
    }

    static String field(Object o) {
        if (o == null) {
            return "";
        }
        String s = o instanceof BigDecimal d ? d.toPlainString() : o.toString();
        if (s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0 && s.indexOf('\\') < 0) {
            return s;
        }
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }

    static String row(Object... fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                b.append('\t');
            }
            b.append(field(fields[i]));
        }
        return b.toString();
    }
}
