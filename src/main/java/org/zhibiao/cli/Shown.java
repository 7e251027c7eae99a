package org.zhibiao.cli;

import java.nio.file.Path;

/**
 * A file name as a progress or error line shows it: control characters (a newline in a name) and the marks that
 * turn text right to left are written as \\uXXXX, so one file is always one line and reads in order.
 */
final class Shown {

    private Shown() {
    }

    static String path(Path p) {
        String s = p.toString();
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || c >= '\u200B' && c <= '\u200F' || c >= '\u202A' && c <= '\u202E'
                    || c >= '\u2066' && c <= '\u2069') {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
