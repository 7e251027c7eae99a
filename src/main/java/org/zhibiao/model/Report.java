package org.zhibiao.model;

import java.time.Instant;

/**
 * A report in a workspace.
 *
 * @param id           workspace id
 * @param fileName     the file it was imported from (name only)
 * @param contentHash  SHA-256 of its decoded text: the same document is never imported twice
 * @param sourceFormat how it was read (UTF-8, GB18030, docx, pdf, html …)
 * @param identity     region, years and type, as identified and as corrected by analysts
 * @param importedAt   when it was imported
 * @param importedBy   who imported it
 */
public record Report(long id, String fileName, String contentHash, String sourceFormat, ReportIdentity identity,
                     Instant importedAt, String importedBy) {
}
