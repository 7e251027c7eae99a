package org.zhibiao.model;

import java.time.Instant;

/**
 * A figure in a workspace: what was stated, where it stands in review, and who touched it last.
 *
 * @param id        workspace id
 * @param reportId  the report it belongs to
 * @param figure    the figure's fields as they now stand
 * @param status    review status
 * @param analyst   who made the last change
 * @param changedAt when
 * @param version   incremented on every change (optimistic locking for shared workspaces)
 */
public record ReviewedFigure(long id, long reportId, Figure figure, Status status, String analyst, Instant changedAt,
                             int version) {
}
