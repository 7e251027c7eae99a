package org.zhibiao.extract;

import org.zhibiao.model.Region;
import org.zhibiao.model.ReportIdentity;

import java.util.List;

/**
 * Whose report a text is, for which years, and what kind of document: the document frame, from weighed evidence
 * ({@link ReportYears}, {@link RegionResolver}, {@link DocumentKinds}). A province's own report has the province
 * as its region; the national report has 全国 and no province.
 */
public final class Identifier {

    public static final String NATIONAL = "全国";

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
        return frame(normalizedText).identity();
    }

    public DocumentFrame frame(String text) {
        return frame(text, text.toCharArray(), null);
    }

    /**
     * @param chars the text's characters, for the scans that read each of them
     * @param names the text's hits of a group scan that had {@link #nameIndexes()}, or null to scan for them
     */
    DocumentFrame frame(String text, char[] chars, NameIndex.Found names) {
        ReportYears.Years y = years.resolve(text);
        RegionResolver.Place place = regions.place(text, names);
        DocumentKinds.Decision type = kinds.decide(text, chars);
        Region r = place.region();
        String province = r == null ? "" : r.province();
        String prefecture = r == null ? "" : r.prefecture();
        String name = place.national() ? NATIONAL : r == null ? "" : r.name();
        ReportIdentity identity = new ReportIdentity(province, prefecture, name, r == null ? "" : r.code(),
                y.reportYear(), y.reviewYear(), type.type());
        return new DocumentFrame(identity, ReportYears.deliveredLate(text), y.reasons(), place.reasons(), type.reasons());
    }

    /** The names the frame looks for in a text (region names and self-references). */
    List<NameIndex<?>> nameIndexes() {
        return regions.nameIndexes();
    }
}
