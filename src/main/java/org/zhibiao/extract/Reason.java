package org.zhibiao.extract;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One piece of evidence behind a decision of the engine — a year, a kind, a place, a document type — with
 * where it stands in the normalised text and how much it weighed. Decisions keep their reasons so that
 * {@code --explain} and the workbench can say why (reasons.properties renders them in the user's language).
 *
 * @param what   the kind of evidence
 * @param start  where it stands in the normalised text (-1 for evidence about the whole text)
 * @param end    its end, exclusive
 * @param weight how much it counted (a vote's weight; negative when it counted against)
 * @param args   what it says: a year, a place, a cue word
 */
public record Reason(What what, int start, int end, double weight, List<String> args) {

    /** Kinds of evidence; each has a sentence in reasons.properties under its name in lower case. */
    public enum What {
        // report year
        DELIVERY_LINE, TITLE, REVIEW_HEADING, PLAN_HEADING, RESULT_OF_YEAR, ESTIMATE_OF_YEAR, PUBLISHED,
        PLAN_OPENS, PLAN_CLOSES, FIVE_YEARS_TO, LATEST_YEAR, YEAR_SETTLED, PLAN_HORIZON_IGNORED, NO_YEAR,
        // place
        PLACE_NAMED, PLACE_SELF, PLACE_PARENT, PLACE_PASSING, PLACE_IN_WORD, PLACE_SPEAKER, NATIONAL, PROVINCE_SELF,
        // document type
        OPENING, CLOSING, TARGET_LIST, ARTICLE_CUE, NO_CUE,
        // a figure's kind and year
        PASSAGE, PASSAGE_DEFAULT, CLAUSE_RESULT, CLAUSE_GOAL, CLAUSE_PERIOD, CLAUSE_PLAN, PRECISE, ESTIMATE, YEAR_WRITTEN,
        AVERAGE_RATE, RATE_AT_END, ONE_YEAR_IN_PERIOD,
        // a figure's indicator and numbers
        TERM, LEVEL, GROWTH, IN_WORDS, LIST, WEAK_TERM, FAR_NUMBER, DISAGREES, COMBINED
    }

    public Reason {
        args = List.copyOf(args);
    }

    // equals and hashCode written out, with a record's meaning and formula (reasons are made distinct for every
    // report: see Region)

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Reason r && what == r.what && start == r.start && end == r.end
                && Double.compare(weight, r.weight) == 0 && args.equals(r.args);
    }

    @Override
    public int hashCode() {
        int h = java.util.Objects.hashCode(what);
        h = h * 31 + Integer.hashCode(start);
        h = h * 31 + Integer.hashCode(end);
        h = h * 31 + Double.hashCode(weight);
        return h * 31 + args.hashCode();
    }

    static Reason at(What what, int start, int end, double weight, Object... args) {
        String[] shown = new String[args.length]; // a loop, not a stream: reasons are made for every figure
        for (int i = 0; i < args.length; i++) {
            shown[i] = String.valueOf(args[i]);
        }
        return new Reason(what, start, end, weight, List.of(shown));
    }

    static Reason whole(What what, double weight, Object... args) {
        return at(what, -1, -1, weight, args);
    }

    /** The reason as a sentence in the locale's language (English when the bundle has no such language). */
    public String render(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle("org.zhibiao.extract.reasons", locale);
        String key = what.name().toLowerCase(Locale.ROOT);
        String pattern;
        try {
            pattern = b.getString(key);
        } catch (MissingResourceException e) {
            pattern = key + " {0}";
        }
        Object[] shown = args.toArray();
        if (shown.length > 0 && (what == What.PASSAGE || what == What.PASSAGE_DEFAULT || what == What.AVERAGE_RATE)) {
            try {
                shown[0] = b.getString("kind." + shown[0]); // a kind by its name in the user's language
            } catch (MissingResourceException e) {
                // an unknown code stays as it is
            }
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** The reason with its weight and place, as {@code --explain} prints it. */
    public String describe(Locale locale, String text) {
        StringBuilder b = new StringBuilder(render(locale));
        if (weight != 0) {
            b.append(String.format(Locale.ROOT, " [%+.1f]", weight));
        }
        if (start >= 0 && text != null) {
            int s = Math.max(0, start);
            int e = Math.min(text.length(), Math.max(end, s));
            String quote = text.substring(s, Math.min(e, s + 40)).replace("\n", "\\n");
            b.append(" @").append(start).append(" «").append(quote).append(e - s > 40 ? "…" : "").append('»');
        }
        return b.toString();
    }
}
