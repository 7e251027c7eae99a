package org.zhibiao.extract;

import org.zhibiao.model.Region;
import org.zhibiao.model.ReportIdentity;

/** Whose report a text is, for which years, and what kind of document. */
public final class Identifier {

    private final ReportYears years = new ReportYears();
    private final DocumentKinds kinds;
    private final RegionResolver regions;

    public Identifier(Phrases phrases, RegionResolver regions) {
        this.kinds = new DocumentKinds(phrases);
        this.regions = regions;
    }

    public static Identifier loadDefault(Phrases phrases) {
        return new Identifier(phrases, RegionResolver.loadDefault());
    }

    public ReportIdentity identify(String normalizedText) {
        ReportYears.Years y = years.resolve(normalizedText);
        Region r = regions.resolve(normalizedText).orElse(null);
        String province = r == null ? "" : r.province();
        String prefecture = r == null ? "" : r.prefecture();
        String name = r == null || r.level() == Region.Level.PROVINCE ? "" : r.name();
        return new ReportIdentity(province, prefecture, name, r == null ? "" : r.code(), y.reportYear(), y.reviewYear(),
                kinds.classify(normalizedText));
    }
}
