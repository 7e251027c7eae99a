package org.zhibiao.model;

import java.time.Instant;

/**
 * One changed field in the change log. The changes of one user action share a batch.
 *
 * @param id       log id (ascending in time)
 * @param batchId  the user action it belongs to
 * @param at       when
 * @param analyst  who
 * @param action   what kind of action: import, extract, review, edit, add, undo, redo, restore …
 * @param reportId the report concerned
 * @param figureId the figure concerned, or null for a change to a report
 * @param field    which field ("status", "value", "*" for a whole figure created or removed …)
 * @param oldValue the value before, or null
 * @param newValue the value after, or null
 * @param annotator whose figures the change is in: '' for the report's own, an analyst's name for a blind copy
 */
public record Change(long id, long batchId, Instant at, String analyst, String action, Long reportId, Long figureId,
                     String field, String oldValue, String newValue, String annotator) {

    public Change(long id, long batchId, Instant at, String analyst, String action, Long reportId, Long figureId,
                  String field, String oldValue, String newValue) {
        this(id, batchId, at, analyst, action, reportId, figureId, field, oldValue, newValue, "");
    }
}
