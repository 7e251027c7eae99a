package org.zhibiao.extract;

import org.zhibiao.model.Figure;
import org.zhibiao.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steps of the engine, in pipeline order: normalise → names → document frame → passages → clause frame → lexicon →
 * quantities → assembly → merge. Each is small and says what it reads and adds; the work is in the classes they
 * call.
 */
final class Steps {

    private Steps() {
    }

    /**
     * Reads the decoded, normalised document; adds TEXT, the string all offsets point into, and CHARS, its characters
     * for the scans that read each of them.
     */
    record Normalise() implements Step {
        public String name() {
            return "normalise";
        }

        public Set<Key<?>> requires() {
            return Set.of();
        }

        public Set<Key<?>> adds() {
            return Set.of(Keys.TEXT, Keys.CHARS);
        }

        public void annotate(Annotated doc) {
            String text = doc.doc().text();
            doc.put(Keys.TEXT, text);
            doc.put(Keys.CHARS, text.toCharArray());
        }
    }

    /**
     * Reads CHARS; adds NAMES: where the gazetteer's region names, the words a report speaks of itself with and the
     * lexicon's indicator names stand, found in one pass for the frame and lexicon steps.
     */
    record Names(NameIndex.Group names) implements Step {
        public String name() {
            return "names";
        }

        public Set<Key<?>> requires() {
            return Set.of(Keys.CHARS);
        }

        public Set<Key<?>> adds() {
            return Set.of(Keys.NAMES);
        }

        public void annotate(Annotated doc) {
            doc.put(Keys.NAMES, names.find(doc.get(Keys.CHARS)));
        }
    }

    /**
     * Reads TEXT, CHARS and NAMES; adds FRAME: the report year, region and document type from weighed evidence, with the
     * reasons (ReportYears, RegionResolver, DocumentKinds). A frame given from outside (an analyst's correction of
     * the year) is used as it is.
     */
    record Frame(Identifier identifier, DocumentFrame given) implements Step {
        public String name() {
            return "document frame";
        }

        public Set<Key<?>> requires() {
            return Set.of(Keys.TEXT, Keys.CHARS, Keys.NAMES);
        }

        public Set<Key<?>> adds() {
            return Set.of(Keys.FRAME);
        }

        public void annotate(Annotated doc) {
            doc.put(Keys.FRAME, given != null ? given
                    : identifier.frame(doc.get(Keys.TEXT), doc.get(Keys.CHARS), doc.get(Keys.NAMES)));
        }
    }

    /** Reads TEXT, CHARS and FRAME; adds PASSAGES: headings and cue words, what each stretch of text is about. */
    record PassagesStep(Phrases phrases) implements Step {
        public String name() {
            return "passages";
        }

        public Set<Key<?>> requires() {
            return Set.of(Keys.TEXT, Keys.CHARS, Keys.FRAME);
        }

        public Set<Key<?>> adds() {
            return Set.of(Keys.PASSAGES);
        }

        public void annotate(Annotated doc) {
            DocumentFrame f = doc.get(Keys.FRAME);
            doc.put(Keys.PASSAGES, new Passages(doc.get(Keys.TEXT), doc.get(Keys.CHARS), phrases, f.reportYear(), f.reviewYear(), f.deliveredLate()));
        }
    }

    /** Reads TEXT and PASSAGES; adds CLAUSES: a figure's kind and year from its own clause against its passage. */
    record Clauses(Phrases phrases) implements Step {
        public String name() {
            return "clause frame";
        }

        public Set<Key<?>> requires() {
            return Set.of(Keys.TEXT, Keys.PASSAGES);
        }

        public Set<Key<?>> adds() {
            return Set.of(Keys.CLAUSES);
        }

        public void annotate(Annotated doc) {
            doc.put(Keys.CLAUSES, new ClauseFrame(doc.get(Keys.TEXT), doc.get(Keys.PASSAGES), phrases));
        }
    }

    /** Reads NAMES; adds MENTIONS: the lexicon's indicator names, the longest where they overlap. */
    record LexiconStep(Lexicon lexicon) implements Step {
        public String name() {
            return "lexicon";
        }

        public Set<Key<?>> requires() {
            return Set.of(Keys.NAMES);
        }

        public Set<Key<?>> adds() {
            return Set.of(Keys.MENTIONS);
        }

        public void annotate(Annotated doc) {
            doc.put(Keys.MENTIONS, List.copyOf(lexicon.find(doc.get(Keys.NAMES))));
        }
    }

    /** Reads TEXT and CHARS; adds QUANTITIES: numbers with their units, ranges and qualifier words. */
    record Quantities(QuantityScanner scanner) implements Step {
        public String name() {
            return "quantities";
        }

        public Set<Key<?>> requires() {
            return Set.of(Keys.TEXT, Keys.CHARS);
        }

        public Set<Key<?>> adds() {
            return Set.of(Keys.QUANTITIES);
        }

        public void annotate(Annotated doc) {
            doc.put(Keys.QUANTITIES, List.copyOf(scanner.scan(doc.get(Keys.TEXT), doc.get(Keys.CHARS))));
        }
    }

    /** Reads TEXT, FRAME, PASSAGES, CLAUSES, MENTIONS, QUANTITIES; adds DRAFTS: names paired with their numbers. */
    record Assembly(FigureAssembler assembler) implements Step {
        public String name() {
            return "assembly";
        }

        public Set<Key<?>> requires() {
            return Set.of(Keys.TEXT, Keys.FRAME, Keys.PASSAGES, Keys.CLAUSES, Keys.MENTIONS, Keys.QUANTITIES);
        }

        public Set<Key<?>> adds() {
            return Set.of(Keys.DRAFTS);
        }

        public void annotate(Annotated doc) {
            doc.put(Keys.DRAFTS, List.copyOf(assembler.assemble(doc.get(Keys.TEXT), doc.get(Keys.MENTIONS),
                    doc.get(Keys.QUANTITIES), doc.get(Keys.PASSAGES), doc.get(Keys.CLAUSES), doc.get(Keys.FRAME))));
        }
    }

    /**
     * Reads DRAFTS; adds FIGURES and FIGURE_REASONS: one figure per (indicator, kind, year) — a level and a rate
     * stated in two places become one row — in the offsets of the source document.
     */
    record Merge() implements Step {
        public String name() {
            return "merge";
        }

        public Set<Key<?>> requires() {
            return Set.of(Keys.DRAFTS);
        }

        public Set<Key<?>> adds() {
            return Set.of(Keys.FIGURES, Keys.FIGURE_REASONS);
        }

        public void annotate(Annotated doc) {
            List<Draft> merged = merge(doc.get(Keys.DRAFTS));
            List<Figure> figures = new ArrayList<>();
            Map<Figure, List<Reason>> reasons = new java.util.IdentityHashMap<>();
            for (Draft d : merged) {
                if (!plausible(d)) {
                    continue; // 99999999999999999999亿元, 增长999999999999%: no report states such a figure
                }
                Span original = doc.doc().toOriginal(new Span(d.start, d.end));
                Integer year = d.year == null || d.year <= 0 ? null : d.year;
                Figure f = new Figure(d.indicator, d.kind, year, d.value, d.unit, d.growth, d.qualifier(),
                        doc.doc().original().substring(original.start(), original.end()), original, d.confidence, d.rule);
                figures.add(f);
                reasons.put(f, List.copyOf(d.reasons));
            }
            figures.sort(Comparator.comparing(Figure::span));
            List<List<Reason>> reasonsInOrder = new ArrayList<>(figures.size());
            for (Figure f : figures) {
                reasonsInOrder.add(reasons.get(f));
            }
            doc.put(Keys.FIGURES, List.copyOf(figures));
            doc.put(Keys.FIGURE_REASONS, java.util.Collections.unmodifiableList(reasonsInOrder));
        }

        private static final java.math.BigDecimal MAX_LEVEL = java.math.BigDecimal.TEN.pow(15);
        private static final java.math.BigDecimal MAX_RATE = java.math.BigDecimal.valueOf(100_000);

        /** Numbers a report can state: a level below 10^15 in its unit, a rate within ±100,000 percent. */
        static boolean plausible(Draft d) {
            return (d.value == null || d.value.abs().compareTo(MAX_LEVEL) < 0)
                    && (d.growth == null || d.growth.abs().compareTo(MAX_RATE) < 0);
        }

        /** A level stated under a stronger name, or as precisely under an equal one and without a bound word. */
        private static boolean statesBetter(Draft d, Draft than) {
            if (d.term.priority() != than.term.priority()) {
                return d.term.priority() > than.term.priority();
            }
            return d.value.stripTrailingZeros().precision() > than.value.stripTrailingZeros().precision()
                    && d.valueQualifier == org.zhibiao.model.Qualifier.NONE;
        }

        private static List<Draft> merge(List<Draft> drafts) {
            Map<String, Draft> byKey = new LinkedHashMap<>();
            for (Draft d0 : drafts) {
                String key = d0.indicator + '|' + d0.kind + '|' + d0.year;
                Draft first = byKey.get(key);
                if (first == null) {
                    byKey.put(key, d0.copy());
                    continue;
                }
                boolean disagree = first.value != null && d0.value != null && first.value.compareTo(d0.value) != 0
                        || first.growth != null && d0.growth != null && first.growth.compareTo(d0.growth) != 0;
                if (first.value != null && d0.value != null && first.value.compareTo(d0.value) != 0
                        && d0.unit.equals(first.unit) && statesBetter(d0, first)) {
                    // a headline's round number (突破800亿元, 迈上4000亿元台阶) and the body's exact figure
                    // (812.6亿元): the figure, as the stronger name or the more precise number states it
                    first.value = d0.value;
                    first.valueQualifier = d0.valueQualifier;
                    first.start = Math.min(first.start, d0.start);
                    first.end = Math.max(first.end, d0.end);
                }
                boolean combined = false;
                if (first.value == null && d0.value != null) {
                    first.value = d0.value;
                    first.unit = d0.unit;
                    first.valueQualifier = d0.valueQualifier;
                    combined = true;
                }
                if (first.growth == null && d0.growth != null) {
                    first.growth = d0.growth;
                    first.growthQualifier = d0.growthQualifier;
                    first.average = d0.average;
                    combined = true;
                }

                first.qualitative |= d0.qualitative;
                if (disagree) {
                    // the text states two different numbers for one figure: one of them is misread
                    first.confidence = Math.max(0.05, Math.round((Math.min(first.confidence, d0.confidence) - 0.25) * 100) / 100.0);
                    first.reasons.add(Reason.at(Reason.What.DISAGREES, d0.start, d0.end, -0.25));
                } else if (combined) {
                    // a level from one sentence and a rate from another: right when both speak of one figure, but
                    // a restated target or a sub-area's rate joins as easily
                    first.confidence = Math.max(0.05, Math.round((Math.max(first.confidence, d0.confidence) - 0.15) * 100) / 100.0);
                    first.reasons.add(Reason.at(Reason.What.COMBINED, d0.start, d0.end, -0.15));
                } else {
                    first.confidence = Math.max(first.confidence, d0.confidence);
                }
            }
            return new ArrayList<>(byKey.values());
        }
    }
}
