package org.zhibiao.analysis;

import org.zhibiao.model.Figure;
import org.zhibiao.model.ReportIdentity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The engine measured against truth — gold labels, or what analysts decided in a workspace — with the rules of
 * the shared scoring script ({@link FigureMatch}): precision, recall and F1 per document and overall, the
 * figures missed, added or wrong, identification accuracy over the six columns of docs.tsv, and how well the
 * engine's confidence tells its right figures from its wrong ones.
 */
public final class Evaluation {

    /** One document: the truth and what the engine said. Identities may be null (no identification scored). */
    public record Document(String doc, List<Figure> truth, List<Figure> predicted, ReportIdentity trueIdentity,
                           ReportIdentity predictedIdentity) {
    }

    /** A document's score. */
    public record DocScore(String doc, int truth, int predicted, FigureMatch.Score score) {
    }

    /** A figure scored wrong: missed, extra, or found with a wrong field. */
    public record Miss(String doc, String what, String key, String detail) {

        @Override
        public String toString() {
            return String.format("%-6s %s %s: %s", what, doc, key, detail);
        }
    }

    /** One identification column of one document that disagreed. */
    public record IdMiss(String doc, String column, String truth, String got) {
    }

    /**
     * @param docs           per document, in name order
     * @param overall        the summed counts
     * @param misses         every miss, sorted as the script sorts its notes
     * @param idRight        identification columns right, out of {@code idScored}
     * @param idMisses       the columns that were wrong
     * @param confidenceAuroc the probability that a right figure has a higher confidence than a wrong one (ties
     *                       count half); NaN when there are no right or no wrong figures
     * @param wrongInLowestFifth the share of wrong figures among the least confident fifth of all predicted ones
     *                       ... as a share of all wrong figures (at least half is the aim)
     */
    public record Result(List<DocScore> docs, FigureMatch.Score overall, List<Miss> misses, int idRight, int idScored,
                         List<IdMiss> idMisses, double confidenceAuroc, double wrongInLowestFifth, int right, int wrong) {

        public double identificationAccuracy() {
            return idScored == 0 ? Double.NaN : idRight / (double) idScored;
        }
    }

    private Evaluation() {
    }

    public static Result of(List<Document> documents) {
        List<Document> sorted = new ArrayList<>(documents);
        sorted.sort(Comparator.comparing(Document::doc));
        List<DocScore> scores = new ArrayList<>();
        TreeSet<String> notes = new TreeSet<>();
        List<Miss> misses = new ArrayList<>();
        FigureMatch.Score overall = FigureMatch.Score.ZERO;
        List<double[]> confidences = new ArrayList<>(); // {confidence, right ? 1 : 0}
        int idRight = 0;
        int idScored = 0;
        List<IdMiss> idMisses = new ArrayList<>();
        for (Document d : sorted) {
            FigureMatch.Score s = match(d, misses, confidences);
            scores.add(new DocScore(d.doc(), d.truth().size(), d.predicted().size(), s));
            overall = overall.plus(s);
            if (d.trueIdentity() != null && d.predictedIdentity() != null) {
                ReportIdentity t = d.trueIdentity();
                ReportIdentity p = d.predictedIdentity();
                String[][] cols = {
                        {"province", t.province(), p.province()},
                        {"prefecture", t.prefecture(), p.prefecture()},
                        {"region", t.region(), p.region()},
                        {"report_year", str(t.reportYear()), str(p.reportYear())},
                        {"review_year", str(t.reviewYear()), str(p.reviewYear())},
                        {"doc_type", t.docType() == null ? "" : t.docType().code(), p.docType() == null ? "" : p.docType().code()}};
                for (String[] c : cols) {
                    idScored++;
                    if (Objects.equals(c[1], c[2])) {
                        idRight++;
                    } else {
                        idMisses.add(new IdMiss(d.doc(), c[0], c[1], c[2]));
                    }
                }
            }
        }
        misses.sort(Comparator.comparing(Miss::toString));
        int right = (int) confidences.stream().filter(c -> c[1] == 1).count();
        int wrong = confidences.size() - right;
        return new Result(scores, overall, misses, idRight, idScored, idMisses, auroc(confidences),
                wrongInLowestFifth(confidences), right, wrong);
    }

    private static FigureMatch.Score match(Document d, List<Miss> misses, List<double[]> confidences) {
        Map<String, List<Figure>> unused = new HashMap<>();
        for (Figure g : d.truth()) {
            unused.computeIfAbsent(key(g), k -> new ArrayList<>()).add(g);
        }
        int tp = 0;
        int fp = 0;
        for (Figure p : d.predicted()) {
            List<Figure> candidates = unused.getOrDefault(key(p), new ArrayList<>());
            int hit = -1;
            for (int i = 0; i < candidates.size(); i++) {
                if (FigureMatch.fieldsAgree(candidates.get(i), p)) {
                    hit = i;
                    break;
                }
            }
            if (hit >= 0) {
                candidates.remove(hit);
                tp++;
                confidences.add(new double[] {p.confidence(), 1});
            } else {
                fp++;
                confidences.add(new double[] {p.confidence(), 0});
                if (!candidates.isEmpty()) {
                    misses.add(new Miss(d.doc(), "WRONG", key(p), differences(candidates.get(0), p)));
                } else {
                    misses.add(new Miss(d.doc(), "EXTRA", key(p), cut(p.text())));
                }
            }
        }
        int fn = 0;
        for (List<Figure> left : unused.values()) {
            for (Figure g : left) {
                fn++;
                misses.add(new Miss(d.doc(), "MISSED", key(g), cut(g.text())));
            }
        }
        return new FigureMatch.Score(tp, fp, fn);
    }

    private static String differences(Figure g, Figure p) {
        List<String> bad = new ArrayList<>();
        if (!FigureMatch.sameNumber(g.value(), p.value())) {
            bad.add("value " + plain(g.value()) + " vs " + plain(p.value()));
        } else if (g.value() != null && !g.unit().equals(p.unit())) {
            bad.add("unit " + g.unit() + " vs " + p.unit());
        }
        if (!FigureMatch.sameNumber(g.growthPct(), p.growthPct())) {
            bad.add("growth " + plain(g.growthPct()) + " vs " + plain(p.growthPct()));
        }
        if (g.qualifier() != p.qualifier()) {
            bad.add("qualifier " + dash(g.qualifier().code()) + " vs " + dash(p.qualifier().code()));
        }
        return String.join("; ", bad);
    }

    /** Mann–Whitney: the share of (right, wrong) pairs where the right one is more confident, ties half. */
    static double auroc(List<double[]> c) {
        List<double[]> sorted = new ArrayList<>(c);
        sorted.sort(Comparator.comparingDouble(x -> x[0]));
        long pos = sorted.stream().filter(x -> x[1] == 1).count();
        long neg = sorted.size() - pos;
        if (pos == 0 || neg == 0) {
            return Double.NaN;
        }
        double rankSum = 0;
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j < sorted.size() && sorted.get(j)[0] == sorted.get(i)[0]) {
                j++;
            }
            double avgRank = (i + 1 + j) / 2.0; // ranks i+1 .. j
            for (int k = i; k < j; k++) {
                if (sorted.get(k)[1] == 1) {
                    rankSum += avgRank;
                }
            }
            i = j;
        }
        return (rankSum - pos * (pos + 1) / 2.0) / (pos * (double) neg);
    }

    /** The share of all wrong figures that fall in the least confident fifth (ties broken against the engine). */
    static double wrongInLowestFifth(List<double[]> c) {
        long wrong = c.stream().filter(x -> x[1] == 0).count();
        if (wrong == 0) {
            return Double.NaN;
        }
        List<double[]> sorted = new ArrayList<>(c);
        // least confident first; among equal confidences, right figures first, so ties never flatter the result
        sorted.sort(Comparator.<double[]>comparingDouble(x -> x[0]).thenComparing(x -> -x[1]));
        int fifth = (int) Math.ceil(sorted.size() / 5.0);
        long caught = sorted.subList(0, fifth).stream().filter(x -> x[1] == 0).count();
        return caught / (double) wrong;
    }

    private static String key(Figure f) {
        return f.indicator() + "/" + f.kind().code() + "/" + str(f.year());
    }

    private static String str(Integer i) {
        return i == null ? "" : i.toString();
    }

    private static String plain(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }

    private static String dash(String s) {
        return s.isEmpty() ? "-" : s;
    }

    private static String cut(String s) {
        String t = s.replace("\n", "\\n");
        return t.length() > 60 ? t.substring(0, 60) : t;
    }
}
