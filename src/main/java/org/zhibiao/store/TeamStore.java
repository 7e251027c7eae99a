package org.zhibiao.store;

import org.zhibiao.model.Problem;
import org.zhibiao.model.Assignment;
import org.zhibiao.model.Curated;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Assignments of reports to analysts and the record of curated reports; callers own the transaction. */
public final class TeamStore {

    private static final String COLUMNS = "report_id, analyst, blind, assigned_by, assigned_at, done_at";

    private final Workspace workspace;

    TeamStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Gives a report to an analyst, replacing an earlier assignment of the same pair. */
    public void assign(Assignment a) throws SQLException {
        unassign(a.reportId(), a.analyst());
        try (PreparedStatement ps = workspace.connection().prepareStatement("INSERT INTO assignment (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, a.reportId());
            ps.setString(2, a.analyst());
            ps.setBoolean(3, a.blind());
            ps.setString(4, a.assignedBy());
            ps.setTimestamp(5, Timestamp.from(a.assignedAt()));
            ps.setTimestamp(6, a.doneAt() == null ? null : Timestamp.from(a.doneAt()));
            ps.executeUpdate();
        }
    }

    public boolean unassign(long reportId, String analyst) throws SQLException {
        try (PreparedStatement ps = workspace.connection().prepareStatement(
                "DELETE FROM assignment WHERE report_id = ? AND analyst = ?")) {
            ps.setLong(1, reportId);
            ps.setString(2, analyst);
            return ps.executeUpdate() > 0;
        }
    }

    /** Marks an analyst's work on a report finished (or not, with null). */
    public void markDone(long reportId, String analyst, Instant at) throws SQLException {
        try (PreparedStatement ps = workspace.connection().prepareStatement(
                "UPDATE assignment SET done_at = ? WHERE report_id = ? AND analyst = ?")) {
            ps.setTimestamp(1, at == null ? null : Timestamp.from(at));
            ps.setLong(2, reportId);
            ps.setString(3, analyst);
            if (ps.executeUpdate() == 0) {
                throw new WorkspaceException(Problem.Kind.NOT_ASSIGNED, String.valueOf(reportId), analyst);
            }
        }
    }

    /** Every assignment, by report and analyst. */
    public List<Assignment> all() throws SQLException {
        return query("SELECT " + COLUMNS + " FROM assignment ORDER BY report_id, analyst", null, null);
    }

    public List<Assignment> forReport(long reportId) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM assignment WHERE report_id = ? ORDER BY analyst", reportId, null);
    }

    public List<Assignment> forAnalyst(String analyst) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM assignment WHERE analyst = ? ORDER BY report_id", null, analyst);
    }

    public Optional<Assignment> find(long reportId, String analyst) throws SQLException {
        return forReport(reportId).stream().filter(a -> a.analyst().equals(analyst)).findFirst();
    }

    /** Records that a lead merged a report's blind versions into its figures. */
    public void curated(long reportId, String lead, Instant at) throws SQLException {
        try (PreparedStatement del = workspace.connection().prepareStatement("DELETE FROM curation WHERE report_id = ?");
             PreparedStatement ins = workspace.connection().prepareStatement(
                     "INSERT INTO curation (report_id, curated_by, curated_at) VALUES (?, ?, ?)")) {
            del.setLong(1, reportId);
            del.executeUpdate();
            ins.setLong(1, reportId);
            ins.setString(2, lead);
            ins.setTimestamp(3, Timestamp.from(at));
            ins.executeUpdate();
        }
    }

    /** Who curated a report, if anyone did. */
    public Optional<String> curatedBy(long reportId) throws SQLException {
        return curation(reportId).map(Curated::by);
    }

    /** Who curated a report and when, if anyone did. */
    public Optional<Curated> curation(long reportId) throws SQLException {
        try (PreparedStatement ps = workspace.connection().prepareStatement(
                "SELECT curated_by, curated_at FROM curation WHERE report_id = ?")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Curated(rs.getString(1), rs.getTimestamp(2).toInstant()))
                        : Optional.empty();
            }
        }
    }

    private List<Assignment> query(String sql, Long report, String analyst) throws SQLException {
        List<Assignment> out = new ArrayList<>();
        try (PreparedStatement ps = workspace.connection().prepareStatement(sql)) {
            if (report != null) {
                ps.setLong(1, report);
            } else if (analyst != null) {
                ps.setString(1, analyst);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp done = rs.getTimestamp(6);
                    out.add(new Assignment(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant(), done == null ? null : done.toInstant()));
                }
            }
        }
        return out;
    }
}
