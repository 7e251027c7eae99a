package org.zhibiao.export;

import org.zhibiao.extract.Lexicon;
import org.zhibiao.model.Figure;
import org.zhibiao.model.Report;
import org.zhibiao.model.ReportIdentity;
import org.zhibiao.model.ReportSummary;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Progress;
import org.zhibiao.service.ReportQueries;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Exports the figures table (the columns of the workbook's first sheet) as CSV: UTF-8 with a byte order mark so
 * that Excel reads Chinese correctly, fields quoted as RFC 4180 says, lines ending in CRLF. Numbers are plain
 * (growth 3.1 means 3.1 %), times local as {@code yyyy-MM-dd HH:mm:ss}. Written atomically like the workbook.
 */
public final class CsvExporter {

    static final char BOM = '\uFEFF';
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final FigureRows rows;

    public CsvExporter(ReportQueries workspace) {
        this(workspace, Lexicon.loadDefault());
    }

    public CsvExporter(ReportQueries workspace, Lexicon lexicon) {
        this.rows = new FigureRows(workspace, lexicon);
    }

    /** Exports the figures the options' filter covers, headers in its language. */
    public ExportResult export(Path target, ExportOptions options, Progress progress) {
        Progress p = progress == null ? Progress.NONE : progress;
        Labels labels = new Labels(options.english());
        List<ReportSummary> reports = rows.reports(options.filter());
        int[] written = {0};
        AtomicFile.write(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            w.write(BOM);
            line(w, labels.figureHeaders());
            written[0] = rows.forEach(reports, options.filter(), target, p, row -> {
                Report rep = row.report();
                ReportIdentity id = rep.identity();
                ReviewedFigure rf = row.figure();
                Figure f = rf.figure();
                line(w, List.of(rep.fileName(), id.province(), id.prefecture(), id.region(), str(id.reportYear()),
                        f.indicator(), row.indicatorName(), labels.kind(f.kind()), str(f.year()), num(f.value()),
                        f.unit(), num(f.growthPct()), labels.qualifier(f.qualifier()), f.text(),
                        labels.status(rf.status()), str(rf.analyst()),
                        rf.changedAt() == null ? "" : TIME.format(LocalDateTime.ofInstant(rf.changedAt(), options.zone())),
                        String.valueOf(f.confidence())));
            });
            w.flush();
        });
        return new ExportResult(target, written[0], 0, reports.size(), null, 0, null);
    }

    private static void line(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(field(fields.get(i)));
        }
        w.write("\r\n");
    }

    /**
     * RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. A field a spreadsheet would
     * run as a formula is first made text (see {@link #defused}).
     */
    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String s = defused(value);
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /**
     * CSV injection, as OWASP recommends: a field starting with =, +, -, @, a tab or a carriage return is opened by
     * Excel and LibreOffice as a formula (a file named "=HYPERLINK(…)" would run), so it gets a leading single quote,
     * which makes it text. A plain number (-1.5, a falling growth rate) is left as it is: it runs nothing and must
     * stay a number.
     */
    static String defused(String s) {
        char first = s.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !PLAIN_NUMBER.matcher(s).matches() ? "'" + s : s;
    }

    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String num(BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }
}
