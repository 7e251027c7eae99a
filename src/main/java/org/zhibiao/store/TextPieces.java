package org.zhibiao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's text, stored as pieces of at most {@value #PIECE_CHARS} chars in {@code report_text_piece}, one row
 * each, keyed by the report and the piece's place (V7, decision 0052).
 *
 * <p>Why: H2 keeps a whole value inside its row, and a row inside one page. A 50 MB report was one page, which H2
 * serialised into a growing buffer and compressed into a second one of twice its size: hundreds of megabytes at the
 * moment of the commit (an import with a 300 MB heap ran out of memory there), and again when the file was compacted
 * on close. A page now holds one piece (at most about 192 KB of UTF-8), whatever the size of the report.
 */
final class TextPieces {

    /** 64K chars: most reports are one piece; a piece's page stays small enough to write and compress at once. */
    static final int PIECE_CHARS = 1 << 16;

    /** How many rows a server sends at once when reading a text (PostgreSQL; H2 reads its pages in place). */
    private static final int FETCH_ROWS = 16;

    private TextPieces() {
    }

    /** Writes a report's text, one piece after another; even an empty text has one (empty) piece. */
    static void write(Connection c, long reportId, String text) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO report_text_piece (report_id, seq, piece) VALUES (?, ?, ?)")) {
            ps.setLong(1, reportId);
            int seq = 0;
            int from = 0;
            do {
                int to = end(text, from);
                ps.setInt(2, seq++);
                // one row at a time, not a batch: a batch would hold every piece's copy until it is sent
                ps.setString(3, text.substring(from, to));
                ps.executeUpdate();
                from = to;
            } while (from < text.length());
        }
    }

    /**
     * Where the piece starting at {@code from} ends: {@value #PIECE_CHARS} chars on, or one less so that a pair of
     * surrogates (a character beyond the first 65,536, such as a rare name's 𠀾) is never cut in two. PostgreSQL
     * stores UTF-8, in which half a pair cannot be written.
     */
    static int end(String text, int from) {
        int to = Math.min(text.length(), from + PIECE_CHARS);
        if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))
                && Character.isLowSurrogate(text.charAt(to))) {
            to--;
        }
        return to;
    }

    /** The report's text, its pieces joined in order; null when the report has none (no such report). */
    static String read(Connection c, long reportId) throws SQLException {
        List<String> pieces = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT piece FROM report_text_piece WHERE report_id = ? ORDER BY seq")) {
            ps.setFetchSize(FETCH_ROWS);
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    pieces.add(rs.getString(1));
                }
            }
        }
        if (pieces.size() <= 1) {
            return pieces.isEmpty() ? null : pieces.get(0); // most reports: one piece, no copy of it
        }
        // String.join sizes the result once from the pieces: no builder growing and copied again at the end
        return String.join("", pieces);
    }
}
