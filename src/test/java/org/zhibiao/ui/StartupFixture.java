package org.zhibiao.ui;

import org.zhibiao.extract.Extractor;
import org.zhibiao.service.ImportService;
import org.zhibiao.store.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** What the start-up tests open: a real workspace file holding one invented report, imported by a named analyst. */
final class StartupFixture {

    /** An invented report. */
    static final String REPORT = """
            西山县政府工作报告
            一、2023年工作回顾
            全县地区生产总值完成77.7亿元，增长5.3%。一般公共预算收入4.4亿元，增长3.1%。
            """;

    private StartupFixture() {
    }

    /** A new workspace file {@code name} in a folder of its own under {@code dir}, holding {@link #REPORT}. */
    static Path workspaceWithOneReport(Path dir, String name) throws Exception {
        Path file = Files.createTempDirectory(dir, "ws").resolve(name);
        try (Workspace ws = Workspace.open(file)) {
            new ImportService(ws, Extractor.loadDefault(), "王敏", Clock.systemUTC()).importText("西山县.txt", REPORT);
        }
        return file;
    }
}
