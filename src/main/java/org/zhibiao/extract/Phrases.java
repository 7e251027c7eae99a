package org.zhibiao.extract;

import org.zhibiao.model.Qualifier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small vocabularies around numbers: growth words (growth.tsv), qualifier words (qualifiers.tsv),
 * qualitative-target phrases (qualitative.tsv) and passage cues (cues.tsv).
 */
public final class Phrases {

    /** A growth word and its sign. */
    public record GrowthWord(String word, int sign) {
    }

    /** A qualifier word, written before a number or after its unit. */
    public record QualifierWord(String word, boolean before, Qualifier qualifier) {
    }

    /** What a cue in cues.tsv announces. */
    public enum CueType {
        REVIEW, PERIOD, TARGET, TARGETLIST, PLAN, PLANLIST, ONEYEAR, ESTIMATE, CONTINUATION, GAPBLOCK, LEVELAFTER, SUBAREA, OPENING, CLOSING, ARTICLE,
        /** clause words that state a result or a goal whatever the passage says; a goal's completion (完成目标) is no goal. */
        RESULT, GOAL, NOTGOAL, FROMTO;

        boolean marksPassage() {
            return ordinal() <= ESTIMATE.ordinal();
        }
    }

    /** A cue found in text. */
    public record Cue(int start, int end, CueType type) {
    }

    private final List<GrowthWord> growthWords;
    private final List<String> fillers;
    private final List<QualifierWord> before;
    private final List<QualifierWord> after;
    private final List<Pattern> qualitative;
    private final Map<CueType, Pattern> cues;
    private final Map<CueType, FirstChars> starts;
    private final FirstChars anyStart;
    private final PairStarts pairStarts;
    /** Three-character filters: cue types 0 to 14, and 15 on. */
    private final TripleStarts lowStarts;
    private final TripleStarts highStarts;
    /** The passage types as bits by ordinal. */
    private final int passageBits;
    private static final CueType[] TYPES = CueType.values();

    public Phrases(TsvTable growth, TsvTable qualifiers, TsvTable qualitativeTable, TsvTable cueTable) {
        List<GrowthWord> g = new ArrayList<>();
        List<String> f = new ArrayList<>();
        for (TsvTable.Row row : growth.rows()) {
            String sign = row.get("sign");
            switch (sign) {
                case "+", "-" -> g.add(new GrowthWord(row.get("word"), sign.equals("-") ? -1 : 1));
                case "0" -> f.add(row.get("word"));
                default -> throw row.error("sign must be +, - or 0");
            }
        }
        g.sort(Comparator.comparingInt((GrowthWord w) -> w.word().length()).reversed());
        f.sort(Comparator.comparingInt(String::length).reversed());
        this.growthWords = List.copyOf(g);
        this.fillers = List.copyOf(f);

        List<QualifierWord> b = new ArrayList<>();
        List<QualifierWord> a = new ArrayList<>();
        for (TsvTable.Row row : qualifiers.rows()) {
            Qualifier q;
            try {
                q = Qualifier.fromCode(row.get("qualifier"));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
            String pos = row.get("position");
            if (!pos.equals("before") && !pos.equals("after")) {
                throw row.error("position must be before or after");
            }
            (pos.equals("before") ? b : a).add(new QualifierWord(row.get("word"), pos.equals("before"), q));
        }
        Comparator<QualifierWord> longest = Comparator.comparingInt((QualifierWord w) -> w.word().length()).reversed();
        b.sort(longest);
        a.sort(longest);
        this.before = List.copyOf(b);
        this.after = List.copyOf(a);

        List<Pattern> q = new ArrayList<>();
        for (TsvTable.Row row : qualitativeTable.rows()) {
            q.add(compile(row, row.get("pattern")));
        }
        this.qualitative = List.copyOf(q);

        Map<CueType, StringBuilder> alternatives = new EnumMap<>(CueType.class);
        for (TsvTable.Row row : cueTable.rows()) {
            CueType type;
            try {
                type = CueType.valueOf(row.get("type").toUpperCase());
            } catch (IllegalArgumentException e) {
                throw row.error("unknown cue type " + row.get("type"));
            }
            compile(row, row.get("pattern"));
            StringBuilder sb = alternatives.computeIfAbsent(type, t -> new StringBuilder());
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append("(?:").append(row.get("pattern")).append(')');
        }
        Map<CueType, Pattern> c = new EnumMap<>(CueType.class);
        alternatives.forEach((type, sb) -> c.put(type, Pattern.compile(sb.toString())));
        this.cues = c;
        this.starts = new EnumMap<>(CueType.class);
        List<CueType> passage = new ArrayList<>();
        List<Pattern> passagePatterns = new ArrayList<>();
        c.forEach((type, pattern) -> {
            starts.put(type, new FirstChars(List.of(pattern)));
            if (type.marksPassage()) {
                passagePatterns.add(pattern);
                passage.add(type);
            }
        });
        this.anyStart = new FirstChars(passagePatterns);
        int bits = 0;
        for (CueType type : passage) {
            bits |= 1 << type.ordinal();
        }
        this.passageBits = bits;
        List<Pattern> byType = new ArrayList<>();
        List<FirstChars> firstByType = new ArrayList<>();
        for (CueType type : CueType.values()) {
            byType.add(c.get(type));
            firstByType.add(starts.get(type));
        }
        this.pairStarts = new PairStarts(byType, firstByType);
        this.lowStarts = new TripleStarts(byType.subList(0, 15), 0, pairStarts);
        this.highStarts = new TripleStarts(byType.subList(15, byType.size()), 15, pairStarts);
    }

    public static Phrases loadDefault() {
        return new Phrases(TsvTable.resource("growth.tsv"), TsvTable.resource("qualifiers.tsv"),
                TsvTable.resource("qualitative.tsv"), TsvTable.resource("cues.tsv"));
    }

    /**
     * The growth word that introduces a number starting at {@code numberStart}: 增长3.1%, 同比增长 3.1%,
     * 增长保持在6.5%. Returns the word and where it starts, or null.
     */
    public GrowthHit growthBefore(String text, int numberStart, int limit) {
        int p = numberStart;
        while (p > limit && text.charAt(p - 1) == ' ') {
            p--;
        }
        for (int guard = 0; guard < 3; guard++) {
            GrowthWord w = growthEndingAt(text, p);
            if (w != null && p - w.word().length() >= limit) {
                int start = p - w.word().length();
                boolean average = w.word().startsWith("年均") || endsWithAny(text, start, "年均", "平均", "平均每年", "年平均");
                return new GrowthHit(w, start, average);
            }
            String filler = fillerEndingAt(text, p);
            if (filler == null || p - filler.length() < limit) {
                return null;
            }
            p -= filler.length();
        }
        return null;
    }

    /** A growth word found before a number. */
    public record GrowthHit(GrowthWord word, int start, boolean average) {
    }

    private String fillerEndingAt(String text, int end) {
        for (String f : fillers) {
            if (Units.regionMatches(text, end - f.length(), f)) {
                return f;
            }
        }
        return null;
    }

    private static boolean endsWithAny(String text, int end, String... words) {
        for (String w : words) {
            if (Units.regionMatches(text, end - w.length(), w)) {
                return true;
            }
        }
        return false;
    }

    /** The growth word ending exactly at {@code end}, or null. */
    public GrowthWord growthEndingAt(String text, int end) {
        for (GrowthWord w : growthWords) {
            if (Units.regionMatches(text, end - w.word().length(), w.word())) {
                return w;
            }
        }
        return null;
    }

    /** The qualifier word ending exactly at {@code end} (before a number), or null. */
    public QualifierWord qualifierBefore(String text, int end) {
        for (QualifierWord w : before) {
            if (Units.regionMatches(text, end - w.word().length(), w.word())) {
                return w;
            }
        }
        return null;
    }

    /** The qualifier word starting exactly at {@code start} (after a unit), or null. */
    public QualifierWord qualifierAfter(String text, int start) {
        for (QualifierWord w : after) {
            if (Units.regionMatches(text, start, w.word())) {
                return w;
            }
        }
        return null;
    }

    public boolean isQualitative(String clause) {
        for (Pattern p : qualitative) {
            if (p.matcher(clause).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Cues of every type in text[from, to), in text order; at one start the longer cue wins. The scan reads the
     * text's characters from {@code chars} (the same text's: the pipeline's CHARS).
     */
    List<Cue> cues(String text, char[] chars, int from, int to) {
        List<Cue> out = new ArrayList<>();
        int[] lastEnd = new int[CueType.values().length];
        Matcher[] matchers = new Matcher[lastEnd.length];
        for (int i = anyStart.next(chars, from, to); i < to; i = anyStart.next(chars, i + 1, to)) {
            char c = chars[i];
            // at the region's last character a match can only be that character (or look past the region)
            int possible = i + 2 < to ? lowStarts.at(c, chars[i + 1], chars[i + 2])
                    : i + 1 < to ? pairStarts.at(c, chars[i + 1]) : PairStarts.ANY;
            if (possible == 0) {
                continue;
            }
            Cue best = null;
            // the passage types the pair allows, lowest first (the enum's order: at one start and length the first type wins)
            for (int left = possible & passageBits; left != 0; left &= left - 1) {
                CueType type = TYPES[Integer.numberOfTrailingZeros(left)];
                if (possible == PairStarts.ANY && !starts.get(type).get(c) || i < lastEnd[type.ordinal()]) {
                    continue;
                }
                Matcher m = matchers[type.ordinal()];
                if (m == null) {
                    m = cues.get(type).matcher(text).useTransparentBounds(true);
                    matchers[type.ordinal()] = m;
                }
                m.region(i, to);
                if (m.lookingAt() && m.end() > i) {
                    lastEnd[type.ordinal()] = m.end();
                    if (best == null || m.end() > best.end()) {
                        best = new Cue(i, m.end(), type);
                    }
                }
            }
            if (best != null) {
                out.add(best);
            }
        }
        return out;
    }

    /** Whether text[from, to) contains a cue of this type. */
    public boolean contains(String text, int from, int to, CueType type) {
        return first(text, from, to, type) != null;
    }

    /**
     * The first cue of this type in text[from, to), or null. The region's characters are copied into an array for
     * the scan (clauses: a few dozen characters); a scan over most of a text passes the text's own array instead.
     */
    public Cue first(String text, int from, int to, CueType type) {
        if (from >= to) {
            return null;
        }
        char[] region = new char[to - from];
        text.getChars(from, to, region, 0);
        return first(text, region, from, from, to, type);
    }

    /** {@link #first(String, int, int, CueType)} read from the text's characters ({@code chars}, the same text's). */
    Cue first(String text, char[] chars, int from, int to, CueType type) {
        return first(text, chars, 0, from, to, type);
    }

    /** @param chars text's characters from {@code base} on: chars[k] is text.charAt(base + k) */
    private Cue first(String text, char[] chars, int base, int from, int to, CueType type) {
        Pattern p = cues.get(type);
        if (p == null) {
            return null;
        }
        FirstChars first = starts.get(type);
        int bit = 1 << type.ordinal();
        int end = to - base;
        Matcher m = null;
        for (int k = first.next(chars, from - base, end); k < end; k = first.next(chars, k + 1, end)) {
            if (k + 1 == end || (possible(chars, k, end, type) & bit) != 0) {
                if (m == null) {
                    m = p.matcher(text).useTransparentBounds(true);
                }
                if (m.region(base + k, to).lookingAt()) {
                    return new Cue(base + k, m.end(), type);
                }
            }
        }
        return null;
    }

    /** The cue types that can start at i, by the next two characters or the next one before the region's end. */
    private int possible(char[] text, int i, int to, CueType type) {
        if (i + 2 < to) {
            return type.ordinal() < 15 ? lowStarts.at(text[i], text[i + 1], text[i + 2])
                    : highStarts.at(text[i], text[i + 1], text[i + 2]);
        }
        return pairStarts.at(text[i], text[i + 1]);
    }

    /** A matcher of this cue type's pattern over text. */
    public Matcher matcher(CueType type, String text) {
        return cues.get(type).matcher(text);
    }

    /** Whether text[from, to) starts with a cue of this type. */
    public boolean startsWith(String text, int from, int to, CueType type) {
        Pattern p = cues.get(type);
        return p != null && from < to && p.matcher(text).region(from, to).lookingAt();
    }

    /** Whether text[from, to) ends with a cue of this type (the subarea cue is anchored at its end). */
    public boolean endsWith(String text, int from, int to, CueType type) {
        return contains(text, from, to, type);
    }

    private static Pattern compile(TsvTable.Row row, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (RuntimeException e) {
            throw row.error("bad pattern: " + e.getMessage());
        }
    }
}
