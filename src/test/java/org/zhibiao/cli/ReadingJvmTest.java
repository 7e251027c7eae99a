package org.zhibiao.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingJvmTest {

    @Test
    void anImportUnder100MbGetsTheLeanHeapAndTheFirstTierAsScriptsRunGivesIt(@TempDir Path dir) throws Exception {
        Path jar = Files.createFile(dir.resolve("zhibiao.jar"));
        assertThat(ReadingJvm.options(jar, 50L << 20))
                .contains("-XX:+UseSerialGC", "-Xmn16m", "-Xms32m", "-XX:MaxHeapFreeRatio=30", "-XX:TieredStopAtLevel=1")
                .noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"));
        assertThat(ReadingJvm.options(jar, 200L << 20)).containsExactly("-XX:+UseSerialGC");

        Files.createFile(dir.resolve("zhibiao-cli.jsa"));
        assertThat(ReadingJvm.options(jar, 0)).startsWith("-XX:+UnlockDiagnosticVMOptions",
                "-XX:ArchiveRelocationMode=0", "-XX:SharedArchiveFile=" + dir.resolve("zhibiao-cli.jsa"));
    }

    @Test
    void theInputIsTheFilesAndFoldersNamedNotTheWorkspace(@TempDir Path dir) throws Exception {
        Path ws = Files.write(dir.resolve("ws.mv.db"), new byte[5000]);
        Path one = Files.write(dir.resolve("a.txt"), new byte[300]);
        Path folder = Files.createDirectories(dir.resolve("reports/2023"));
        Files.write(folder.resolve("b.txt"), new byte[200]);
        Files.write(folder.getParent().resolve("c.txt"), new byte[100]);

        long bytes = ReadingJvm.inputBytes(new String[] {"import", "--workspace", ws.toString(), "--analyst", "li",
                one.toString(), dir.resolve("reports").toString(), dir.resolve("missing.txt").toString()});
        assertThat(bytes).isEqualTo(600);

        // the values of extract's and evaluate's options are no input either, even where a file has their name
        Files.write(dir.resolve("tsv"), new byte[7000]);
        Files.write(dir.resolve("gold.tsv"), new byte[9000]);
        assertThat(ReadingJvm.inputBytes(new String[] {"extract", "--format", dir.resolve("tsv").toString(),
                one.toString()})).isEqualTo(300);
        assertThat(ReadingJvm.inputBytes(new String[] {"evaluate", "--gold", dir.resolve("gold.tsv").toString(),
                "--show", "5", one.toString()})).isEqualTo(300);
    }

    @Test
    void runsHereForOtherCommandsAndWhenNotStartedFromAJar() {
        assertThat(ReadingJvm.run(new String[] {"list", "--workspace", "nowhere"})).isEmpty();
        assertThat(ReadingJvm.run(new String[] {"bench", "--docs", "10", "seeds"})).isEmpty();
        assertThat(ReadingJvm.run(new String[0])).isEmpty();
        // the tests run from class folders, as an IDE does: the reading commands stay in this JVM
        assertThat(ReadingJvm.run(new String[] {"import", "--workspace", "nowhere", "nothing.txt"})).isEmpty();
        assertThat(ReadingJvm.run(new String[] {"extract", "x.txt"})).isEmpty();
    }

    @Test
    void theLaunchersThatChooseTheOptionsSaySoWithTheMark() throws Exception {
        // scripts/run's commands and the packaged app never start a second JVM: with the mark they do not ask this
        // one for its options either (the management classes that tell them cost each start 13 ms)
        String mark = "-D" + ReadingJvm.MARK + "=true";
        assertThat(Files.readString(Path.of("scripts/run"))).contains(mark);
        assertThat(Files.readString(Path.of("jpackage.cfg"))).contains(mark);
    }
}
