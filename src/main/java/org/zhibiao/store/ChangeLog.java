package org.zhibiao.store;

import org.zhibiao.model.Change;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only change log: who changed which field of which figure or report, when, from what to what. Rows
 * are only ever inserted; undo appends the inverse changes as a new batch. Callers own the transaction, so a
 * change and its log entry are committed together.
 */
public final class ChangeLog {

    private static final String COLUMNS = "id, batch_id, changed_at, analyst, action, report_id, figure_id, field, old_value, new_value, annotator";
    private static final int MAX_VALUE = 4000;

    private final Workspace workspace;

    ChangeLog(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A new batch id: the changes of one user action share it. */
    public long newBatch() throws SQLException {
        // a sequence, not MAX + 1: on a shared server two analysts saving at once must get different batches
        try (Statement s = workspace.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT nextval('change_batch_seq')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Appends changes; ids and times of the given values are ignored (the log assigns them). */
    public void append(List<Change> changes) throws SQLException {
        String sql = "INSERT INTO change_log (batch_id, changed_at, analyst, action, report_id, figure_id, field, "
                + "old_value, new_value, annotator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = workspace.connection().prepareStatement(sql)) {
            for (Change c : changes) {
                ps.setLong(1, c.batchId());
                ps.setTimestamp(2, Timestamp.from(c.at()));
                ps.setString(3, c.analyst());
                ps.setString(4, c.action());
                setLong(ps, 5, c.reportId());
                setLong(ps, 6, c.figureId());
                ps.setString(7, c.field());
                ps.setString(8, clip(c.oldValue()));
                ps.setString(9, clip(c.newValue()));
                ps.setString(10, c.annotator() == null ? "" : c.annotator());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public static Change change(long batch, Instant at, String analyst, String action, Long reportId, Long figureId,
                                String field, String oldValue, String newValue) {
        return new Change(0, batch, at, analyst, action, reportId, figureId, field, oldValue, newValue);
    }

    /** A change in an annotator's figures ('' for the report's own, a name for a blind copy). */
    public static Change change(long batch, Instant at, String analyst, String action, Long reportId, Long figureId,
                                String field, String oldValue, String newValue, String annotator) {
        return new Change(0, batch, at, analyst, action, reportId, figureId, field, oldValue, newValue, annotator);
    }

    /** Every change to a figure, oldest first. */
    public List<Change> forFigure(long figureId) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM change_log WHERE figure_id = ? ORDER BY id", figureId);
    }

    /** The analysts' notes on figures, the newest of each figure (an empty one removes it). */
    public java.util.Map<Long, String> notes() throws SQLException {
        java.util.Map<Long, String> out = new java.util.HashMap<>();
        // notes are few: the log's rows that are notes, oldest first, so that the newest of each figure stays
        for (Change c : query("SELECT " + COLUMNS + " FROM change_log WHERE field = 'note' AND id > ? ORDER BY id", 0L)) {
            if (c.figureId() != null) {
                if (c.newValue() == null || c.newValue().isEmpty()) {
                    out.remove(c.figureId());
                } else {
                    out.put(c.figureId(), c.newValue());
                }
            }
        }
        return out;
    }

    /** The field of a change that is an analyst's note on a figure. */
    public static final String NOTE = "note";

    /** Every change of a batch, in the order they were made. */
    public List<Change> batch(long batchId) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM change_log WHERE batch_id = ? ORDER BY id", batchId);
    }

    /** The id of the newest change, 0 for none: where to start looking for others' changes. */
    public long latestId() throws SQLException {
        try (Statement s = workspace.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM change_log")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Changes with ids above {@code afterId}, oldest first, at most {@code limit}. */
    public List<Change> since(long afterId, int limit) throws SQLException {
        // the limit goes to the database: the workbench polls this every two seconds, and an import by someone else
        // can leave hundreds of thousands of rows after afterId
        return query("SELECT " + COLUMNS + " FROM change_log WHERE id > ? ORDER BY id", afterId, limit);
    }

    /** Every change, oldest first (replaying the log, agreement and audits). */
    public List<Change> all() throws SQLException {
        return query("SELECT " + COLUMNS + " FROM change_log WHERE id > ? ORDER BY id", 0L);
    }

    public int count() throws SQLException {
        try (Statement s = workspace.connection().createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM change_log")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private List<Change> query(String sql, long arg) throws SQLException {
        return query(sql, arg, 0);
    }

    /** Rows of a query with one id argument, at most {@code maxRows} of them (0: all). */
    private List<Change> query(String sql, long arg, int maxRows) throws SQLException {
        List<Change> out = new ArrayList<>();
        try (PreparedStatement ps = workspace.connection().prepareStatement(sql)) {
            ps.setMaxRows(Math.max(0, maxRows));
            ps.setLong(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Change(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                            rs.getString(5), (Long) rs.getObject(6), (Long) rs.getObject(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11)));
                }
            }
        }
        return out;
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, java.sql.Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    private static String clip(String s) {
        return s == null || s.length() <= MAX_VALUE ? s : s.substring(0, MAX_VALUE);
    }
}
