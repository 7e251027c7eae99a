package org.zhibiao.extract;

import org.zhibiao.model.DocType;

/**
 * Whether a text is a whole report, part of one, or a news article about one (the opening, closing and article
 * cues of cues.tsv). A report speaks in the first person from its opening (现在，我代表…政府向大会报告工作) to
 * its closing call (让我们…奋斗), or at least from the review to this year's target list; a text with the opening
 * that stops before either was cut short: a fragment. An article
 * speaks of the report in the third person (县长…作政府工作报告, 记者, …电). A text with neither is a piece of
 * a report.
 */
public final class DocumentKinds {

    private static final int OPENING_WINDOW = 3000;

    private final Phrases phrases;

    public DocumentKinds(Phrases phrases) {
        this.phrases = phrases;
    }

    public DocType classify(String text) {
        int n = text.length();
        if (phrases.contains(text, 0, Math.min(n, OPENING_WINDOW), Phrases.CueType.OPENING)) {
            int tail = Math.max(0, n - Math.max(2000, n / 6));
            boolean whole = phrases.contains(text, tail, n, Phrases.CueType.CLOSING)
                    || phrases.contains(text, 0, n, Phrases.CueType.TARGETLIST);
            return whole ? DocType.REPORT : DocType.FRAGMENT;
        }
        return phrases.contains(text, 0, n, Phrases.CueType.ARTICLE) ? DocType.ARTICLE : DocType.FRAGMENT;
    }
}
