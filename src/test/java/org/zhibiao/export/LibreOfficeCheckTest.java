package org.zhibiao.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.model.Progress;
import org.zhibiao.store.Workspace;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** An exported workbook opens in LibreOffice: runs scripts/check-xlsx-libreoffice.sh when soffice is installed. */
class LibreOfficeCheckTest {

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void libreOfficeReadsTheWorkbook(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not on the PATH: the LibreOffice check is skipped");
        Path out = dir.resolve("briefing.xlsx");
        try (Workspace ws = ExportFixture.workspace(dir)) {
            new XlsxExporter(new org.zhibiao.service.ReportQueries(ws)).export(out, ExportOptions.defaults(), Progress.NONE);
        }
        Process p = new ProcessBuilder("bash", "scripts/check-xlsx-libreoffice.sh", out.toString())
                .redirectErrorStream(true).start();
        boolean done = p.waitFor(240, TimeUnit.SECONDS);
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
        }
        assertThat(done).as("LibreOffice finished in time").isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        assertThat(log).contains("95 lines").contains("报告文件");
    }
}
