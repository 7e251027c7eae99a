package org.zhibiao.export;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.model.Progress;
import org.zhibiao.store.Workspace;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.zhibiao.cli.CliTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CSV export and the export command. */
class CsvAndCommandTest {

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

    @Test
    void csvStartsWithTheBomAndRoundTrips(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("figures.csv");
        ExportResult r = new CsvExporter(new org.zhibiao.service.ReportQueries(ws)).export(out, ExportOptions.defaults(), Progress.NONE);
        assertThat(r.figures()).isEqualTo(94);
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = ExportFixture.parseCsv(new String(bytes, StandardCharsets.UTF_8).substring(1));
        assertThat(rows).hasSize(95);
        assertThat(rows.get(0)).containsExactly("报告文件", "省", "市", "地区", "报告年份", "指标代码", "指标名称", "类型",
                "年份", "数值", "单位", "增长率(%)", "限定", "原文", "审核状态", "分析员", "最后修改时间", "置信度");
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(18));
        List<String> gdp = rows.stream().filter(row -> row.get(0).equals("yuanan_2024.txt") && row.get(5).equals("gdp")
                && row.get(7).equals("实际")).findFirst().orElseThrow();
        assertThat(gdp).containsSequence("湖北省", "宜昌市", "远安县", "2024", "gdp", "地区生产总值", "实际", "2023",
                "192.4", "亿元", "7.6", "", "地区生产总值完成192.4亿元，增长7.6%", "待审核", "test");
        // the source clause with commas is quoted and comes back whole
        assertThat(rows).anySatisfy(row -> assertThat(row.get(13)).contains(","));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n");
    }

    @Test
    void fieldsAreQuotedAsRfc4180Says() {
        assertThat(CsvExporter.field("plain")).isEqualTo("plain");
        assertThat(CsvExporter.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvExporter.field("他说\"增长\"")).isEqualTo("\"他说\"\"增长\"\"\"");
        assertThat(CsvExporter.field("two\nlines")).isEqualTo("\"two\nlines\"");
        List<List<String>> back = ExportFixture.parseCsv(CsvExporter.field("x,\"y\"\r\nz") + ",end\r\n");
        assertThat(back).containsExactly(List.of("x,\"y\"\r\nz", "end"));
    }

    @Test
    void aFailedCsvExportKeepsThePreviousFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("figures.csv");
        Files.writeString(out, "previous");
        assertThatThrownBy(() -> new CsvExporter(new org.zhibiao.service.ReportQueries(ws)).export(out, ExportOptions.defaults(), (d, t, f, o) -> {
            throw new IllegalStateException("stop");
        })).hasMessage("stop");
        assertThat(Files.readString(out)).isEqualTo("previous");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void theCommandWritesBothFilesAndFailsInOneLine(@TempDir Path dir) throws Exception {
        Path w = dir.resolve("cli");
        try (Workspace cli = ExportFixture.workspace(dir)) {
            assertThat(cli.file()).exists();
        }
        Path xlsx = dir.resolve("out.xlsx");
        Path csv = dir.resolve("out.csv");
        Path file = dir.resolve("w");
        CliTest.Run ok = CliTest.run("export", "--workspace", file.toString(), "--xlsx", xlsx.toString(), "--csv", csv.toString(),
                "--indicator", "gdp", "--region", "远安县", "--lang", "en");
        assertThat(ok.status()).as(ok.err()).isZero();
        assertThat(ok.err()).contains("wrote " + xlsx).contains("wrote " + csv);
        // one region: the chart compares its indicators, and the summary says so instead of "no chart"
        assertThat(ok.err()).contains("chart of 1 indicator of 远安县 for 2023").doesNotContain("no chart");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Report file");
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(4); // 远安县 gdp: two results, two targets
        }
        assertThat(Files.readString(csv)).startsWith("\uFEFFReport file,");

        Files.setPosixFilePermissions(xlsx, PosixFilePermissions.fromString("r--r--r--"));
        try {
            CliTest.Run fail = CliTest.run("export", "--workspace", file.toString(), "--xlsx", xlsx.toString());
            assertThat(fail.status()).isEqualTo(1);
            assertThat(fail.err().strip()).startsWith("zhibiao: Cannot write " + xlsx).doesNotContain("\n");
        } finally {
            Files.setPosixFilePermissions(xlsx, PosixFilePermissions.fromString("rw-r--r--"));
        }
        CliTest.Run missing = CliTest.run("export", "--workspace", w.toString(), "--xlsx", xlsx.toString());
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err().strip()).startsWith("zhibiao: There is no workspace").doesNotContain("\n");
        assertThat(CliTest.run("export", "--workspace", file.toString()).status()).isEqualTo(2);
    }

    @Test
    void theSummaryNamesTheChartAndSaysNoChartOnlyWhenNothingHasAGrowthRate(@TempDir Path dir) {
        try (Workspace w = ExportFixture.workspace(dir)) {
            assertThat(w.file()).exists();
        }
        String file = dir.resolve("w").toString();
        CliTest.Run all = CliTest.run("export", "--workspace", file, "--xlsx", dir.resolve("a.xlsx").toString());
        assertThat(all.err()).contains("chart of ").contains(" regions (gdp) for 2023").doesNotContain("no chart");
        CliTest.Run none = CliTest.run("export", "--workspace", file, "--xlsx", dir.resolve("b.xlsx").toString(),
                "--indicator", "no_such_indicator");
        assertThat(none.status()).isZero();
        assertThat(none.err()).contains(" 0 comparisons").contains("no chart (no target or result growth rate for no_such_indicator)");
    }

    /** The command line with DISPLAY naming a display that does not answer: POI's AWT font use must not need it. */
    @Test
    void exportRunsWithADisplayThatDoesNotAnswer(@TempDir Path dir) throws Exception {
        try (Workspace w = ExportFixture.workspace(dir)) {
            assertThat(w.file()).exists();
        }
        Path xlsx = dir.resolve("headless.xlsx");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // no -Djava.awt.headless here (surefire sets it for the tests): the program must set it itself
        ProcessBuilder pb = new ProcessBuilder(java, "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "org.zhibiao.Main", "export", "--workspace", dir.resolve("w").toString(), "--xlsx", xlsx.toString())
                .redirectErrorStream(true);
        pb.environment().put("DISPLAY", ":97");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("wrote " + xlsx).doesNotContain("AWTError").doesNotContain("X11");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(94);
        }
    }
}
