package org.zhibiao.robust;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.bench.CorpusGenerator;
import org.zhibiao.extract.Extractor;
import org.zhibiao.extract.RegionResolver;
import org.zhibiao.model.ReportSummary;
import org.zhibiao.service.ImportService;
import org.zhibiao.service.ImportSummary;
import org.zhibiao.model.Progress;
import org.zhibiao.store.Workspace;
import org.zhibiao.store.WorkspaceException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A workspace on a small disk that fills up, and on a read-only one: a plain message, whole reports only. Needs to
 * mount a tmpfs (root, as on the project's machines and CI); skipped, saying so, where that is not allowed.
 */
class DiskTest {

    @TempDir
    Path dir;
    private Path mounted;

    private Path mount(String options) throws Exception {
        Path m = Files.createDirectories(dir.resolve("disk"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", m.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assumeTrue(p.waitFor() == 0, "cannot mount a tmpfs here (" + out.strip() + "): disk tests skipped");
        mounted = m;
        return m;
    }

    private static void run(String... cmd) throws Exception {
        new ProcessBuilder(cmd).redirectErrorStream(true).start().waitFor();
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            run("umount", "-l", mounted.toString());
        }
    }

    /** After the first failed write the workspace is not asked again (H2 spins if it is): the rest is reported. */
    @Test
    void aFullDiskIsSaidPlainlyAndOnlyWholeReportsAreKept() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        CorpusGenerator g = new CorpusGenerator(RegionResolver.loadDefault().gazetteer());
        for (int i = 0; i < 400; i++) {
            CorpusGenerator.Document d = g.document(i, 3);
            Files.writeString(in.resolve(d.name()), d.text());
        }
        Path disk = mount("size=64m");
        int kept = -1;
        try (Workspace ws = Workspace.open(disk.resolve("w"))) {
            // the disk has room when the import starts (it checks); another program fills it after a few reports
            Path filler = disk.resolve("filler.bin");
            Progress fillAfterFive = (done, total, file, outcome) -> {
                if (done == 5) {
                    fill(filler, disk);
                }
            };
            ImportSummary s = new ImportService(ws, Extractor.loadDefault(), "test", Clock.systemUTC())
                    .importPaths(List.of(in), fillAfterFive);
            assertThat(s.failed()).isNotEmpty();
            assertThat(s.failed().values()).anySatisfy(m -> assertThat(m).contains("disk holding the workspace is full"));
            assertThat(s.imported().size() + s.failed().size()).isEqualTo(400);
            assertThat(s.failed().values()).allSatisfy(m -> assertThat(m).doesNotContain("Exception").doesNotContain("MVStore"));
            kept = s.imported().size();
            System.out.println("disk full after " + kept + " reports; first failure: " + s.failed().values().iterator().next());
        } catch (WorkspaceException e) {
            // closing may fail too, after the import said what it kept; what it said must still hold
            assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("Nothing was imported");
        }
        Files.deleteIfExists(disk.resolve("filler.bin"));
        try (Workspace ws = Workspace.open(disk.resolve("w"))) {
            List<ReportSummary> reports = ws.inTransaction(() -> ws.reports().summaries());
            assertThat(kept).as("the import reported what it kept").isPositive();
            // a report the import called imported was committed: it is there after the disk has room again
            assertThat(reports).hasSize(kept);
            assertThat(reports).allSatisfy(r -> assertThat(r.figures()).isPositive());
            int changes = ws.inTransaction(() -> ws.changes().count());
            int figures = ws.inTransaction(() -> ws.figures().count());
            assertThat(changes).isEqualTo(reports.size() + figures); // every report whole: its figures and their log
        }
    }

    /** Leaves about 1.5 MB free on the disk. */
    private static void fill(Path filler, Path disk) {
        try (var out = Files.newOutputStream(filler)) {
            long room = Files.getFileStore(disk).getUsableSpace() - (3L << 19);
            byte[] block = new byte[1 << 16];
            for (long w = 0; w < room; w += block.length) {
                out.write(block, 0, (int) Math.min(block.length, room - w));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An import that would fill the disk is refused before it starts, with the room it needs; nothing is written. */
    @Test
    void anImportTooLargeForTheDiskIsRefusedBeforeItStarts() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        CorpusGenerator g = new CorpusGenerator(RegionResolver.loadDefault().gazetteer());
        for (int i = 0; i < 400; i++) {
            CorpusGenerator.Document d = g.document(i, 3);
            Files.writeString(in.resolve(d.name()), d.text());
        }
        Path disk = mount("size=8m");
        try (Workspace ws = Workspace.open(disk.resolve("w"))) {
            assertThatThrownBy(() -> new ImportService(ws, Extractor.loadDefault(), "test", Clock.systemUTC())
                    .importPaths(List.of(in), Progress.NONE))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("MB free but the import needs about").hasMessageContaining("Nothing was imported");
            assertThat(ws.inTransaction(() -> ws.reports().count())).isZero();
        }
    }

    /** A workspace in a folder that became read-only is opened for reading: its reports are there, writes refused. */
    @Test
    void aWorkspaceInAReadOnlyFolderCanBeRead() throws Exception {
        Path disk = mount("size=32m");
        Path file = disk.resolve("w");
        try (Workspace ws = Workspace.open(file)) {
            new ImportService(ws, Extractor.loadDefault(), "test", Clock.systemUTC())
                    .importPaths(List.of(Path.of("seeds")), Progress.NONE);
        }
        run("mount", "-o", "remount,ro", disk.toString());
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.readOnly()).isTrue();
            assertThat(ws.inTransaction(() -> ws.reports().count())).isEqualTo(5);
            assertThatThrownBy(() -> new ImportService(ws, Extractor.loadDefault(), "test", Clock.systemUTC())
                    .importText("pasted.txt", "2023年某县政府工作报告\n全县地区生产总值完成99亿元，增长3%。\n"))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("read-only");
        }
    }

    @Test
    void aReadOnlyFolderIsSaidPlainly() throws Exception {
        Path disk = mount("size=1m,ro");
        assertThatThrownBy(() -> Workspace.open(disk.resolve("w")))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("read-only").hasMessageNotContaining("Exception");
    }
}
