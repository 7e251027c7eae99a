package org.zhibiao.store;

import org.zhibiao.model.Problem;
import org.zhibiao.model.Figure;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.RegionalFigure;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Span;
import org.zhibiao.model.Status;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Figures in a workspace: plain JDBC on the workspace's connection; callers own the transaction. */
public final class FigureStore {

    private static final String COLUMNS = "id, report_id, indicator, kind, fig_year, fig_value, unit, growth_pct, "
            + "qualifier, source_text, span_start, span_end, confidence, rule, status, analyst, changed_at, version";
    private static final int MAX_TEXT = 4000;

    private final Workspace workspace;

    FigureStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The annotator of a report's own figures, as opposed to an analyst's blind copy. */
    public static final String REPORT = "";

    /** Stores figures of a report in one batch; returns their ids in order. */
    public List<Long> insertAll(long reportId, List<Figure> figures, Status status, String analyst, Instant at)
            throws SQLException {
        return insertAll(reportId, figures, status, analyst, at, REPORT, null);
    }

    /**
     * Stores figures of a report owned by an annotator ({@link #REPORT} for the report's own figures, an analyst's
     * name for a blind copy), each with the key of the machine figure it started from (origins, or null for none).
     */
    public List<Long> insertAll(long reportId, List<Figure> figures, Status status, String analyst, Instant at,
                                String annotator, List<String> origins) throws SQLException {
        String sql = "INSERT INTO figure (report_id, indicator, kind, fig_year, fig_value, unit, growth_pct, qualifier, "
                + "source_text, span_start, span_end, confidence, rule, status, analyst, changed_at, annotator, origin) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        List<Long> ids = new ArrayList<>(figures.size());
        if (figures.isEmpty()) {
            return ids;
        }
        try (PreparedStatement ps = workspace.connection().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int k = 0; k < figures.size(); k++) {
                bind(ps, 1, reportId, figures.get(k), status, analyst, at);
                ps.setString(17, annotator);
                ps.setString(18, origins == null ? null : origins.get(k));
                ps.addBatch();
            }
            ps.executeBatch();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        if (REPORT.equals(annotator)) {
            counted(reportId, figures.size(), status == Status.PENDING ? figures.size() : 0);
        }
        return ids;
    }

    /** Puts back a figure with the id it had (redo of an addition), owned by the same annotator. */
    public void insertWithId(long id, long reportId, Figure f, Status status, String analyst, Instant at,
                             String annotator) throws SQLException {
        String sql = "INSERT INTO figure (id, report_id, indicator, kind, fig_year, fig_value, unit, growth_pct, qualifier, "
                + "source_text, span_start, span_end, confidence, rule, status, analyst, changed_at, annotator) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = workspace.connection().prepareStatement(sql)) {
            ps.setLong(1, id);
            bind(ps, 2, reportId, f, status, analyst, at);
            ps.setString(18, annotator);
            ps.executeUpdate();
        }
        if (REPORT.equals(annotator)) {
            counted(reportId, 1, status == Status.PENDING ? 1 : 0);
        }
    }

    /**
     * Every figure with its report's region, for comparisons: of one indicator or all (null), rejected ones left
     * out, and only reviewed ones (confirmed, corrected, added) when asked.
     */
    public List<RegionalFigure> regional(String indicator, boolean reviewedOnly) throws SQLException {
        return regional(indicator, null, reviewedOnly);
    }

    /** As {@link #regional(String, boolean)}, for one year only when {@code year} is not null. */
    public List<RegionalFigure> regional(String indicator, Integer year, boolean reviewedOnly) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (String c : COLUMNS.split(", ")) {
            sql.append("f.").append(c).append(", ");
        }
        sql.append("r.region_code, r.region, r.prefecture, r.province, r.doc_type, r.report_year "
                + "FROM figure f JOIN report r ON r.id = f.report_id WHERE f.status <> 'rejected' AND f.annotator = ''");
        if (reviewedOnly) {
            sql.append(" AND f.status <> 'pending'");
        }
        if (indicator != null) {
            sql.append(" AND f.indicator = ?");
        }
        if (year != null) {
            sql.append(" AND f.fig_year = ?");
        }
        sql.append(" ORDER BY r.region_code, f.indicator, f.fig_year, f.id");
        List<RegionalFigure> out = new ArrayList<>();
        try (PreparedStatement ps = workspace.connection().prepareStatement(sql.toString())) {
            int i = 1;
            if (indicator != null) {
                ps.setString(i++, indicator);
            }
            if (year != null) {
                ps.setInt(i, year);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RegionalFigure(rs.getString(19), rs.getString(20), rs.getString(21), rs.getString(22),
                            org.zhibiao.model.DocType.fromCode(rs.getString(23)), (Integer) rs.getObject(24), read(rs)));
                }
            }
        }
        return out;
    }

    /** Sets a new figure's 16 columns, report_id to changed_at, from parameter {@code first} on. */
    private static void bind(PreparedStatement ps, int first, long reportId, Figure f, Status status, String analyst,
                             Instant at) throws SQLException {
        int i = first;
        ps.setLong(i++, reportId);
        ps.setString(i++, f.indicator());
        ps.setString(i++, f.kind().code());
        ReportStore.setInt(ps, i++, f.year());
        setDecimal(ps, i++, f.value());
        ps.setString(i++, f.unit());
        setDecimal(ps, i++, f.growthPct());
        ps.setString(i++, f.qualifier().code());
        ps.setString(i++, clip(f.text()));
        ps.setInt(i++, f.span().start());
        ps.setInt(i++, f.span().end());
        ps.setDouble(i++, f.confidence());
        ps.setString(i++, f.rule() == null ? "" : clip(f.rule()));
        ps.setString(i++, status.code());
        ps.setString(i++, analyst);
        ps.setTimestamp(i, Timestamp.from(at));
    }

    /** A report's own figures, in text order. */
    public List<ReviewedFigure> byReport(long reportId) throws SQLException {
        return byReport(reportId, REPORT);
    }

    /** The figures of a report owned by an annotator: {@link #REPORT}, or an analyst's blind copy. */
    public List<ReviewedFigure> byReport(long reportId, String annotator) throws SQLException {
        List<ReviewedFigure> out = new ArrayList<>();
        try (PreparedStatement ps = workspace.connection().prepareStatement("SELECT " + COLUMNS
                + " FROM figure WHERE report_id = ? AND annotator = ? ORDER BY span_start, id")) {
            ps.setLong(1, reportId);
            ps.setString(2, annotator);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    /** The machine figure each figure of an annotator's copy started from, by figure id (added ones are absent). */
    public java.util.Map<Long, String> origins(long reportId, String annotator) throws SQLException {
        java.util.Map<Long, String> out = new java.util.HashMap<>();
        try (PreparedStatement ps = workspace.connection().prepareStatement(
                "SELECT id, origin FROM figure WHERE report_id = ? AND annotator = ? AND origin IS NOT NULL")) {
            ps.setLong(1, reportId);
            ps.setString(2, annotator);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /** Who owns a figure: {@link #REPORT} or the analyst of a blind copy. */
    public String annotatorOf(long figureId) throws SQLException {
        try (PreparedStatement ps = workspace.connection().prepareStatement("SELECT annotator FROM figure WHERE id = ?")) {
            ps.setLong(1, figureId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : REPORT;
            }
        }
    }

    /** Removes every figure of a report owned by an annotator; returns how many. */
    public int deleteAll(long reportId, String annotator) throws SQLException {
        try (PreparedStatement ps = workspace.connection().prepareStatement(
                "DELETE FROM figure WHERE report_id = ? AND annotator = ?")) {
            ps.setLong(1, reportId);
            ps.setString(2, annotator);
            int n = ps.executeUpdate();
            if (REPORT.equals(annotator)) {
                try (PreparedStatement zero = workspace.connection().prepareStatement(
                        "UPDATE report SET fig_count = 0, pending_count = 0 WHERE id = ?")) {
                    zero.setLong(1, reportId);
                    zero.executeUpdate();
                }
            }
            return n;
        }
    }

    public Optional<ReviewedFigure> byId(long id) throws SQLException {
        List<ReviewedFigure> l = query("SELECT " + COLUMNS + " FROM figure WHERE id = ?", id);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    public int count() throws SQLException {
        try (Statement s = workspace.connection().createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM figure")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Writes a figure's fields, status and attribution as given, and bumps its version, if nobody changed it since it
     * was read at {@code f.version()}; otherwise throws {@link FigureConflictException} with the figure as it is now,
     * and writes nothing (optimistic locking: on a shared server, two analysts may save the same figure at once).
     */
    public void update(ReviewedFigure f) throws SQLException {
        Held before = held(f.id(), f.version());
        String sql = "UPDATE figure SET indicator = ?, kind = ?, fig_year = ?, fig_value = ?, unit = ?, growth_pct = ?, "
                + "qualifier = ?, source_text = ?, span_start = ?, span_end = ?, status = ?, analyst = ?, changed_at = ?, "
                + "version = version + 1 WHERE id = ? AND version = ?";
        Figure g = f.figure();
        try (PreparedStatement ps = workspace.connection().prepareStatement(sql)) {
            ps.setString(1, g.indicator());
            ps.setString(2, g.kind().code());
            ReportStore.setInt(ps, 3, g.year());
            setDecimal(ps, 4, g.value());
            ps.setString(5, g.unit());
            setDecimal(ps, 6, g.growthPct());
            ps.setString(7, g.qualifier().code());
            ps.setString(8, clip(g.text()));
            ps.setInt(9, g.span().start());
            ps.setInt(10, g.span().end());
            ps.setString(11, f.status().code());
            ps.setString(12, f.analyst());
            ps.setTimestamp(13, Timestamp.from(f.changedAt()));
            ps.setLong(14, f.id());
            ps.setInt(15, f.version());
            if (ps.executeUpdate() != 1) {
                ReviewedFigure now = byId(f.id()).orElseThrow(
                        () -> new WorkspaceException(Problem.Kind.NO_FIGURE, String.valueOf(f.id())));
                throw new FigureConflictException(now);
            }
        }
        // the row read before is the one replaced: the version check above let the update through only at it
        if (before != null && REPORT.equals(before.annotator())) {
            boolean pendingNow = f.status() == Status.PENDING;
            if (pendingNow != before.pending()) {
                counted(before.reportId(), 0, pendingNow ? 1 : -1);
            }
        }
    }

    public void delete(long id) throws SQLException {
        Held before = held(id, null);
        try (PreparedStatement ps = workspace.connection().prepareStatement("DELETE FROM figure WHERE id = ?")) {
            ps.setLong(1, id);
            if (ps.executeUpdate() == 1 && before != null && REPORT.equals(before.annotator())) {
                counted(before.reportId(), -1, before.pending() ? -1 : 0);
            }
        }
    }

    /** What a figure row counts towards: its report, whose figure it is, and whether it is pending. */
    private record Held(long reportId, String annotator, boolean pending) {
    }

    /** The figure's row as it is (at that version, when given), or null when there is none. */
    private Held held(long id, Integer version) throws SQLException {
        String sql = "SELECT report_id, annotator, status FROM figure WHERE id = ?" + (version == null ? "" : " AND version = ?");
        try (PreparedStatement ps = workspace.connection().prepareStatement(sql)) {
            ps.setLong(1, id);
            if (version != null) {
                ps.setInt(2, version);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Held(rs.getLong(1), rs.getString(2), Status.PENDING.code().equals(rs.getString(3)))
                        : null;
            }
        }
    }

    /**
     * Changes a report's review counts by the figures added (or removed, negative) and the pending ones among them,
     * in the caller's transaction. Added to the stored numbers, not recounted: two analysts deciding on figures of one
     * report at once on a server each add their own change under the row's lock, where a recount could miss the
     * other's.
     */
    private void counted(long reportId, int figures, int pending) throws SQLException {
        try (PreparedStatement ps = workspace.connection().prepareStatement(
                "UPDATE report SET fig_count = fig_count + ?, pending_count = pending_count + ? WHERE id = ?")) {
            ps.setInt(1, figures);
            ps.setInt(2, pending);
            ps.setLong(3, reportId);
            ps.executeUpdate();
        }
    }

    private List<ReviewedFigure> query(String sql, long arg) throws SQLException {
        List<ReviewedFigure> out = new ArrayList<>();
        try (PreparedStatement ps = workspace.connection().prepareStatement(sql)) {
            ps.setLong(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    static ReviewedFigure read(ResultSet rs) throws SQLException {
        Figure f = new Figure(rs.getString(3), Kind.fromCode(rs.getString(4)), (Integer) rs.getObject(5),
                plain(rs.getBigDecimal(6)), rs.getString(7), plain(rs.getBigDecimal(8)),
                Qualifier.fromCode(rs.getString(9)), rs.getString(10), new Span(rs.getInt(11), rs.getInt(12)),
                rs.getDouble(13), rs.getString(14));
        return new ReviewedFigure(rs.getLong(1), rs.getLong(2), f, Status.fromCode(rs.getString(15)), rs.getString(16),
                rs.getTimestamp(17).toInstant(), rs.getInt(18));
    }

    private static BigDecimal plain(BigDecimal d) {
        if (d == null) {
            return null;
        }
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static void setDecimal(PreparedStatement ps, int i, BigDecimal v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DECIMAL);
        } else {
            ps.setBigDecimal(i, v);
        }
    }

    /**
     * The figure with no more of its source text than the store keeps. A figure merged from mentions far apart
     * spans all between them: in a 50 MB report one figure's text was 17 million chars, held by an import until it
     * was stored (and clipped) for nothing.
     */
    public static Figure asStored(Figure f) {
        return f.text().length() <= MAX_TEXT ? f : new Figure(f.indicator(), f.kind(), f.year(), f.value(), f.unit(),
                f.growthPct(), f.qualifier(), clip(f.text()), f.span(), f.confidence(), f.rule());
    }

    private static String clip(String s) {
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT);
    }
}
