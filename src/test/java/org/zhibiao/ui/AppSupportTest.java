package org.zhibiao.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Preferences, log rotation, the bundled samples and the choice of a Chinese font, without a window. */
class AppSupportTest {

    @TempDir
    Path dir;

    @Test
    void preferencesAreKeptInTheirFileAndRecentWorkspacesAreTheLastEight() {
        Path file = dir.resolve("zhibiao/settings.properties");
        AppSettings s = new AppSettings(file);
        s.setAnalyst(" 王敏 ");
        s.setLanguage("zh_CN");
        s.setExportFolder(dir);
        for (int i = 0; i < 10; i++) {
            s.addRecent(dir.resolve("ws" + i + ".mv.db"));
        }
        s.addRecent(dir.resolve("ws5.mv.db"));
        AppSettings again = new AppSettings(file);
        assertThat(again.analyst()).isEqualTo("王敏");
        assertThat(again.language()).isEqualTo("zh_CN");
        assertThat(again.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(again.exportFolder()).isEqualTo(dir);
        assertThat(again.recent()).hasSize(AppSettings.RECENT_MAX)
                .startsWith(dir.resolve("ws5.mv.db"), dir.resolve("ws9.mv.db"), dir.resolve("ws8.mv.db"))
                .doesNotHaveDuplicates();
        again.setLanguage("klingon");
        assertThat(new AppSettings(file).language()).isEqualTo("system");
    }

    @Test
    void onlyTheLastTenLogsAreKept() throws IOException {
        for (int i = 0; i < 14; i++) {
            Files.writeString(dir.resolve(String.format("zhibiao-20260101-0000%02d.log", i)), "x");
        }
        Files.writeString(dir.resolve("other.txt"), "kept");
        GuiLog.prune(dir, GuiLog.KEEP);
        try (Stream<Path> s = Files.list(dir)) {
            List<String> left = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(left).hasSize(11).contains("other.txt", "zhibiao-20260101-000013.log", "zhibiao-20260101-000004.log")
                    .doesNotContain("zhibiao-20260101-000003.log");
        }
    }

    @Test
    void theSampleReportsInTheJarAreTheSeeds() throws IOException {
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            assertThat(SampleReports.names()).containsExactlyElementsOf(
                    seeds.map(p -> p.getFileName().toString()).sorted().toList());
        }
        List<Path> copies = SampleReports.copyToTemp();
        assertThat(copies).hasSize(5);
        for (Path c : copies) {
            assertThat(Files.mismatch(c, Path.of("seeds").resolve(c.getFileName()))).isEqualTo(-1L);
        }
    }

    @Test
    void aChineseFontIsPreferredByNameAndFoundByHint() {
        assertThat(ChineseFont.find(List.of("DejaVu Sans", "Noto Sans CJK JP", "Noto Sans CJK SC"))).contains("Noto Sans CJK SC");
        assertThat(ChineseFont.find(List.of("Arial", "Microsoft YaHei UI", "Microsoft YaHei"))).contains("Microsoft YaHei");
        assertThat(ChineseFont.find(List.of("DejaVu Sans", "AR PL UMing CN"))).contains("AR PL UMing CN");
        assertThat(ChineseFont.find(List.of("DejaVu Sans", "Liberation Serif"))).isEmpty();
    }
}
