package org.zhibiao.extract;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores extracted rows against gold rows with the rules of the shared score.py: rows match on
 * (doc, indicator, kind, year); a match is right when value, unit (if there is a value), growth and qualifier
 * agree. Reports precision, recall, F1 and the rows that went wrong.
 */
final class GoldScore {

    record Row(String doc, String indicator, String kind, String year, String value, String unit, String growth,
               String qualifier, String text) {

        String key() {
            return doc + "|" + indicator + "|" + kind + "|" + year;
        }
    }

    final int tp;
    final int fp;
    final int fn;
    final List<String> notes;

    private GoldScore(int tp, int fp, int fn, List<String> notes) {
        this.tp = tp;
        this.fp = fp;
        this.fn = fn;
        this.notes = notes;
    }

    double precision() {
        return tp + fp == 0 ? (fn == 0 ? 1 : 0) : tp / (double) (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static List<Row> read(Reader reader) throws IOException {
        TsvTable t = TsvTable.read("gold", reader);
        List<Row> rows = new ArrayList<>();
        for (TsvTable.Row r : t.rows()) {
            rows.add(new Row(r.get("doc"), r.get("indicator"), r.get("kind"), r.get("year"), r.get("value").strip(),
                    r.get("unit").strip(), r.get("growth_pct").strip(), r.get("qualifier").strip(), r.get("text")));
        }
        return rows;
    }

    static GoldScore score(List<Row> gold, List<Row> predicted) {
        Map<String, List<Row>> byKey = new HashMap<>();
        for (Row g : gold) {
            byKey.computeIfAbsent(g.key(), k -> new ArrayList<>()).add(g);
        }
        Set<Row> used = new HashSet<>();
        int tp = 0;
        int fp = 0;
        List<String> notes = new ArrayList<>();
        for (Row p : predicted) {
            Row hit = null;
            for (Row g : byKey.getOrDefault(p.key(), List.of())) {
                if (!used.contains(g) && same(g, p)) {
                    hit = g;
                    break;
                }
            }
            if (hit != null) {
                used.add(hit);
                tp++;
            } else {
                fp++;
                notes.add((byKey.containsKey(p.key()) ? "WRONG  " : "EXTRA  ") + p);
            }
        }
        int fn = 0;
        for (Row g : gold) {
            if (!used.contains(g)) {
                fn++;
                notes.add("MISSED " + g);
            }
        }
        return new GoldScore(tp, fp, fn, notes);
    }

    private static boolean same(Row g, Row p) {
        return sameNumber(g.value(), p.value())
                && (g.value().isEmpty() || g.unit().equals(p.unit()))
                && sameNumber(g.growth(), p.growth())
                && g.qualifier().equals(p.qualifier());
    }

    private static boolean sameNumber(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
    }

    @Override
    public String toString() {
        return String.format("tp %d fp %d fn %d  P %.3f R %.3f F1 %.3f%n%s", tp, fp, fn, precision(), recall(), f1(),
                String.join("\n", notes));
    }
}
