package org.zhibiao.extract;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The indicator names and synonyms of indicators.tsv and terms.tsv, looked up with one Aho–Corasick automaton.
 * Overlapping names are resolved longest first (出口总额 inside 外贸进出口总额 loses), then by priority, then the earlier one.
 */
public final class Lexicon {

    private static final String INDICATORS = "indicators.tsv";
    private static final String TERMS = "terms.tsv";

    private final Map<String, Indicator> indicators;
    private final NameIndex<Term> index;
    private final int termCount;
    private final List<Term> terms;

    public Lexicon(TsvTable indicatorTable, TsvTable termTable) {
        this(List.of(indicatorTable), List.of(termTable));
    }

    /** A lexicon from several files: the bundled ones first, then an analyst's own additions. */
    public Lexicon(List<TsvTable> indicatorTables, List<TsvTable> termTables) {
        Map<String, Indicator> all = new LinkedHashMap<>();
        for (TsvTable t : indicatorTables) {
            for (Map.Entry<String, Indicator> e : readIndicators(t).entrySet()) {
                if (all.putIfAbsent(e.getKey(), e.getValue()) != null) {
                    throw new LexiconException(t.source() + ": indicator " + e.getKey() + " is defined twice");
                }
            }
        }
        this.indicators = Map.copyOf(all);
        TreeMap<String, Term> names = new TreeMap<>();
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (TsvTable t : termTables) {
            readTerms(t, indicators, names, ids);
        }
        this.termCount = names.size();
        this.terms = List.copyOf(names.values());
        this.index = new NameIndex<>(names);
    }

    /** Every name the lexicon knows, with what it names. */
    public List<Term> terms() {
        return terms;
    }

    public static Lexicon loadDefault() {
        return new Lexicon(TsvTable.resource(INDICATORS), TsvTable.resource(TERMS));
    }

    public Map<String, Indicator> indicators() {
        return indicators;
    }

    public Indicator indicator(String code) {
        Indicator i = indicators.get(code);
        if (i == null) {
            throw new IllegalArgumentException("unknown indicator " + code);
        }
        return i;
    }

    public int termCount() {
        return termCount;
    }

    /** Non-overlapping term matches in text order. */
    public List<TermMatch> find(String text) {
        List<TermMatch> all = new ArrayList<>();
        index.find(text, (begin, end, term) -> all.add(new TermMatch(begin, end, term)));
        return kept(all);
    }

    /** The matches among the hits of a group scan that had this lexicon's {@link #index()}. */
    List<TermMatch> find(NameIndex.Found found) {
        List<TermMatch> all = new ArrayList<>();
        found.tell(index, (begin, end, term) -> all.add(new TermMatch(begin, end, term)));
        return kept(all);
    }

    /** The names this lexicon finds, for a scan of several kinds of name at once (NameIndex.Group). */
    NameIndex<Term> index() {
        return index;
    }

    /** Longest and strongest first, the matches that overlap none kept before them, in text order. */
    private static List<TermMatch> kept(List<TermMatch> all) {
        if (all.size() < 2) {
            return all;
        }
        // one comparator, not a chain of them: each link was a call through an interface, for every comparison
        all.sort((a, b) -> {
            int c = Integer.compare(b.length(), a.length());
            if (c == 0) {
                c = Integer.compare(b.term().priority(), a.term().priority());
            }
            return c != 0 ? c : Integer.compare(a.start(), b.start());
        });
        int max = 0;
        for (TermMatch m : all) {
            max = Math.max(max, m.end());
        }
        // a bit a char, not a boolean: for a 50 MB report the table was a 17 MB array, in the heap's large-object
        // regions, for a step that keeps a few thousand matches
        java.util.BitSet taken = new java.util.BitSet(max);
        List<TermMatch> kept = new ArrayList<>();
        for (TermMatch m : all) {
            int firstTaken = taken.nextSetBit(m.start());
            if (firstTaken < 0 || firstTaken >= m.end()) {
                taken.set(m.start(), m.end());
                kept.add(m);
            }
        }
        kept.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return kept;
    }

    private static Map<String, Indicator> readIndicators(TsvTable table) {
        Map<String, Indicator> out = new LinkedHashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String code = row.get("code");
            if (!code.matches("[a-z_]+")) {
                throw row.error("bad indicator code '" + code + "'");
            }
            if (out.put(code, new Indicator(code, row.get("unit_class"), row.get("name_zh"), row.get("name_en"))) != null) {
                throw row.error("duplicate indicator " + code);
            }
        }
        return Map.copyOf(out);
    }

    private static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }

    private static void readTerms(TsvTable table, Map<String, Indicator> indicators, TreeMap<String, Term> names,
                                  Map<String, Integer> ids) {
        for (TsvTable.Row row : table.rows()) {
            String id = row.get("id");
            if (ids.put(id, row.line()) != null) {
                throw row.error("duplicate id " + id);
            }
            String codes = row.get("indicator");
            List<String> targets = codes.equals("-") ? List.of() : List.of(codes.split("\\+"));
            for (String code : targets) {
                if (!indicators.containsKey(code)) {
                    throw row.error("unknown indicator '" + code + "'");
                }
            }
            int priority;
            try {
                priority = Integer.parseInt(row.get("priority"));
            } catch (NumberFormatException e) {
                throw row.error("priority must be a whole number");
            }
            List<String> expanded;
            try {
                expanded = TermPattern.expand(row.get("term"));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
            for (String name : expanded) {
                Term term = new Term(id, name, targets, priority, row.line(), fileName(table.source()));
                Term old = names.get(name);
                if (old != null && !old.indicators().equals(targets)) {
                    throw row.error(old.blocks()
                            ? "name " + name + " is on the list of words that never name an indicator (line " + old.line() + ")"
                            : "name " + name + " already means " + old.indicators() + " (line " + old.line() + ")");
                }
                if (old == null || old.priority() < priority) {
                    names.put(name, term);
                }
            }
        }
    }
}
