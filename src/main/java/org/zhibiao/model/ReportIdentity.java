package org.zhibiao.model;

/**
 * What a document is: whose report, for which year, and what kind of text.
 *
 * @param province   province-level name, empty if unknown
 * @param prefecture prefecture-level name above the region, empty for a prefecture itself or if unknown
 * @param region     the reporting region as written in full, empty if unknown
 * @param regionCode its GB/T 2260 code, empty if unknown
 * @param reportYear the year the report sets targets for, or null
 * @param reviewYear the year whose results it reviews, or null
 * @param docType    report, article or fragment
 */
public record ReportIdentity(String province, String prefecture, String region, String regionCode,
                             Integer reportYear, Integer reviewYear, DocType docType) {
}
