package org.zhibiao.export;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickMark;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhibiao.service.CompareService;
import org.zhibiao.analysis.Comparison;
import org.zhibiao.extract.Lexicon;
import org.zhibiao.model.Figure;
import org.zhibiao.model.Report;
import org.zhibiao.model.ReportIdentity;
import org.zhibiao.model.ReportSummary;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Progress;
import org.zhibiao.service.ReportQueries;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Exports a workspace to an Excel workbook for briefings: the figures, targets against results, the reports with
 * their review progress, and a native bar chart of target against actual growth by region.
 *
 * <p>The tables are streamed (SXSSF, {@value #ROW_WINDOW} rows in memory) so that 100,000 figures export in
 * seconds with bounded memory; the chart sheet is small and built on the plain XSSF workbook underneath, before
 * streaming starts, because charts need an XSSFSheet. Growth rates are stored as percent numbers (3.1 means 3.1 %)
 * with the display format {@code 0.0#"%"}, as the workspace holds them; gaps are percentage points.
 *
 * <p>The file is written to a temporary file beside the target and moved into place: a failed or cancelled export
 * leaves the previous file as it was.
 */
public final class XlsxExporter {

    /** Rows of each streamed sheet kept in memory. */
    public static final int ROW_WINDOW = 200;

    static final String GROWTH_FORMAT = "0.0#\"%\"";
    static final String GAP_FORMAT = "+0.0#;-0.0#;0.0";
    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
    static final String CONFIDENCE_FORMAT = "0.00";
    /** Column of the completion status in the targets-vs-actuals sheet (M). */
    static final int STATUS_COLUMN = 12;
    /** The chart's bars: target in blue, actual in orange, filled explicitly (LibreOffice draws no default fill). */
    static final byte[] TARGET_RGB = {(byte) 0x44, (byte) 0x72, (byte) 0xC4};
    static final byte[] ACTUAL_RGB = {(byte) 0xED, (byte) 0x7D, (byte) 0x31};

    // widths in characters, narrow enough that a table scaled to one landscape page stays readable
    private static final int[] FIGURE_WIDTHS = {20, 9, 10, 10, 8, 22, 10, 6, 11, 8, 10, 8, 44, 9, 10, 16, 7, 24};
    private static final int[] COMPARISON_WIDTHS = {12, 10, 10, 26, 6, 11, 11, 10, 11, 11, 8, 8, 13, 9};
    private static final int[] REPORT_WIDTHS = {7, 22, 10, 10, 12, 11, 9, 9, 12, 9, 16, 12, 8, 8, 8, 9};
    /** The chart: at least this many columns wide (its title fits), rows tall. */
    private static final int CHART_MIN_COLUMNS = 12;
    private static final int CHART_ROWS = 34;
    /** Two lines of the default 11-point font. */
    private static final float HEADER_HEIGHT_POINTS = 30f;

    private final ReportQueries workspace;
    private final FigureRows rows;

    /** An exporter with the built-in indicator names. */
    public XlsxExporter(ReportQueries workspace) {
        this(workspace, Lexicon.loadDefault());
    }

    /** An exporter naming indicators as the given lexicon does (the analyst's dictionary). */
    public XlsxExporter(ReportQueries workspace, Lexicon lexicon) {
        this.workspace = workspace;
        this.rows = new FigureRows(workspace, lexicon);
    }

    /**
     * Exports what a UI shows: the given reports (all when null), headers in the given language.
     *
     * @param progress called after each report's figures (done and total count figures); a cancelled progress
     *                 stops the export with an {@link ExportException} and leaves no file
     */
    public ExportResult export(Path target, Locale locale, Collection<Long> reportIds, Progress progress) {
        return export(target, ExportOptions.defaults().withLocale(locale)
                .withFilter(ExportFilter.all().withReports(reportIds)), progress);
    }

    /**
     * Exports the workbook.
     *
     * @throws ExportException when the file cannot be written (read-only, open in another program, cancelled);
     *                         the previous file, if any, is then unchanged
     */
    public ExportResult export(Path target, ExportOptions options, Progress progress) {
        Headless.ensure();
        Progress p = progress == null ? Progress.NONE : progress;
        Labels labels = new Labels(options.english());
        ExportFilter filter = options.filter();
        List<ReportSummary> reports = rows.reports(filter);
        List<Comparison> comparisons = comparisons(filter, reports);
        BriefingChart chart = BriefingChart.of(comparisons, options.chartIndicator(), code -> name(code, options));

        XSSFWorkbook base = new XSSFWorkbook();
        for (String name : List.of(Labels.SHEET_FIGURES, Labels.SHEET_COMPARISON, Labels.SHEET_REPORTS, Labels.SHEET_CHART)) {
            base.createSheet(name);
        }
        SXSSFWorkbook wb = new SXSSFWorkbook(base, ROW_WINDOW);
        try {
            Styles styles = new Styles(wb);
            // the chart sheet is plain XSSF: built before the streamed sheets, never touched through SXSSF
            writeChart(base.getSheet(Labels.SHEET_CHART), chart, styles, labels, options);
            int figures = writeFigures(wb.getSheet(Labels.SHEET_FIGURES), reports, options, labels, styles, target, p);
            writeComparisons(wb.getSheet(Labels.SHEET_COMPARISON), comparisons, labels, styles, options);
            writeReports(wb.getSheet(Labels.SHEET_REPORTS), reports, labels, styles, options);
            wb.setActiveSheet(0);
            AtomicFile.write(target, wb::write);
            return new ExportResult(target, figures, comparisons.size(), reports.size(),
                    chart.year, chart.bars.size(), chart.region);
        } catch (IOException e) {
            throw new ExportException("Cannot write " + target.toAbsolutePath() + ": " + AtomicFile.reason(e) + ".", e);
        } finally {
            wb.dispose(); // the streamed sheets' temporary files
            try {
                wb.close();
            } catch (IOException ignored) {
                // nothing was left open to write
            }
        }
    }

    private List<Comparison> comparisons(ExportFilter filter, List<ReportSummary> reports) {
        List<Comparison> all = workspace.comparisons()
                .compare(new CompareService.Query(filter.indicator(), null, false));
        Set<Long> figureIds = filter.reportIds() == null ? null : figureIds(reports);
        List<Comparison> out = new ArrayList<>();
        for (Comparison c : all) {
            Comparison.Region r = c.region();
            if (filter.region() != null && !filter.region().equals(r.name()) && !filter.region().equals(r.prefecture())
                    && !filter.region().equals(r.province())) {
                continue;
            }
            if (figureIds != null && !(c.targetId() != null && figureIds.contains(c.targetId())
                    || c.actualId() != null && figureIds.contains(c.actualId()))) {
                continue;
            }
            out.add(c);
        }
        return out;
    }

    /** The ids of the figures of some reports (a UI selection: small). */
    private Set<Long> figureIds(List<ReportSummary> reports) {
        Set<Long> ids = new HashSet<>();
        for (List<ReviewedFigure> figures : workspace.figuresOf(reports)) {
            for (ReviewedFigure f : figures) {
                ids.add(f.id());
            }
        }
        return ids;
    }

    private int writeFigures(Sheet sheet, List<ReportSummary> reports, ExportOptions options, Labels labels,
                             Styles styles, Path target, Progress progress) throws IOException {
        header(sheet, labels.workbookFigureHeaders(), FIGURE_WIDTHS, styles);
        java.util.Map<Long, String> notes = workspace.notes();
        int[] next = {1};
        int n = rows.forEach(reports, options.filter(), target, progress, row -> {
            Row r = sheet.createRow(next[0]++);
            Report rep = row.report();
            ReportIdentity id = rep.identity();
            ReviewedFigure rf = row.figure();
            Figure f = rf.figure();
            text(r, 0, rep.fileName(), styles);
            text(r, 1, id.province(), styles);
            text(r, 2, id.prefecture(), styles);
            text(r, 3, id.region(), styles);
            integer(r, 4, id.reportYear(), styles);
            text(r, 5, name(f.indicator(), options), styles);
            text(r, 6, labels.kind(f.kind()), styles);
            integer(r, 7, f.year(), styles);
            number(r, 8, f.value(), styles.value);
            text(r, 9, f.unit(), styles);
            number(r, 10, f.growthPct(), styles.growth);
            text(r, 11, labels.qualifier(f.qualifier()), styles);
            text(r, 12, f.text(), styles);
            text(r, 13, labels.status(rf.status()), styles);
            text(r, 14, rf.analyst(), styles);
            time(r, 15, rf.changedAt(), options, styles);
            Cell c = r.createCell(16);
            c.setCellValue(f.confidence());
            c.setCellStyle(styles.confidence);
            text(r, 17, notes.get(rf.id()), styles);
        });
        finish(sheet, next[0] - 1, FIGURE_WIDTHS.length, labels);
        return n;
    }

    private void writeComparisons(Sheet sheet, List<Comparison> comparisons, Labels labels, Styles styles,
                                  ExportOptions options) {
        header(sheet, labels.workbookComparisonHeaders(), COMPARISON_WIDTHS, styles);
        int i = 1;
        for (Comparison c : comparisons) {
            Row r = sheet.createRow(i++);
            text(r, 0, c.region().name(), styles);
            text(r, 1, c.region().prefecture(), styles);
            text(r, 2, c.region().province(), styles);
            text(r, 3, name(c.indicator(), options), styles);
            integer(r, 4, c.year(), styles);
            number(r, 5, c.targetGrowth(), styles.growth);
            number(r, 6, c.actualGrowth(), styles.growth);
            number(r, 7, c.gapPp(), styles.gap);
            number(r, 8, c.targetValue(), styles.value);
            number(r, 9, c.actualValue(), styles.value);
            text(r, 10, c.unit(), styles);
            text(r, 11, labels.qualifier(c.qualifier()), styles);
            text(r, STATUS_COLUMN, labels.completion(c.status()), styles);
            text(r, 13, labels.yesNo(c.reviewed()), styles);
        }
        int last = i - 1;
        finish(sheet, last, COMPARISON_WIDTHS.length, labels);
        colourStatus(sheet, Math.max(last, 1), labels);
    }

    /** Met and exceeded green, missed red, on the status column: rules on the text the column shows. */
    private static void colourStatus(Sheet sheet, int lastRow, Labels labels) {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        String col = "$" + CellReference.convertNumToColString(STATUS_COLUMN) + "2";
        ConditionalFormattingRule good = cf.createConditionalFormattingRule(
                "OR(" + col + "=\"" + labels.completion(org.zhibiao.analysis.Completion.MET) + "\","
                        + col + "=\"" + labels.completion(org.zhibiao.analysis.Completion.EXCEEDED) + "\")");
        fill(good, IndexedColors.LIGHT_GREEN, IndexedColors.DARK_GREEN);
        ConditionalFormattingRule bad = cf.createConditionalFormattingRule(
                col + "=\"" + labels.completion(org.zhibiao.analysis.Completion.MISSED) + "\"");
        fill(bad, IndexedColors.ROSE, IndexedColors.DARK_RED);
        cf.addConditionalFormatting(new CellRangeAddress[]{
                new CellRangeAddress(1, lastRow, STATUS_COLUMN, STATUS_COLUMN)}, good, bad);
    }

    private static void fill(ConditionalFormattingRule rule, IndexedColors background, IndexedColors font) {
        PatternFormatting p = rule.createPatternFormatting();
        p.setFillBackgroundColor(background.getIndex());
        p.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        rule.createFontFormatting().setFontColorIndex(font.getIndex());
    }

    private void writeReports(Sheet sheet, List<ReportSummary> reports, Labels labels, Styles styles,
                              ExportOptions options) {
        header(sheet, labels.reportHeaders(), REPORT_WIDTHS, styles);
        int i = 1;
        for (ReportSummary s : reports) {
            Report rep = s.report();
            ReportIdentity id = rep.identity();
            Row r = sheet.createRow(i++);
            Cell c = r.createCell(0);
            c.setCellValue(rep.id());
            c.setCellStyle(styles.integer);
            text(r, 1, rep.fileName(), styles);
            text(r, 2, id.province(), styles);
            text(r, 3, id.prefecture(), styles);
            text(r, 4, id.region(), styles);
            text(r, 5, id.regionCode(), styles);
            integer(r, 6, id.reportYear(), styles);
            integer(r, 7, id.reviewYear(), styles);
            text(r, 8, labels.docType(id.docType()), styles);
            text(r, 9, rep.sourceFormat(), styles);
            time(r, 10, rep.importedAt(), options, styles);
            text(r, 11, rep.importedBy(), styles);
            integer(r, 12, s.figures(), styles);
            integer(r, 13, s.pending(), styles);
            integer(r, 14, s.reviewed(), styles);
            Cell progress = r.createCell(15);
            progress.setCellValue(s.figures() == 0 ? 0 : (double) s.reviewed() / s.figures());
            progress.setCellStyle(styles.percent);
        }
        finish(sheet, i - 1, REPORT_WIDTHS.length, labels);
    }

    /** An indicator's name in the workbook's language. */
    private String name(String code, ExportOptions options) {
        return options.english() ? rows.englishName(code) : rows.name(code);
    }

    /**
     * The chart sheet: the bars' numbers in columns A to C and a clustered bar chart beside them, printed on one
     * page. Series fills, the legend and the title are set explicitly: without fills LibreOffice draws an empty
     * frame, and a long title at the default size is cut.
     */
    private void writeChart(XSSFSheet sheet, BriefingChart chart, Styles styles, Labels labels, ExportOptions options) {
        String name = name(options.chartIndicator(), options);
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 14 * 256);
        sheet.setColumnWidth(2, 14 * 256);
        if (chart.isEmpty()) {
            sheet.createRow(0).createCell(0).setCellValue(labels.noChart(name));
            PrintLayout.onePage(sheet, 8, 0, labels);
            return;
        }
        Row head = sheet.createRow(0);
        head.setHeightInPoints(HEADER_HEIGHT_POINTS);
        String[] titles = {chart.region == null ? labels.regionHeader() : labels.indicatorHeader(),
                labels.targetSeries(), labels.actualSeries()};
        for (int i = 0; i < titles.length; i++) {
            Cell c = head.createCell(i);
            c.setCellValue(titles[i]);
            c.setCellStyle(styles.header);
        }
        int n = chart.bars.size();
        for (int i = 0; i < n; i++) {
            BriefingChart.Bar bar = chart.bars.get(i);
            Row r = sheet.createRow(i + 1);
            text(r, 0, bar.label(), styles);
            number(r, 1, bar.target(), styles.growth);
            number(r, 2, bar.actual(), styles.growth);
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int width = Math.max(CHART_MIN_COLUMNS, Math.min(40, 2 + n));
        int height = Math.max(CHART_ROWS, n + 1);
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 4, 0, 4 + width, height);
        XSSFChart xc = drawing.createChart(anchor);
        xc.setTitleText(chart.region == null ? labels.chartTitle(name, chart.year)
                : labels.regionChartTitle(chart.region, chart.year));
        xc.setTitleOverlay(false);
        xc.setAutoTitleDeleted(false);
        xc.getTitle().getOrAddTextProperties().setFontSize(12.0);
        XDDFChartLegend legend = xc.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        legend.setOverlay(false);
        XDDFCategoryAxis categories = xc.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis growth = xc.createValueAxis(AxisPosition.LEFT);
        growth.setCrosses(AxisCrosses.AUTO_ZERO);
        growth.setCrossBetween(AxisCrossBetween.BETWEEN);
        growth.setMajorTickMark(AxisTickMark.OUT);
        XDDFDataSource<String> labelsColumn = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(1, n, 0, 0));
        XDDFNumericalDataSource<Double> targets = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(1, n, 1, 1));
        XDDFNumericalDataSource<Double> actuals = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(1, n, 2, 2));
        XDDFBarChartData data = (XDDFBarChartData) xc.createData(ChartTypes.BAR, categories, growth);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setGapWidth(80);
        data.setVaryColors(false);
        XDDFChartData.Series t = data.addSeries(labelsColumn, targets);
        t.setTitle(titles[1], new CellReference(sheet.getSheetName(), 0, 1, true, true));
        t.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(TARGET_RGB)));
        XDDFChartData.Series a = data.addSeries(labelsColumn, actuals);
        a.setTitle(titles[2], new CellReference(sheet.getSheetName(), 0, 2, true, true));
        a.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(ACTUAL_RGB)));
        xc.plot(data);
        PrintLayout.onePage(sheet, 4 + width - 1, height - 1, labels);
    }

    // --- cells and styles

    private static void header(Sheet sheet, List<String> titles, int[] widths, Styles styles) {
        Row r = sheet.createRow(0);
        r.setHeightInPoints(HEADER_HEIGHT_POINTS); // room for a wrapped title: spreadsheets do not grow it on opening
        for (int i = 0; i < titles.size(); i++) {
            Cell c = r.createCell(i);
            c.setCellValue(titles.get(i));
            c.setCellStyle(styles.header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void finish(Sheet sheet, int lastRow, int columns, Labels labels) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 0), 0, columns - 1));
        PrintLayout.table(sheet, columns, lastRow, labels);
    }

    private static void text(Row r, int col, String value, Styles styles) {
        if (value != null && !value.isEmpty()) {
            // every cell gets a style: a cell without one makes SXSSF look up the column's default style in the
            // sheet's XML for each cell, which dominated the time of large exports
            Cell c = r.createCell(col);
            c.setCellValue(clip(value));
            c.setCellStyle(styles.text);
        }
    }

    private static void integer(Row r, int col, Integer value, Styles styles) {
        if (value != null) {
            Cell c = r.createCell(col);
            c.setCellValue(value);
            c.setCellStyle(styles.integer);
        }
    }

    private static void number(Row r, int col, BigDecimal value, CellStyle style) {
        if (value != null) {
            Cell c = r.createCell(col);
            c.setCellValue(value.doubleValue());
            c.setCellStyle(style);
        }
    }

    private static void time(Row r, int col, Instant at, ExportOptions options, Styles styles) {
        if (at != null) {
            Cell c = r.createCell(col);
            c.setCellValue(LocalDateTime.ofInstant(at, options.zone()));
            c.setCellStyle(styles.dateTime);
        }
    }

    /** A cell holds at most 32,767 characters. */
    private static String clip(String s) {
        int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle integer;
        final CellStyle value;
        final CellStyle growth;
        final CellStyle gap;
        final CellStyle dateTime;
        final CellStyle confidence;
        final CellStyle percent;

        Styles(Workbook wb) {
            DataFormat df = wb.createDataFormat();
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            // a long English title wraps instead of being cut at the column's edge on screen and on paper
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            text = style(wb, df, "General");
            integer = style(wb, df, "0");
            value = style(wb, df, "General");
            growth = style(wb, df, GROWTH_FORMAT);
            gap = style(wb, df, GAP_FORMAT);
            dateTime = style(wb, df, DATE_TIME_FORMAT);
            confidence = style(wb, df, CONFIDENCE_FORMAT);
            percent = style(wb, df, "0%");
        }

        private static CellStyle style(Workbook wb, DataFormat df, String format) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(df.getFormat(format));
            return s;
        }
    }
}
