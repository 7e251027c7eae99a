package org.zhibiao.extract;

import org.zhibiao.model.DocType;
import org.zhibiao.model.Figure;
import org.zhibiao.model.Span;
import org.zhibiao.text.NormalizedText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The extraction engine: from a normalised report text to its identity and its figures. Stages run in this
 * order, each a small class: report years and document kind → passages (sections, cues, years) → lexicon
 * matches → quantities → assembly into figures → merge into one figure per (indicator, kind, year).
 * Holds only immutable lexicons, so one instance serves many threads.
 */
public final class Extractor {

    private final Lexicon lexicon;
    private final Phrases phrases;
    private final QuantityScanner scanner;
    private final FigureAssembler assembler;
    private final Identifier identifier;

    public Extractor(Lexicon lexicon, Units units, Phrases phrases, Identifier identifier) {
        this.lexicon = lexicon;
        this.phrases = phrases;
        this.scanner = new QuantityScanner(units);
        this.assembler = new FigureAssembler(lexicon, phrases);
        this.identifier = identifier;
    }

    public static Extractor loadDefault() {
        return with(Lexicon.loadDefault());
    }

    /** The engine with a given lexicon (the bundled one plus an analyst's additions) and the bundled rest. */
    public static Extractor with(Lexicon lexicon) {
        Phrases phrases = Phrases.loadDefault();
        return new Extractor(lexicon, Units.loadDefault(), phrases, Identifier.loadDefault(phrases));
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** Identity and figures of one document. */
    public Reading read(NormalizedText doc) {
        var identity = identifier.identify(doc.text());
        return new Reading(identity, figures(doc, identity.reportYear(), identity.reviewYear()));
    }

    /** The figures of a document whose report and review years are known (null: unknown). */
    public List<Figure> figures(NormalizedText doc, Integer reportYear, Integer reviewYear) {
        String text = doc.text();
        int report = reportYear != null ? reportYear : reviewYear != null ? reviewYear + 1 : 0;
        int review = reviewYear != null ? reviewYear : report - 1;
        Passages passages = new Passages(text, phrases, report, review, ReportYears.deliveredLate(text));
        List<TermMatch> mentions = lexicon.find(text);
        List<Quantity> quantities = scanner.scan(text);
        List<Draft> drafts = assembler.assemble(text, mentions, quantities, passages);
        List<Figure> out = new ArrayList<>();
        for (Draft d : merge(drafts)) {
            Span original = doc.toOriginal(new Span(d.start, d.end));
            Integer year = d.year == null || d.year <= 0 ? null : d.year;
            out.add(new Figure(d.indicator, d.kind, year, d.value, d.unit, d.growth, d.qualifier(),
                    doc.original().substring(original.start(), original.end()), original, d.confidence, d.rule));
        }
        out.sort(Comparator.comparing(Figure::span));
        return out;
    }

    /** One figure per (indicator, kind, year): a level and a rate stated in two places become one row. */
    private static List<Draft> merge(List<Draft> drafts) {
        Map<String, Draft> byKey = new LinkedHashMap<>();
        for (Draft d : drafts) {
            String key = d.indicator + '|' + d.kind + '|' + d.year;
            Draft first = byKey.putIfAbsent(key, d);
            if (first == null || first == d) {
                continue;
            }
            if (first.value == null && d.value != null) {
                first.value = d.value;
                first.unit = d.unit;
                first.valueQualifier = d.valueQualifier;
            }
            if (first.growth == null && d.growth != null) {
                first.growth = d.growth;
                first.growthQualifier = d.growthQualifier;
                first.average = d.average;
            }
            first.qualitative |= d.qualitative;
            first.confidence = Math.max(first.confidence, d.confidence);
        }
        return new ArrayList<>(byKey.values());
    }

    /** What one document is and what it states. */
    public record Reading(org.zhibiao.model.ReportIdentity identity, List<Figure> figures) {

        public DocType docType() {
            return identity.docType();
        }
    }
}
