package org.zhibiao.model;

/**
 * A figure with the region and report it belongs to, as comparisons across regions and years need it.
 *
 * @param regionCode the region's gazetteer code (empty if the report's region is unknown)
 * @param region     the region's name
 * @param prefecture its prefecture
 * @param province   its province
 * @param docType    the kind of document the figure came from
 * @param reportYear the year of that report
 * @param figure     the figure as it now stands in review
 */
public record RegionalFigure(String regionCode, String region, String prefecture, String province, DocType docType,
                             Integer reportYear, ReviewedFigure figure) {

    /** The key regions are matched by: the gazetteer code, or the names when a report has no code. */
    public String regionKey() {
        return regionCode.isEmpty() ? province + "/" + prefecture + "/" + region : regionCode;
    }
}
