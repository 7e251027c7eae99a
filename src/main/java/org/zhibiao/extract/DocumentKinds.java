package org.zhibiao.extract;

import org.zhibiao.model.DocType;

import java.util.List;

/**
 * Whether a text is a whole report, part of one, or a news article about one (the opening, closing and article
 * cues of cues.tsv). A report speaks in the first person from its opening (现在，我代表…政府向大会报告工作) to
 * its closing call (让我们…奋斗), or at least from the review to this year's target list; a text with the opening
 * that stops before either, or stops inside a sentence, was cut short: a fragment. An article speaks of the report in the third person
 * (县长…作政府工作报告, 记者, …电, 来源：…日报, 解读). A text with neither is a piece of a report.
 */
public final class DocumentKinds {

    /** The type and the cue that decided it. */
    public record Decision(DocType type, List<Reason> reasons) {
    }

    private static final int OPENING_WINDOW = 3000;

    private final Phrases phrases;

    public DocumentKinds(Phrases phrases) {
        this.phrases = phrases;
    }

    public DocType classify(String text) {
        return decide(text).type();
    }

    public Decision decide(String text) {
        return decide(text, text.toCharArray());
    }

    /** @param chars the text's characters, which the cue scans read (each of them, over most of the text) */
    Decision decide(String text, char[] chars) {
        int n = text.length();
        Phrases.Cue opening = phrases.first(text, chars, 0, Math.min(n, OPENING_WINDOW), Phrases.CueType.OPENING);
        if (opening != null) {
            Reason open = cite(Reason.What.OPENING, text, opening);
            int tail = Math.max(0, n - Math.max(2000, n / 6));
            Phrases.Cue closing = phrases.first(text, chars, tail, n, Phrases.CueType.CLOSING);
            if (closing != null) {
                return new Decision(DocType.REPORT, List.of(open, cite(Reason.What.CLOSING, text, closing)));
            }
            Phrases.Cue list = phrases.first(text, chars, 0, n, Phrases.CueType.TARGETLIST);
            if (list != null && !cutOff(text)) {
                return new Decision(DocType.REPORT, List.of(open, cite(Reason.What.TARGET_LIST, text, list)));
            }
            return new Decision(DocType.FRAGMENT, List.of(open));
        }
        Phrases.Cue article = phrases.first(text, chars, 0, n, Phrases.CueType.ARTICLE);
        if (article != null) {
            return new Decision(DocType.ARTICLE, List.of(cite(Reason.What.ARTICLE_CUE, text, article)));
        }
        return new Decision(DocType.FRAGMENT, List.of(Reason.whole(Reason.What.NO_CUE, 0)));
    }

    /**
     * A text whose last character is a Chinese character or a digit stops inside a sentence (城镇常住居民人均可支配收入⏎):
     * it was cut off, a fragment. A page that ends in punctuation or in a link (site furniture after the report) was not.
     */
    private static boolean cutOff(String text) {
        int i = text.length() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        return Character.isDigit(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static Reason cite(Reason.What what, String text, Phrases.Cue cue) {
        int end = Math.min(cue.end(), cue.start() + 30);
        return Reason.at(what, cue.start(), cue.end(), 1, text.substring(cue.start(), end));
    }
}
