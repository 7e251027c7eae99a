package org.zhibiao.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ImportJvmTest {

    @Test
    void anImportUnder100MbGetsTheLeanHeapAndTheFirstTierAsScriptsRunGivesIt(@TempDir Path dir) throws Exception {
        Path jar = Files.createFile(dir.resolve("zhibiao.jar"));
        assertThat(ImportJvm.options(jar, 50L << 20))
                .contains("-XX:+UseSerialGC", "-Xmn16m", "-Xms32m", "-XX:MaxHeapFreeRatio=30", "-XX:TieredStopAtLevel=1")
                .noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"));
        assertThat(ImportJvm.options(jar, 200L << 20)).containsExactly("-XX:+UseSerialGC");

        Files.createFile(dir.resolve("zhibiao-cli.jsa"));
        assertThat(ImportJvm.options(jar, 0)).first()
                .isEqualTo("-XX:SharedArchiveFile=" + dir.resolve("zhibiao-cli.jsa"));
    }

    @Test
    void theInputIsTheFilesAndFoldersNamedNotTheWorkspace(@TempDir Path dir) throws Exception {
        Path ws = Files.write(dir.resolve("ws.mv.db"), new byte[5000]);
        Path one = Files.write(dir.resolve("a.txt"), new byte[300]);
        Path folder = Files.createDirectories(dir.resolve("reports/2023"));
        Files.write(folder.resolve("b.txt"), new byte[200]);
        Files.write(folder.getParent().resolve("c.txt"), new byte[100]);

        long bytes = ImportJvm.inputBytes(new String[] {"import", "--workspace", ws.toString(), "--analyst", "li",
                one.toString(), dir.resolve("reports").toString(), dir.resolve("missing.txt").toString()});
        assertThat(bytes).isEqualTo(600);
    }

    @Test
    void runsHereForOtherCommandsAndWhenNotStartedFromAJar() {
        assertThat(ImportJvm.run(new String[] {"extract", "x.txt"})).isEmpty();
        assertThat(ImportJvm.run(new String[0])).isEmpty();
        // the tests run from class folders, as an IDE does: the import stays in this JVM
        assertThat(ImportJvm.run(new String[] {"import", "--workspace", "nowhere", "nothing.txt"})).isEmpty();
    }
}
