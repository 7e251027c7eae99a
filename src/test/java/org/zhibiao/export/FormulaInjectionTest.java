package org.zhibiao.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.extract.Extractor;
import org.zhibiao.service.ImportService;
import org.zhibiao.service.ImportSummary;
import org.zhibiao.model.Progress;
import org.zhibiao.store.Workspace;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV injection (OWASP): text a user controls — file names, analyst names — that starts like a formula is written
 * as text a spreadsheet does not run; in the workbook such text is a string cell, never a formula.
 */
class FormulaInjectionTest {

    private static final String REPORT = "2023年工作回顾\n全县地区生产总值完成129亿元，同比增长3.1%。\n"
            + "2024年主要预期目标：地区生产总值增长6%左右。\n";

    /** First characters a spreadsheet takes as the start of a formula. */
    private static final List<String> HOSTILE_NAMES = List.of("=HYPERLINK(\"http:x\",\"y\").txt", "+1+2.txt",
            "-3+cmd.txt", "@SUM(1).txt", "\tlead tab.txt");

    @Test
    void csvQuotesAwayFormulasAndTheWorkbookKeepsThemText(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        for (String name : HOSTILE_NAMES) {
            Files.writeString(in.resolve(name), REPORT + "\n" + name); // different contents: five reports
        }
        Path csv = dir.resolve("out.csv");
        Path xlsx = dir.resolve("out.xlsx");
        try (Workspace ws = Workspace.open(dir.resolve("w"))) {
            ImportSummary s = new ImportService(ws, Extractor.loadDefault(), "=cmd|' /C calc'!A0", Clock.systemUTC())
                    .importPaths(List.of(in), Progress.NONE);
            assertThat(s.imported()).hasSize(HOSTILE_NAMES.size());
            new CsvExporter(new org.zhibiao.service.ReportQueries(ws)).export(csv, ExportOptions.defaults(), Progress.NONE);
            new XlsxExporter(new org.zhibiao.service.ReportQueries(ws)).export(xlsx, ExportOptions.defaults(), Progress.NONE);
        }

        List<List<String>> rows = ExportFixture.parseCsv(Files.readString(csv, StandardCharsets.UTF_8).substring(1));
        List<String> files = rows.subList(1, rows.size()).stream().map(r -> r.get(0)).distinct().toList();
        assertThat(files).containsExactlyInAnyOrderElementsOf(HOSTILE_NAMES.stream().map(n -> "'" + n).toList());
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(15)).containsOnly("'=cmd|' /C calc'!A0");
        // no field of the file starts a formula; plain negative numbers stay numbers
        for (List<String> row : rows) {
            assertThat(row).noneMatch(f -> !f.isEmpty() && "=+-@\t\r".indexOf(f.charAt(0)) >= 0
                    && !f.matches("[+-]?\\d+(\\.\\d+)?"));
        }

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                for (Row r : wb.getSheetAt(s)) {
                    for (Cell c : r) {
                        assertThat(c.getCellType()).as(wb.getSheetName(s) + "!" + c.getAddress()).isNotEqualTo(CellType.FORMULA);
                        if (c.getCellType() == CellType.STRING && c.getStringCellValue().endsWith(".txt")) {
                            names.add(c.getStringCellValue());
                        }
                    }
                }
            }
            // the workbook shows the names as they are: a string cell is never run
            assertThat(names).containsAll(HOSTILE_NAMES);
        }
    }

    @Test
    void defusesEveryRiskyFirstCharacterButNotPlainNumbers() {
        assertThat(CsvExporter.field("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvExporter.field("+1+1")).isEqualTo("'+1+1");
        assertThat(CsvExporter.field("-1+1")).isEqualTo("'-1+1");
        assertThat(CsvExporter.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExporter.field("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvExporter.field("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(CsvExporter.field("=a,b")).isEqualTo("\"'=a,b\"");
        assertThat(CsvExporter.field("-1.5")).isEqualTo("-1.5");
        assertThat(CsvExporter.field("+3")).isEqualTo("+3");
        assertThat(CsvExporter.field("地区生产总值=GDP")).isEqualTo("地区生产总值=GDP");
    }
}
