package org.zhibiao.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The units of units.tsv, matched longest first right after a number. */
public final class Units {

    private final List<String> longestFirst;
    /**
     * For each char, the units that start with it, longest first, or null: asked after every number of every report,
     * so one look-up (a binary search of the units' first chars was 1 % of the engine's time, a map of boxed
     * Characters before it 4 %).
     */
    private final String[][] byFirstChar = new String[Character.MAX_VALUE + 1][];
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
        Map<Character, List<String>> index = new HashMap<>();
        for (String u : longestFirst) {
            index.computeIfAbsent(u.charAt(0), c -> new ArrayList<>()).add(u);
        }
        index.forEach((c, starting) -> byFirstChar[c] = starting.toArray(String[]::new));
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
        String[] units = byFirstChar[text.charAt(pos)];
        if (units == null) {
            return null;
        }
        for (String u : units) {
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
