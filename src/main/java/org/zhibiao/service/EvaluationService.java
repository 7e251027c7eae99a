package org.zhibiao.service;

import org.zhibiao.analysis.Evaluation;
import org.zhibiao.extract.Extractor;
import org.zhibiao.extract.Lexicon;
import org.zhibiao.model.Figure;
import org.zhibiao.model.ReportSummary;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;
import org.zhibiao.store.Workspace;
import org.zhibiao.text.Normalizer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the engine: against gold files, or against what a team decided in its workspace. In a workspace the
 * truth is the analysts' final figures of every report nobody has left pending — confirmed, corrected and added
 * figures stand, rejected ones are not figures — and the engine is run afresh on each report's text with the
 * years the analysts settled. Figures the analysts added are the engine's misses; the names they stand on that
 * the lexicon does not know are candidate synonyms.
 */
public final class EvaluationService {

    /** The score, and the names analysts added figures for that the lexicon lacks, with how often. */
    public record Outcome(Evaluation.Result result, int documents, Map<String, Integer> candidateNames) {
    }

    /** The name in front of an added figure's number: Han characters up to the first digit or growth word. */
    private static final Pattern NAME = Pattern.compile("^[\\s“”\"]*([\\p{IsHan}A-Za-z&()（）]{2,24}?)(?:完成|实现|达到|增长|下降|为|达|突破|超过|\\d)");

    private final Extractor extractor;
    private final Normalizer normalizer = new Normalizer();

    public EvaluationService(Extractor extractor) {
        this.extractor = extractor;
    }

    /** The engine on files, scored against gold indicators (and identities when docs.tsv is given). */
    public Outcome files(Path goldIndicators, Path goldDocs, List<Path> paths) throws IOException {
        Map<String, List<Figure>> gold = GoldFiles.figures(goldIndicators);
        Map<String, org.zhibiao.model.ReportIdentity> ids = goldDocs == null ? Map.of() : GoldFiles.identities(goldDocs);
        DocumentReader reader = new DocumentReader(extractor);
        List<Evaluation.Document> docs = new ArrayList<>();
        for (Path file : DocumentReader.expand(paths)) {
            DocumentReader.Result r = reader.read(file);
            String name = file.getFileName().toString();
            if (!r.ok()) {
                continue;
            }
            docs.add(new Evaluation.Document(name, gold.getOrDefault(name, List.of()), r.reading().figures(),
                    ids.get(name), ids.containsKey(name) ? r.reading().identity() : null));
        }
        return new Outcome(Evaluation.of(docs), docs.size(), Map.of());
    }

    /** The engine against the analysts' decisions in a workspace. */
    public Outcome workspace(Workspace ws) {
        List<Evaluation.Document> docs = new ArrayList<>();
        Map<String, Integer> names = new TreeMap<>();
        List<ReportSummary> reports = ws.inTransaction(() -> ws.reports().summaries());
        for (ReportSummary s : reports) {
            if (s.pending() > 0 || s.figures() == 0) {
                continue;
            }
            long id = s.report().id();
            List<ReviewedFigure> decided = ws.inTransaction(() -> ws.figures().byReport(id));
            String text = ws.inTransaction(() -> ws.reports().text(id));
            List<Figure> truth = new ArrayList<>();
            for (ReviewedFigure f : decided) {
                if (f.status() == Status.REJECTED) {
                    continue;
                }
                truth.add(f.figure());
                if (f.status() == Status.ADDED) {
                    String name = unknownName(f.figure().text(), extractor.lexicon());
                    if (name != null) {
                        names.merge(name, 1, Integer::sum);
                    }
                }
            }
            var identity = s.report().identity();
            List<Figure> engine = extractor.figures(normalizer.normalize(text), identity.reportYear(), identity.reviewYear());
            docs.add(new Evaluation.Document(s.report().fileName(), truth, engine, null, null));
        }
        Map<String, Integer> byCount = new java.util.LinkedHashMap<>();
        names.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> byCount.put(e.getKey(), e.getValue()));
        return new Outcome(Evaluation.of(docs), docs.size(), byCount);
    }

    /**
     * The name an added figure's text starts with, when no indicator name of the lexicon is in it; else null.
     * A name the lexicon holds as "not a core indicator" (出口总额) is reported too: the analysts disagree with it.
     */
    String unknownName(String text, Lexicon lexicon) {
        String normal = normalizer.normalize(text).text();
        boolean known = lexicon.find(normal).stream().anyMatch(m -> !m.term().blocks());
        if (known) {
            return null;
        }
        Matcher m = NAME.matcher(normal);
        return m.find() ? m.group(1) : null;
    }
}
