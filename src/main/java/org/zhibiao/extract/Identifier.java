package org.zhibiao.extract;

import org.zhibiao.model.ReportIdentity;

/** Whose report a text is, for which years, and what kind of document. */
public final class Identifier {

    private final ReportYears years = new ReportYears();
    private final DocumentKinds kinds;

    public Identifier(Phrases phrases) {
        this.kinds = new DocumentKinds(phrases);
    }

    public static Identifier loadDefault(Phrases phrases) {
        return new Identifier(phrases);
    }

    public ReportIdentity identify(String normalizedText) {
        ReportYears.Years y = years.resolve(normalizedText);
        return new ReportIdentity("", "", "", "", y.reportYear(), y.reviewYear(), kinds.classify(normalizedText));
    }
}
