package org.zhibiao.model;

import java.time.Instant;

/**
 * A report given to an analyst by a lead. A blind assignment gives the analyst their own copy of the machine's
 * figures: they see neither the report's reviewed figures nor the other analyst's decisions, so that two analysts'
 * versions can be compared and curated.
 *
 * @param doneAt when the analyst said they had finished, or null
 */
public record Assignment(long reportId, String analyst, boolean blind, String assignedBy, Instant assignedAt,
                         Instant doneAt) {

    public boolean done() {
        return doneAt != null;
    }
}
