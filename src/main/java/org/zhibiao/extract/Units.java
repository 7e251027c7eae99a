package org.zhibiao.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The units of units.tsv, matched longest first right after a number. */
public final class Units {

    private final List<String> longestFirst;
    /** The units' first chars, sorted, and for each the units that start with it, longest first. */
    private final char[] firstChars;
    private final String[][] byFirstChar;
    private final Map<String, String> classOf;

    public Units(TsvTable table) {
        Map<String, String> classes = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String unit = row.get("unit");
            if (unit.isEmpty()) {
                throw row.error("empty unit");
            }
            if (classes.put(unit, row.get("class")) != null) {
                throw row.error("duplicate unit " + unit);
            }
        }
        List<String> units = new ArrayList<>(classes.keySet());
        units.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.longestFirst = List.copyOf(units);
        // asked after every number of every report: a sorted array and no boxed Character (a map was 4 % of
        // the engine's time)
        java.util.TreeMap<Character, List<String>> index = new java.util.TreeMap<>();
        for (String u : longestFirst) {
            index.computeIfAbsent(u.charAt(0), c -> new ArrayList<>()).add(u);
        }
        this.firstChars = new char[index.size()];
        this.byFirstChar = new String[index.size()][];
        int k = 0;
        for (Map.Entry<Character, List<String>> e : index.entrySet()) {
            firstChars[k] = e.getKey();
            byFirstChar[k++] = e.getValue().toArray(String[]::new);
        }
        this.classOf = Map.copyOf(classes);
    }

    public static Units loadDefault() {
        return new Units(TsvTable.resource("units.tsv"));
    }

    /** The longest unit written at {@code pos}, or null. */
    public String match(String text, int pos) {
        if (pos >= text.length()) {
            return null;
        }
        int group = java.util.Arrays.binarySearch(firstChars, text.charAt(pos));
        if (group < 0) {
            return null;
        }
        for (String u : byFirstChar[group]) {
            if (regionMatches(text, pos, u)) {
                return u;
            }
        }
        return null;
    }

    public String classOf(String unit) {
        return classOf.getOrDefault(unit, "other");
    }

    static boolean regionMatches(String text, int pos, String s) {
        if (pos < 0 || pos + s.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (text.charAt(pos + i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
