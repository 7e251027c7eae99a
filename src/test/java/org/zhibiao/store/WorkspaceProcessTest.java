package org.zhibiao.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.model.ReportSummary;
import org.zhibiao.service.ImportSummary;
import org.zhibiao.model.Progress;
import org.zhibiao.service.ImportService;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The workspace used by other programs: a second process at the same time, and a process killed mid-import. */
class WorkspaceProcessTest {

    static Process zhibiao(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "org.zhibiao.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        // the child's command log goes to a scratch folder, not the developer's own log folder
        pb.environment().put("XDG_DATA_HOME", Path.of(System.getProperty("java.io.tmpdir"), "zhibiao-test-data").toString());
        return pb.start();
    }

    static String read(java.io.InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** Writes n small reports, each different, in the style of a county report's review and targets. */
    static void writeReports(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < n; i++) {
            String text = "2023年某县政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、2022年工作回顾\n"
                    + "全县地区生产总值完成" + (100 + i) + "." + (i % 10) + "亿元，增长" + (i % 9) + "." + (i % 7) + "%；"
                    + "一般公共预算收入" + (5 + i % 13) + "亿元，增长" + (i % 11) + "%；城镇新增就业" + (1000 + i) + "人。\n"
                    + "二、2023年工作安排\n主要预期目标是：地区生产总值增长" + (5 + i % 3) + "%左右，固定资产投资增长10%以上。\n";
            Files.writeString(dir.resolve(String.format("r%04d.txt", i)), text);
        }
    }

    @Test
    void aSecondProgramSharesTheOpenWorkspace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("shared");
        try (Workspace ws = Workspace.open(file)) {
            WorkspaceTest.importSeeds(ws);
            Process list = zhibiao("list", "--workspace", file.toString());
            String out = read(list.getInputStream());
            String err = read(list.getErrorStream());
            assertThat(list.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(list.exitValue()).as(err).isZero();
            assertThat(out.strip().split("\n")).hasSize(6);
            assertThat(err).doesNotContain("Exception");
            // the other program closing did not close the database under this one
            assertThat(ws.inTransaction(() -> ws.reports().count())).isEqualTo(5);
        }
    }

    @Test
    void anImportKilledHalfWayLeavesWholeReportsAndCompletesNextTime(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        writeReports(reports, 2000);
        Path file = dir.resolve("w");
        Process importing = zhibiao("import", "--workspace", file.toString(), reports.toString());
        try (BufferedReader err = new BufferedReader(new InputStreamReader(importing.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null && !line.startsWith("[300/")) {
                // wait until a few hundred documents are in
            }
        }
        importing.destroyForcibly(); // SIGKILL: no shutdown hooks, no closing of the database
        assertThat(importing.waitFor(60, TimeUnit.SECONDS)).isTrue();

        int committed;
        try (Workspace ws = Workspace.open(file)) {
            List<ReportSummary> list = ws.inTransaction(() -> ws.reports().summaries());
            committed = list.size();
            assertThat(committed).isBetween(300, 2000);
            // every committed report came with all its figures, or not at all
            assertThat(list).allSatisfy(s -> assertThat(s.figures()).isEqualTo(5));
            ImportSummary rest = new ImportService(ws, WorkspaceTest.EXTRACTOR, "test", Clock.systemUTC())
                    .importPaths(List.of(reports), Progress.NONE);
            assertThat(rest.duplicates()).hasSize(committed);
            assertThat(rest.imported()).hasSize(2000 - committed);
            assertThat(ws.inTransaction(() -> ws.reports().count())).isEqualTo(2000);
            assertThat(ws.inTransaction(() -> ws.figures().count())).isEqualTo(2000 * 5);
        }
    }
}
