package org.zhibiao.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Expands the compact name patterns of terms.tsv: {@code [x]} is optional, {@code {a|b|c}} is a choice.
 * {@code {城镇|城市}[常住]居民人均可支配收入} gives four names. Groups do not nest.
 */
final class TermPattern {

    private TermPattern() {
    }

    static List<String> expand(String pattern) {
        List<String> out = new ArrayList<>();
        out.add("");
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '[' || c == '{') {
                char close = c == '[' ? ']' : '}';
                int j = pattern.indexOf(close, i);
                if (j < 0) {
                    throw new IllegalArgumentException("unclosed " + c + " in " + pattern);
                }
                String body = pattern.substring(i + 1, j);
                if (body.indexOf('[') >= 0 || body.indexOf('{') >= 0) {
                    throw new IllegalArgumentException("nested group in " + pattern);
                }
                List<String> options = new ArrayList<>(List.of(body.split("\\|", -1)));
                if (c == '[') {
                    options.add("");
                }
                List<String> next = new ArrayList<>(out.size() * options.size());
                for (String prefix : out) {
                    for (String o : options) {
                        next.add(prefix + o);
                    }
                }
                out = next;
                i = j + 1;
            } else if (c == ']' || c == '}' || c == '|') {
                throw new IllegalArgumentException("stray " + c + " in " + pattern);
            } else {
                int j = i;
                while (j < pattern.length() && "[{]}|".indexOf(pattern.charAt(j)) < 0) {
                    j++;
                }
                String lit = pattern.substring(i, j);
                out.replaceAll(s -> s + lit);
                i = j;
            }
        }
        out.removeIf(String::isEmpty);
        return out;
    }
}
