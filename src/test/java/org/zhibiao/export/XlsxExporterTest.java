package org.zhibiao.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.model.ReportSummary;
import org.zhibiao.model.Progress;
import org.zhibiao.store.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The Excel export, read back with POI. */
class XlsxExporterTest {

    @TempDir
    static Path shared;
    static Workspace ws;

    @BeforeAll
    static void workspace() {
        ws = ExportFixture.workspace(shared);
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    static XSSFWorkbook read(Path file) throws IOException {
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    static List<String> header(XSSFSheet sheet) {
        List<String> out = new ArrayList<>();
        sheet.getRow(0).forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    /** Rows as column title → cell, for the rows whose first columns match. */
    static List<Map<String, Cell>> rows(XSSFSheet sheet) {
        List<String> h = header(sheet);
        List<Map<String, Cell>> out = new ArrayList<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            Row r = sheet.getRow(i);
            Map<String, Cell> m = new TreeMap<>();
            for (int c = 0; c < h.size(); c++) {
                if (r.getCell(c) != null) {
                    m.put(h.get(c), r.getCell(c));
                }
            }
            out.add(m);
        }
        return out;
    }

    static String s(Map<String, Cell> row, String column) {
        Cell c = row.get(column);
        return c == null ? "" : c.getCellType() == CellType.NUMERIC ? String.valueOf(c.getNumericCellValue()) : c.getStringCellValue();
    }

    @Test
    void writesFourSheetsWithChineseHeadersAndTypedCells(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("briefing.xlsx");
        List<String> seen = new ArrayList<>();
        ExportResult r = new XlsxExporter(new org.zhibiao.service.ReportQueries(ws)).export(out, ExportOptions.defaults(),
                (done, total, file, what) -> seen.add(done + "/" + total));
        assertThat(r.figures()).isEqualTo(94);
        assertThat(r.reports()).isEqualTo(9);
        assertThat(r.chartYear()).isEqualTo(2023);
        assertThat(seen).hasSize(9).last().isEqualTo("94/94");
        try (XSSFWorkbook wb = read(out)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(4);
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)))
                    .containsExactly("指标 Indicators", "目标与实际 Targets vs actuals", "报告 Reports", "图表 Chart");

            XSSFSheet figures = wb.getSheetAt(0);
            // a workbook is read by people: the indicator by name, no code column (the CSV keeps codes)
            assertThat(header(figures)).containsExactly("报告文件", "省", "市", "地区", "报告年份", "指标",
                    "类型", "年份", "数值", "单位", "增长率(%)", "限定", "原文", "审核状态", "分析员", "最后修改时间", "置信度", "备注");
            assertThat(figures.getLastRowNum()).isEqualTo(94);
            assertThat(figures.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero();
            assertThat(wb.getFontAt(figures.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertFrozenAndFiltered(figures, "A1:R95");
            assertThat(figures.getColumnWidth(12)).isEqualTo(44 * 256);

            Map<String, Cell> gdp = rows(figures).stream().filter(m -> s(m, "地区").equals("远安县")
                    && s(m, "指标").equals("地区生产总值") && s(m, "类型").equals("实际") && s(m, "年份").equals("2023.0")).findFirst().orElseThrow();
            assertThat(s(gdp, "报告文件")).isEqualTo("yuanan_2024.txt");
            assertThat(s(gdp, "省")).isEqualTo("湖北省");
            assertThat(s(gdp, "市")).isEqualTo("宜昌市");
            assertThat(gdp.get("报告年份").getNumericCellValue()).isEqualTo(2024);
            assertThat(gdp.get("年份").getNumericCellValue()).isEqualTo(2023);
            assertThat(gdp.get("数值").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(gdp.get("数值").getNumericCellValue()).isCloseTo(192.4, within(1e-9));
            assertThat(s(gdp, "单位")).isEqualTo("亿元");
            assertThat(gdp.get("增长率(%)").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(gdp.get("增长率(%)").getNumericCellValue()).isCloseTo(7.6, within(1e-9));
            assertThat(gdp.get("增长率(%)").getCellStyle().getDataFormatString()).isEqualTo("0.0#\"%\"");
            assertThat(s(gdp, "原文")).isEqualTo("地区生产总值完成192.4亿元，增长7.6%");
            assertThat(s(gdp, "审核状态")).isEqualTo("待审核");
            assertThat(s(gdp, "分析员")).isEqualTo("test");
            assertThat(gdp.get("最后修改时间").getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
            assertThat(gdp.get("最后修改时间").getLocalDateTimeCellValue()).isNotNull();
            assertThat(gdp.get("置信度").getNumericCellValue()).isBetween(0.0, 1.0);

            Map<String, Cell> target = rows(figures).stream().filter(m -> s(m, "地区").equals("远安县")
                    && s(m, "指标").equals("固定资产投资") && s(m, "年份").equals("2023.0")
                    && s(m, "类型").equals("目标")).findFirst().orElseThrow();
            assertThat(target.get("增长率(%)").getNumericCellValue()).isEqualTo(10.0);
            assertThat(s(target, "限定")).isEqualTo("以上");
            assertThat(target).doesNotContainKey("数值");

            XSSFSheet pivot = wb.getSheetAt(1);
            assertThat(header(pivot)).containsExactly("地区", "市", "省", "指标", "年份", "目标增长(%)",
                    "实际增长(%)", "差距(百分点)", "目标值", "实际值", "单位", "限定", "完成情况", "已审核");
            assertFrozenAndFiltered(pivot, "A1:N" + (r.comparisons() + 1));
            Map<String, Cell> fi = rows(pivot).stream().filter(m -> s(m, "地区").equals("远安县")
                    && s(m, "指标").equals("固定资产投资") && s(m, "年份").equals("2023.0")).findFirst().orElseThrow();
            assertThat(fi.get("目标增长(%)").getNumericCellValue()).isEqualTo(10.0);
            assertThat(fi.get("实际增长(%)").getNumericCellValue()).isCloseTo(8.3, within(1e-9));
            assertThat(fi.get("差距(百分点)").getNumericCellValue()).isCloseTo(-1.7, within(1e-9));
            assertThat(fi.get("差距(百分点)").getCellStyle().getDataFormatString()).isEqualTo("+0.0#;-0.0#;0.0");
            assertThat(s(fi, "完成情况")).isEqualTo("未完成");
            assertThat(s(fi, "已审核")).isEqualTo("否");
            Map<String, Cell> retail = rows(pivot).stream().filter(m -> s(m, "地区").equals("远安县")
                    && s(m, "指标").equals("社会消费品零售总额") && s(m, "年份").equals("2023.0")).findFirst().orElseThrow();
            assertThat(s(retail, "完成情况")).isEqualTo("超额完成");

            assertThat(pivot.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
            ConditionalFormatting cf = pivot.getSheetConditionalFormatting().getConditionalFormattingAt(0);
            assertThat(cf.getFormattingRanges()).containsExactly(
                    new CellRangeAddress(1, r.comparisons(), XlsxExporter.STATUS_COLUMN, XlsxExporter.STATUS_COLUMN));
            assertThat(cf.getNumberOfRules()).isEqualTo(2);
            assertThat(cf.getRule(0).getFormula1()).contains("完成").contains("超额完成");
            assertThat(cf.getRule(1).getFormula1()).contains("未完成");
            assertThat(cf.getRule(0).getPatternFormatting()).isNotNull();

            XSSFSheet reports = wb.getSheetAt(2);
            assertThat(header(reports)).startsWith("编号", "报告文件").endsWith("审核进度");
            assertThat(reports.getLastRowNum()).isEqualTo(9);
            assertFrozenAndFiltered(reports, "A1:P10");
            Map<String, Cell> songxian = rows(reports).stream().filter(m -> s(m, "报告文件").equals("songxian_2024.txt"))
                    .findFirst().orElseThrow();
            assertThat(s(songxian, "区划代码")).isEqualTo("410325");
            assertThat(songxian.get("指标数").getNumericCellValue()).isEqualTo(4);
            assertThat(songxian.get("审核进度").getCellStyle().getDataFormatString()).isEqualTo("0%");

            XSSFSheet chartSheet = wb.getSheetAt(3);
            List<XSSFChart> charts = chartSheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            assertThat(charts.get(0).getChartSeries()).hasSize(1);
            assertThat(charts.get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(2);
            assertThat(charts.get(0).getTitleText().getString()).contains("地区生产总值").contains("2023");
            List<String> regions = new ArrayList<>();
            for (int i = 1; i <= chartSheet.getLastRowNum(); i++) {
                regions.add(chartSheet.getRow(i).getCell(0).getStringCellValue());
            }
            assertThat(regions).contains("远安县", "嵩县").hasSize(r.chartRegions());
        }
    }

    @Test
    void everySheetPrintsLandscapeFittedToThePageWidthWithItsHeaderRepeated(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("print.xlsx");
        new XlsxExporter(new org.zhibiao.service.ReportQueries(ws)).export(out, ExportOptions.defaults(), Progress.NONE);
        try (XSSFWorkbook wb = read(out)) {
            for (int i = 0; i < 4; i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(wb.getPrintArea(i)).as(sheet.getSheetName()).isNotNull();
                assertThat(sheet.getFooter().getCenter()).contains("&P").contains("&N");
            }
            for (int i = 0; i < 3; i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                assertThat(sheet.getPrintSetup().getFitHeight()).as("as many pages as the rows need").isZero();
                assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
                assertThat(sheet.isPrintGridlines()).isTrue();
            }
            assertThat(wb.getPrintArea(0)).endsWith("$A$1:$R$95"); // the last column holds the analysts' notes
            assertThat(wb.getPrintArea(2)).endsWith("$A$1:$P$10");
            XSSFSheet chart = wb.getSheetAt(3);
            assertThat(chart.getPrintSetup().getFitHeight()).as("the chart on one page").isEqualTo((short) 1);
            // the print area covers the chart's anchor, so no part of it falls outside the page
            XSSFClientAnchor anchor = (XSSFClientAnchor) chart.getDrawingPatriarch().getShapes().get(0).getAnchor();
            CellRangeAddress area = CellRangeAddress.valueOf(wb.getPrintArea(3).substring(wb.getPrintArea(3).indexOf('!') + 1));
            assertThat(area.getLastColumn()).isGreaterThanOrEqualTo(anchor.getCol2() - 1);
            assertThat(area.getLastRow()).isGreaterThanOrEqualTo(anchor.getRow2() - 1);
        }
    }

    @Test
    void theChartSeriesHaveFillsALegendAndATitleThatFits(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("chart.xlsx");
        new XlsxExporter(new org.zhibiao.service.ReportQueries(ws)).export(out, ExportOptions.defaults(), Progress.NONE);
        try (XSSFWorkbook wb = read(out)) {
            XSSFChart chart = wb.getSheetAt(3).getDrawingPatriarch().getCharts().get(0);
            var series = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray();
            assertThat(series).hasSize(2);
            assertThat(series[0].getSpPr().getSolidFill().getSrgbClr().getVal()).isEqualTo(XlsxExporter.TARGET_RGB);
            assertThat(series[1].getSpPr().getSolidFill().getSrgbClr().getVal()).isEqualTo(XlsxExporter.ACTUAL_RGB);
            assertThat(chart.getCTChart().getLegend().getLegendPos().getVal().toString()).isEqualTo("b");
            assertThat(chart.getCTChart().getAutoTitleDeleted().getVal()).isFalse();
            assertThat(chart.getCTChart().getTitle().xmlText()).contains("sz=\"1200\"");
        }
    }

    @Test
    void namesNotCodesAndOneWordForNotComparable(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("names.xlsx");
        new XlsxExporter(new org.zhibiao.service.ReportQueries(ws)).export(out, ExportOptions.defaults(), Progress.NONE);
        try (XSSFWorkbook wb = read(out)) {
            List<String> statuses = rows(wb.getSheetAt(1)).stream().map(m -> s(m, "完成情况")).distinct().toList();
            assertThat(statuses).isSubsetOf("超额完成", "完成", "未完成", "不可比").doesNotContain("无法比较");
            assertThat(rows(wb.getSheetAt(0))).extracting(m -> s(m, "类型")).isSubsetOf("实际", "目标", "规划目标", "期间实际");
            assertThat(rows(wb.getSheetAt(2))).extracting(m -> s(m, "文档类型")).isSubsetOf("报告", "报道", "片段");
            // the columns that hold names of codes show no bare code
            for (String column : List.of("指标", "类型", "限定", "审核状态")) {
                assertThat(rows(wb.getSheetAt(0))).extracting(m -> s(m, column)).noneMatch(v -> v.matches("[a-z_]+"));
            }
            for (String column : List.of("指标", "限定", "完成情况", "已审核")) {
                assertThat(rows(wb.getSheetAt(1))).extracting(m -> s(m, column)).noneMatch(v -> v.matches("[a-z_ ]+"));
            }
        }
        Labels en = new Labels(true);
        Labels zh = new Labels(false);
        assertThat(zh.completion(org.zhibiao.analysis.Completion.NOT_COMPARABLE)).isEqualTo("不可比");
        assertThat(en.kind(org.zhibiao.model.Kind.PLAN)).isEqualTo("multi-year target");
        assertThat(zh.qualifier(org.zhibiao.model.Qualifier.QUALITATIVE)).isEqualTo("文字目标");
    }

    static void assertFrozenAndFiltered(XSSFSheet sheet, String filterRef) {
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo(filterRef);
    }

    @Test
    void writesEnglishHeadersAndLabels(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("en.xlsx");
        new XlsxExporter(new org.zhibiao.service.ReportQueries(ws)).export(out, ExportOptions.defaults().withLocale(Locale.ENGLISH), Progress.NONE);
        try (XSSFWorkbook wb = read(out)) {
            assertThat(header(wb.getSheetAt(0))).startsWith("Report file", "Province", "Prefecture", "Region",
                    "Report year", "Indicator").contains("Growth (%)", "Status", "Last changed", "Confidence")
                    .doesNotContain("Indicator code");
            assertThat(rows(wb.getSheetAt(0))).extracting(m -> s(m, "Indicator")).contains("GDP", "Fixed-asset investment");
            assertThat(rows(wb.getSheetAt(0))).extracting(m -> s(m, "Kind")).contains("actual", "target");
            assertThat(rows(wb.getSheetAt(2))).extracting(m -> s(m, "Document type")).contains("work report");
            assertThat(header(wb.getSheetAt(1))).contains("Target growth (%)", "Actual growth (%)", "Gap (pp)", "Status");
            assertThat(header(wb.getSheetAt(2))).contains("Pending", "Reviewed", "Progress");
            assertThat(rows(wb.getSheetAt(0))).extracting(m -> s(m, "Status")).containsOnly("pending");
            assertThat(rows(wb.getSheetAt(1))).extracting(m -> s(m, "Status"))
                    .contains("missed", "exceeded").isSubsetOf("met", "exceeded", "missed", "not comparable");
            ConditionalFormatting cf = wb.getSheetAt(1).getSheetConditionalFormatting().getConditionalFormattingAt(0);
            assertThat(cf.getRule(1).getFormula1()).contains("\"missed\"");
            assertThat(wb.getSheetAt(3).getDrawingPatriarch().getCharts().get(0).getTitleText().getString())
                    .startsWith("GDP 2023");
        }
    }

    @Test
    void filtersByIndicatorRegionAndReports(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("f.xlsx");
        ExportResult r = new XlsxExporter(new org.zhibiao.service.ReportQueries(ws)).export(out, ExportOptions.defaults()
                .withFilter(ExportFilter.all().withIndicator("budget_revenue")), Progress.NONE);
        try (XSSFWorkbook wb = read(out)) {
            assertThat(rows(wb.getSheetAt(0))).extracting(m -> s(m, "指标")).containsOnly("一般公共预算收入");
            assertThat(rows(wb.getSheetAt(1))).extracting(m -> s(m, "指标")).containsOnly("一般公共预算收入");
            assertThat(wb.getSheetAt(3).getDrawingPatriarch().getCharts().get(0).getTitleText().getString())
                    .contains("一般公共预算收入");
        }
        assertThat(r.reports()).isEqualTo(9);

        r = new XlsxExporter(new org.zhibiao.service.ReportQueries(ws)).export(out, ExportOptions.defaults()
                .withFilter(ExportFilter.all().withRegion("河南省")), Progress.NONE);
        assertThat(r.figures()).isEqualTo(8);
        assertThat(r.reports()).isEqualTo(2);
        // one region left: the chart compares its indicators instead of showing one region's pair of bars
        assertThat(r.chartRegion()).isEqualTo("嵩县");
        assertThat(r.chartRegions()).isGreaterThan(1);
        try (XSSFWorkbook wb = read(out)) {
            assertThat(rows(wb.getSheetAt(0))).extracting(m -> s(m, "地区")).containsOnly("嵩县");
            assertThat(rows(wb.getSheetAt(1))).extracting(m -> s(m, "地区")).containsOnly("嵩县");
            XSSFSheet chartSheet = wb.getSheetAt(3);
            assertThat(chartSheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("指标");
            assertThat(chartSheet.getRow(1).getCell(0).getStringCellValue()).isNotEqualTo("嵩县");
            assertThat(chartSheet.getDrawingPatriarch().getCharts().get(0).getTitleText().getString())
                    .startsWith("嵩县 " + r.chartYear() + "年").contains("各指标");
        }

        List<ReportSummary> all = ws.inTransaction(() -> ws.reports().summaries());
        List<Long> ids = all.stream().filter(s -> s.report().fileName().startsWith("yuanan_2024"))
                .map(s -> s.report().id()).toList();
        r = new XlsxExporter(new org.zhibiao.service.ReportQueries(ws)).export(out, Locale.CHINESE, ids, Progress.NONE);
        assertThat(r.reports()).isEqualTo(1);
        assertThat(r.figures()).isEqualTo(8);
        try (XSSFWorkbook wb = read(out)) {
            assertThat(rows(wb.getSheetAt(0))).extracting(m -> s(m, "报告文件")).containsOnly("yuanan_2024.txt");
            assertThat(rows(wb.getSheetAt(2))).extracting(m -> s(m, "报告文件")).containsOnly("yuanan_2024.txt");
            // comparisons that use a figure of the chosen report: 2023 results against the 2023 report's targets
            assertThat(rows(wb.getSheetAt(1))).extracting(m -> s(m, "地区")).containsOnly("远安县");
        }
    }

    @Test
    void aFailedExportLeavesThePreviousFileAndNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("briefing.xlsx");
        new XlsxExporter(new org.zhibiao.service.ReportQueries(ws)).export(out, ExportOptions.defaults(), Progress.NONE);
        byte[] before = Files.readAllBytes(out);
        Progress failing = (done, total, file, what) -> {
            if (done > total / 2) {
                throw new IllegalStateException("disk gone half-way");
            }
        };
        assertThatThrownBy(() -> new XlsxExporter(new org.zhibiao.service.ReportQueries(ws)).export(out, ExportOptions.defaults()
                .withLocale(Locale.ENGLISH), failing)).hasMessage("disk gone half-way");
        assertThat(Files.readAllBytes(out)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }

        Progress cancelled = new Progress() {
            int calls;

            @Override
            public void update(int done, int total, Path file, String outcome) {
                calls++;
            }

            @Override
            public boolean cancelled() {
                return calls >= 3;
            }
        };
        assertThatThrownBy(() -> new XlsxExporter(new org.zhibiao.service.ReportQueries(ws)).export(out, ExportOptions.defaults(), cancelled))
                .isInstanceOf(ExportException.class).hasMessageContaining("cancelled").hasMessageContaining(out.toString());
        assertThat(Files.readAllBytes(out)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void aReadOnlyFileOrFolderGivesOneSentenceNamingTheFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("open.xlsx");
        Files.writeString(out, "previous");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r--r--r--"));
        try {
            assertThatThrownBy(() -> new XlsxExporter(new org.zhibiao.service.ReportQueries(ws)).export(out, ExportOptions.defaults(), Progress.NONE))
                    .isInstanceOf(ExportException.class)
                    .hasMessage("Cannot write " + out.toAbsolutePath() + ": the file is read-only or open in another "
                            + "program; close it or choose another name.");
            assertThat(Files.readString(out)).isEqualTo("previous");
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r--r--"));
        }

        Path folder = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path target = folder.resolve("new.xlsx");
            assertThatThrownBy(() -> new XlsxExporter(new org.zhibiao.service.ReportQueries(ws)).export(target, ExportOptions.defaults(), Progress.NONE))
                    .isInstanceOf(ExportException.class)
                    .hasMessageStartingWith("Cannot write " + target.toAbsolutePath() + ": ")
                    .hasMessageContaining("read-only")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").endsWith("."));
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files).isEmpty();
            }
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void anEmptyWorkspaceGivesHeadersAndNoChart(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("empty.xlsx");
        try (Workspace empty = Workspace.open(dir.resolve("empty"))) {
            ExportResult r = new XlsxExporter(new org.zhibiao.service.ReportQueries(empty)).export(out, ExportOptions.defaults(), Progress.NONE);
            assertThat(r.figures()).isZero();
            assertThat(r.chartYear()).isNull();
        }
        try (XSSFWorkbook wb = read(out)) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isZero();
            assertThat(wb.getSheetAt(3).getDrawingPatriarch()).isNull();
            assertThat(wb.getSheetAt(3).getRow(0).getCell(0).getStringCellValue()).contains("地区生产总值");
        }
    }
}
