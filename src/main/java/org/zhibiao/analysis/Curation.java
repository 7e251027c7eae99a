package org.zhibiao.analysis;

import org.zhibiao.model.Figure;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two analysts' versions of a report side by side, for a lead to curate: their final figures (rejected ones left
 * out) paired on (indicator, kind, year) as the agreement score pairs them, one row per pair or per figure only
 * one of them kept.
 */
public final class Curation {

    private Curation() {
    }

    /** One line of the curation view: A's and B's figure for the same thing (either may be absent). */
    public record Row(ReviewedFigure a, ReviewedFigure b) {

        /** Both kept the figure and agree on every scored field. */
        public boolean agreed() {
            return a != null && b != null && FigureMatch.fieldsAgree(a.figure(), b.figure());
        }

        /** The figure to show first: A's, else B's. */
        public Figure either() {
            return a != null ? a.figure() : b.figure();
        }
    }

    /** Pairs the two versions; rows in text order of the figure they show. */
    public static List<Row> align(List<ReviewedFigure> a, List<ReviewedFigure> b) {
        Map<String, List<ReviewedFigure>> bByKey = new LinkedHashMap<>();
        for (ReviewedFigure f : kept(b)) {
            bByKey.computeIfAbsent(key(f.figure()), k -> new ArrayList<>()).add(f);
        }
        List<Row> rows = new ArrayList<>();
        for (ReviewedFigure fa : kept(a)) {
            List<ReviewedFigure> candidates = bByKey.getOrDefault(key(fa.figure()), new ArrayList<>());
            ReviewedFigure partner = null;
            for (ReviewedFigure fb : candidates) {
                if (FigureMatch.fieldsAgree(fa.figure(), fb.figure())) {
                    partner = fb;
                    break;
                }
            }
            if (partner == null && !candidates.isEmpty()) {
                partner = candidates.get(0);
            }
            if (partner != null) {
                candidates.remove(partner);
            }
            rows.add(new Row(fa, partner));
        }
        for (List<ReviewedFigure> left : bByKey.values()) {
            for (ReviewedFigure fb : left) {
                rows.add(new Row(null, fb));
            }
        }
        rows.sort(Comparator.comparingInt((Row r) -> r.either().span().start()).thenComparing(r -> r.either().indicator()));
        return rows;
    }

    private static List<ReviewedFigure> kept(List<ReviewedFigure> figures) {
        return figures.stream().filter(f -> f.status() != Status.REJECTED).toList();
    }

    private static String key(Figure f) {
        return f.indicator() + "|" + f.kind().code() + "|" + f.year();
    }
}
