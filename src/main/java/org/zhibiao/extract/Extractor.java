package org.zhibiao.extract;

import org.zhibiao.model.DocType;
import org.zhibiao.model.Figure;
import org.zhibiao.model.ReportIdentity;
import org.zhibiao.text.NormalizedText;

import java.util.List;

/**
 * The extraction engine: from a normalised report text to its identity and its figures, as a pipeline of steps
 * ({@link Steps}): normalise → names → document frame → passages → clause frame → lexicon → quantities → assembly →
 * merge. Holds only immutable lexicons, so one instance serves many threads.
 */
public final class Extractor {

    private final Lexicon lexicon;
    private final Phrases phrases;
    private final QuantityScanner scanner;
    private final FigureAssembler assembler;
    private final Identifier identifier;
    /** Region names, self-references and indicator names, found in a text in one pass (Steps.Names). */
    private final NameIndex.Group names;
    private final Pipeline pipeline;

    public Extractor(Lexicon lexicon, Units units, Phrases phrases, Identifier identifier) {
        this.lexicon = lexicon;
        this.phrases = phrases;
        this.scanner = new QuantityScanner(units);
        this.assembler = new FigureAssembler(lexicon, phrases);
        this.identifier = identifier;
        List<NameIndex<?>> indexes = new java.util.ArrayList<>(identifier.nameIndexes());
        indexes.add(lexicon.index());
        this.names = new NameIndex.Group(indexes.toArray(NameIndex<?>[]::new));
        this.pipeline = pipeline(null);
    }

    private Pipeline pipeline(DocumentFrame given) {
        return new Pipeline(List.of(new Steps.Normalise(), new Steps.Names(names), new Steps.Frame(identifier, given),
                new Steps.PassagesStep(phrases),
                new Steps.Clauses(phrases), new Steps.LexiconStep(lexicon), new Steps.Quantities(scanner),
                new Steps.Assembly(assembler), new Steps.Merge()));
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

    /** The steps, in order (for {@code bench}'s per-step timings). */
    public List<Step> steps() {
        return pipeline.steps();
    }

    /** Identity and figures of one document. */
    public Reading read(NormalizedText doc) {
        return read(doc, null);
    }

    /** Identity and figures of one document, telling the timer how long each step took. */
    public Reading read(NormalizedText doc, Pipeline.Timer timer) {
        Annotated a = pipeline.run(new Annotated(doc), timer);
        return new Reading(a.get(Keys.FRAME).identity(), a.get(Keys.FIGURES), a.get(Keys.FRAME), a.get(Keys.FIGURE_REASONS));
    }

    /** The document frame alone: whose report, which year, what kind of text, and why. */
    public DocumentFrame frame(NormalizedText doc) {
        return identifier.frame(doc.text());
    }

    /** The figures of a document whose report and review years are known (null: unknown). */
    public List<Figure> figures(NormalizedText doc, Integer reportYear, Integer reviewYear) {
        return read(doc, reportYear, reviewYear).figures();
    }

    /**
     * Identity and figures with their reasons, for a document whose years an analyst has settled: the years are
     * taken as given (the frame says so), the rest is read from the text.
     */
    public Reading read(NormalizedText doc, Integer reportYear, Integer reviewYear) {
        DocumentFrame found = identifier.frame(doc.text());
        ReportIdentity id = found.identity();
        ReportIdentity given = new ReportIdentity(id.province(), id.prefecture(), id.region(), id.regionCode(),
                reportYear, reviewYear, id.docType());
        List<Reason> yearReasons = java.util.Objects.equals(reportYear, id.reportYear()) ? found.yearReasons()
                : List.of(Reason.whole(Reason.What.YEAR_SETTLED, 1, reportYear));
        DocumentFrame frame = new DocumentFrame(given, found.deliveredLate(), yearReasons, found.placeReasons(),
                found.typeReasons());
        Annotated a = pipeline(frame).run(new Annotated(doc));
        return new Reading(given, a.get(Keys.FIGURES), frame, a.get(Keys.FIGURE_REASONS));
    }

    /**
     * What one document is and what it states, with the evidence.
     *
     * @param reasons the reasons of each figure, in the order of {@code figures}
     */
    public record Reading(ReportIdentity identity, List<Figure> figures, DocumentFrame frame, List<List<Reason>> reasons) {

        public Reading(ReportIdentity identity, List<Figure> figures) {
            this(identity, figures, null, List.of());
        }

        public DocType docType() {
            return identity.docType();
        }
    }
}
