package org.zhibiao.store;

import org.zhibiao.model.Problem;
import org.zhibiao.model.DocType;
import org.zhibiao.model.Report;
import org.zhibiao.model.ReportIdentity;
import org.zhibiao.model.ReportSummary;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reports in a workspace: plain JDBC on the workspace's connection; callers own the transaction. */
public final class ReportStore {

    private static final String COLUMNS = "id, file_name, content_hash, source_format, province, prefecture, region, "
            + "region_code, report_year, review_year, doc_type, imported_at, imported_by";

    private final Workspace workspace;

    ReportStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Stores a new report with its text and returns its id. */
    public long insert(String fileName, String contentHash, String sourceFormat, ReportIdentity id, String text,
                       java.time.Instant at, String analyst) throws SQLException {
        String sql = "INSERT INTO report (file_name, content_hash, source_format, province, prefecture, region, "
                + "region_code, report_year, review_year, doc_type, imported_at, imported_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        long reportId;
        try (PreparedStatement ps = workspace.connection().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, fileName);
            ps.setString(2, contentHash);
            ps.setString(3, sourceFormat);
            ps.setString(4, id.province());
            ps.setString(5, id.prefecture());
            ps.setString(6, id.region());
            ps.setString(7, id.regionCode());
            setInt(ps, 8, id.reportYear());
            setInt(ps, 9, id.reviewYear());
            ps.setString(10, id.docType().code());
            ps.setTimestamp(11, Timestamp.from(at));
            ps.setString(12, analyst);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                reportId = keys.getLong(1);
            }
        }
        // the text in a table of its own: the report list reads report rows and must not decode every text (V6);
        // in pieces, so that no page of the file holds a whole long report (V7)
        TextPieces.write(workspace.connection(), reportId, text);
        return reportId;
    }

    public Optional<Report> byHash(String contentHash) throws SQLException {
        return one("SELECT " + COLUMNS + " FROM report WHERE content_hash = ?", contentHash);
    }

    public Optional<Report> byId(long id) throws SQLException {
        try (PreparedStatement ps = workspace.connection().prepareStatement("SELECT " + COLUMNS + " FROM report WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    public String text(long reportId) throws SQLException {
        String text = TextPieces.read(workspace.connection(), reportId);
        if (text == null) {
            throw new WorkspaceException(Problem.Kind.NO_REPORT, String.valueOf(reportId));
        }
        return text;
    }

    public int count() throws SQLException {
        try (Statement s = workspace.connection().createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM report")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Every report with its review progress, in import order. */
    public List<ReportSummary> summaries() throws SQLException {
        return summaries(null);
    }

    /**
     * The reports with the given ids (all when null) with their review progress, in import order. Reading a few
     * reports' counts is what a refresh after a decision needs.
     */
    public List<ReportSummary> summaries(java.util.Collection<Long> only) throws SQLException {
        String ids = only == null ? null : String.join(", ", java.util.Collections.nCopies(only.size(), "?"));
        if (only != null && only.isEmpty()) {
            return List.of();
        }
        // the counts are kept with each report (FigureStore): no figure is read to list the reports
        String sql = "SELECT " + prefixed() + ", r.fig_count, r.pending_count, r.fig_count - r.pending_count "
                + "FROM report r" + (ids == null ? "" : " WHERE r.id IN (" + ids + ")") + " ORDER BY r.id";
        List<ReportSummary> out = new ArrayList<>();
        try (PreparedStatement ps = workspace.connection().prepareStatement(sql)) {
            if (only != null) {
                int i = 1;
                for (long id : only) {
                    ps.setLong(i++, id);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ReportSummary(read(rs), rs.getInt(14), rs.getInt(15), rs.getInt(16)));
                }
            }
        }
        return out;
    }

    /**
     * The report list as one analyst sees it: each report with the analyst's own assignment, if any, and for a report
     * they annotate blind (not yet curated) the progress of their copy instead of the report's own figures.
     */
    public List<ReportSummary> summariesFor(String analyst) throws SQLException {
        return summariesFor(analyst, null);
    }

    /** As {@link #summariesFor(String)}, for the reports with the given ids only (all when null). */
    public List<ReportSummary> summariesFor(String analyst, java.util.Collection<Long> only) throws SQLException {
        List<ReportSummary> all = summaries(only);
        java.util.Map<Long, org.zhibiao.model.Assignment> mine = new java.util.HashMap<>();
        for (org.zhibiao.model.Assignment a : workspace.team().forAnalyst(analyst)) {
            mine.put(a.reportId(), a);
        }
        if (mine.isEmpty()) {
            return all;
        }
        java.util.Map<Long, int[]> copies = copyCounts(analyst);
        List<ReportSummary> out = new ArrayList<>(all.size());
        for (ReportSummary s : all) {
            org.zhibiao.model.Assignment a = mine.get(s.report().id());
            int[] c = a != null && a.blind() ? copies.get(s.report().id()) : null;
            out.add(c != null ? new ReportSummary(s.report(), c[0], c[1], c[2], a)
                    : new ReportSummary(s.report(), s.figures(), s.pending(), s.reviewed(), a));
        }
        return out;
    }

    /** Figures, pending and reviewed counts of an analyst's blind copies, for reports not yet curated. */
    private java.util.Map<Long, int[]> copyCounts(String analyst) throws SQLException {
        String sql = "SELECT report_id, COUNT(*), SUM(CASE WHEN status = 'pending' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN status <> 'pending' THEN 1 ELSE 0 END) FROM figure WHERE annotator = ? "
                + "AND report_id NOT IN (SELECT report_id FROM curation) GROUP BY report_id";
        java.util.Map<Long, int[]> out = new java.util.HashMap<>();
        try (PreparedStatement ps = workspace.connection().prepareStatement(sql)) {
            ps.setString(1, analyst);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4)});
                }
            }
        }
        return out;
    }

    /** Replaces a report's identity (as an analyst corrected it); returns the one it had. */
    public ReportIdentity updateIdentity(long reportId, ReportIdentity id) throws SQLException {
        ReportIdentity old = byId(reportId).orElseThrow(() -> new WorkspaceException(Problem.Kind.NO_REPORT, String.valueOf(reportId))).identity();
        String sql = "UPDATE report SET province = ?, prefecture = ?, region = ?, region_code = ?, report_year = ?, "
                + "review_year = ?, doc_type = ?, version = version + 1 WHERE id = ?";
        try (PreparedStatement ps = workspace.connection().prepareStatement(sql)) {
            ps.setString(1, id.province());
            ps.setString(2, id.prefecture());
            ps.setString(3, id.region());
            ps.setString(4, id.regionCode());
            setInt(ps, 5, id.reportYear());
            setInt(ps, 6, id.reviewYear());
            ps.setString(7, id.docType().code());
            ps.setLong(8, reportId);
            ps.executeUpdate();
        }
        return old;
    }

    private static String prefixed() {
        return "r." + COLUMNS.replace(", ", ", r.");
    }

    private Optional<Report> one(String sql, String arg) throws SQLException {
        try (PreparedStatement ps = workspace.connection().prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static Report read(ResultSet rs) throws SQLException {
        ReportIdentity id = new ReportIdentity(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                (Integer) rs.getObject(9), (Integer) rs.getObject(10), DocType.fromCode(rs.getString(11)));
        return new Report(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), id,
                rs.getTimestamp(12).toInstant(), rs.getString(13));
    }

    static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }
}
