package org.zhibiao.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.model.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault suite: a workspace damaged at many points, and two programs on one workspace at once. Short in
 * {@code mvn verify}; long with {@code mvn verify -Pfaults} (system property {@code zhibiao.faults=long}). Each test
 * prints the numbers it tried, and docs/reliability.md keeps them.
 */
class FaultSuiteTest {

    private static final boolean LONG = "long".equals(System.getProperty("zhibiao.faults"));

    /** A closed workspace with the seeds and a backup: its bytes, and its mark as the clean close left it. */
    private record Closed(Path file, byte[] whole, byte[] mark) {
    }

    private static Closed closedWorkspace(Path dir) throws IOException {
        Path file = dir.resolve("w.mv.db");
        try (Workspace ws = Workspace.open(file)) {
            StoreContract.importSeeds(ws);
            ws.backupNow();
        }
        return new Closed(file, Files.readAllBytes(file), Files.readAllBytes(new WorkspaceMark(file).file()));
    }

    /**
     * Cut short or with a bit flipped, a closed workspace is refused with its newest backup named; its bytes stay as
     * they were; restoring the backup brings every report back.
     */
    @Test
    void aWorkspaceDamagedAtManyPointsIsRefusedKeptAndRestored(@TempDir Path dir) throws Exception {
        Closed w = closedWorkspace(dir);
        int n = w.whole().length;
        Random random = new Random(20261205);
        List<byte[]> damaged = new ArrayList<>();
        List<String> what = new ArrayList<>();
        double[] cuts = LONG ? new double[100] : new double[] {0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99};
        if (LONG) {
            for (int i = 0; i < cuts.length; i++) {
                cuts[i] = (i + 0.5) / cuts.length;
            }
        }
        for (double c : cuts) {
            damaged.add(Arrays.copyOf(w.whole(), (int) (n * c)));
            what.add("cut at " + (int) (n * c));
        }
        damaged.add(Arrays.copyOf(w.whole(), n - 1));
        what.add("last byte cut");
        int flips = LONG ? 300 : 12;
        for (int i = 0; i < flips; i++) {
            byte[] b = w.whole().clone();
            int at = random.nextInt(n);
            b[at] ^= (byte) (1 << random.nextInt(8));
            damaged.add(b);
            what.add("bit flipped at " + at);
        }
        Map<String, Integer> byReason = new TreeMap<>();
        for (int i = 0; i < damaged.size(); i++) {
            byte[] bytes = damaged.get(i);
            replace(w.file(), bytes);
            Files.write(new WorkspaceMark(w.file()).file(), w.mark());
            try (Workspace ws = Workspace.open(w.file())) {
                throw new AssertionError("a workspace with its " + what.get(i) + " was opened");
            } catch (WorkspaceException e) {
                Problem p = e.problem();
                assertThat(p.kind()).as(what.get(i) + ": " + e.getMessage()).isEqualTo(Problem.Kind.DAMAGED);
                assertThat(e.getMessage()).as(what.get(i)).contains("zhibiao restore --workspace").contains(".zip");
                byReason.merge(((Problem) p.args().get(1)).kind().name(), 1, Integer::sum);
            }
            assertThat(Files.readAllBytes(w.file())).as("the damaged bytes are kept, " + what.get(i)).isEqualTo(bytes);
            Backups backups = Backups.of(w.file());
            backups.restore(backups.list().get(0));
            try (Workspace ws = Workspace.open(w.file())) {
                assertThat(ws.inTransaction(() -> ws.reports().count())).as(what.get(i)).isEqualTo(5);
            }
            clearBeforeRestoreCopies(backups.folder());
        }
        System.out.printf("fault suite: %d damaged workspaces (%d cuts, %d bit flips), all refused with the backup named,"
                + " bytes kept, restored whole; how they were told: %s%n", damaged.size(), cuts.length + 1, flips, byReason);
    }

    /**
     * Without the checksum of a clean close (the last program was killed), a cut file is caught by the counts it
     * lost, or by H2 itself: how many are is printed, not promised.
     */
    @Test
    void afterAKillOnlyTheCountsAndH2TellACutFile(@TempDir Path dir) throws Exception {
        Closed w = closedWorkspace(dir);
        int n = w.whole().length;
        int tried = 0;
        int refused = 0;
        int openedWhole = 0;
        for (double c : new double[] {0.1, 0.25, 0.5, 0.75, 0.9, 0.99}) {
            tried++;
            replace(w.file(), Arrays.copyOf(w.whole(), (int) (n * c)));
            new WorkspaceMark(w.file()).opened(new WorkspaceMark.Held(5, countChanges(w)));
            try (Workspace ws = Workspace.open(w.file())) {
                if (ws.inTransaction(() -> ws.reports().count()) == 5) {
                    openedWhole++;
                }
            } catch (WorkspaceException e) {
                assertThat(e.problem().kind()).as(c + ": " + StoreFailures.chain(e)).isEqualTo(Problem.Kind.DAMAGED);
                refused++;
            }
            replace(w.file(), w.whole());
        }
        System.out.printf("fault suite: %d cut files without a clean-close checksum: %d refused, %d opened whole%n",
                tried, refused, openedWhole);
        assertThat(refused + openedWhole).as("a cut file never opens with reports missing").isEqualTo(tried);
    }

    /**
     * Puts bytes in place of the file as a copy would (a new file): H2 can keep a damaged file's lock in this JVM
     * after refusing it, which a file written over in place would then meet.
     */
    private static void replace(Path file, byte[] bytes) throws IOException {
        Files.deleteIfExists(file);
        Files.write(file, bytes);
    }

    private static long countChanges(Closed w) throws IOException {
        return new WorkspaceMark(w.file()).read().orElseThrow().held().changes();
    }

    private static void clearBeforeRestoreCopies(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.getFileName().toString().contains("before-restore")).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * A power cut as the file shows it: the workspace file copied at random moments while another program imports
     * into it (what was on disk then, half-written chunks and all). Every copy opens with whole reports only, each
     * with all its figures and their log, or is refused as damaged; none opens with half a report.
     */
    @Test
    void aFileCaughtAtAnyMomentOfAnImportHoldsWholeReportsOnly(@TempDir Path dir) throws Exception {
        int files = LONG ? 600 : 150;
        int snapshots = LONG ? 40 : 8;
        Path reports = dir.resolve("reports");
        WorkspaceProcessTest.writeReports(reports, files);
        Path ws = dir.resolve("w");
        Process imp = WorkspaceProcessTest.zhibiao("import", "--workspace", ws.toString(), reports.toString());
        Output out = Output.of(imp);
        Path db = dir.resolve("w.mv.db");
        Random random = new Random(7);
        List<Path> caught = new ArrayList<>();
        while (!Files.exists(db)) {
            Thread.sleep(20);
        }
        for (int i = 0; i < snapshots && imp.isAlive(); i++) {
            Thread.sleep(100 + random.nextInt(300));
            Path copy = dir.resolve("caught-" + i + ".mv.db");
            try {
                Files.copy(db, copy);
                caught.add(copy);
            } catch (IOException e) {
                // the file was being replaced at that moment: no copy this time
            }
        }
        assertThat(imp.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(imp.exitValue()).as(out.err()).isZero();
        int opened = 0;
        int refused = 0;
        List<Integer> held = new ArrayList<>();
        for (Path copy : caught) {
            try (Workspace w = Workspace.open(copy)) {
                int n = w.inTransaction(() -> w.reports().count());
                int figures = w.inTransaction(() -> w.figures().count());
                int changes = w.inTransaction(() -> w.changes().count());
                assertThat(changes).as(copy + ": every report whole, its figures and their log").isEqualTo(n + figures);
                if (n > 0) {
                    assertThat(w.inTransaction(() -> w.reports().summaries())).allSatisfy(r ->
                            assertThat(r.figures()).as("a report with its figures").isPositive());
                }
                opened++;
                held.add(n);
            } catch (WorkspaceException e) {
                assertThat(e.problem().kind()).isIn(Problem.Kind.DAMAGED, Problem.Kind.OPEN_FAILED);
                refused++;
            }
        }
        assertThat(opened + refused).isEqualTo(caught.size());
        System.out.printf("fault suite: the file of a %d-file import caught at %d moments: %d opened with whole reports"
                + " only (%s reports), %d refused as damaged%n", files, caught.size(), opened, held, refused);
    }

    /** Two imports of the same files at once: every file imported once, both succeed, no database words shown. */
    @Test
    void twoImportsAtOnceImportEveryFileOnce(@TempDir Path dir) throws Exception {
        int files = LONG ? 1000 : 60;
        Path reports = dir.resolve("reports");
        WorkspaceProcessTest.writeReports(reports, files);
        Path ws = dir.resolve("w");
        Process a = WorkspaceProcessTest.zhibiao("import", "--workspace", ws.toString(), reports.toString());
        Thread.sleep(300);
        Process b = WorkspaceProcessTest.zhibiao("import", "--workspace", ws.toString(), reports.toString());
        Output outA = Output.of(a);
        Output outB = Output.of(b);
        assertThat(a.waitFor(10, TimeUnit.MINUTES) && b.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(a.exitValue()).as(outA.err()).isZero();
        assertThat(b.exitValue()).as(outB.err()).isZero();
        int imported = outA.count(": imported") + outB.count(": imported");
        int already = outA.count("already in the workspace") + outB.count("already in the workspace");
        assertThat(imported).as("each file imported by exactly one of them").isEqualTo(files);
        assertThat(already).isEqualTo(files);
        outA.assertNoRawWords();
        outB.assertNoRawWords();
        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.inTransaction(() -> w.reports().count())).isEqualTo(files);
        }
        System.out.printf("fault suite: two imports of %d files at once: %d imported, %d found already there, exit 0 and 0%n",
                files, imported, already);
    }

    /**
     * An import while exports start and end one after another (each end hands H2's server over): the import's
     * batch goes on to the end and every file is imported once.
     */
    @Test
    void anImportOutlivesExportsThatComeAndGo(@TempDir Path dir) throws Exception {
        int files = LONG ? 1000 : 300;
        Path first = dir.resolve("first");
        WorkspaceProcessTest.writeReports(first, 40);
        Path ws = dir.resolve("w");
        try (Workspace w = Workspace.open(ws)) {
            new org.zhibiao.service.ImportService(w, org.zhibiao.extract.Extractor.loadDefault(), "lead",
                    java.time.Clock.systemUTC()).importPaths(List.of(first), org.zhibiao.model.Progress.NONE);
        }
        Path more = dir.resolve("more");
        writeOtherReports(more, files);
        // the first export starts before the import, so that the import begins as its guest and loses its server
        Process exportLoop = WorkspaceProcessTest.zhibiao("export", "--workspace", ws.toString(), "--xlsx",
                dir.resolve("e0.xlsx").toString());
        Thread.sleep(400);
        Process imp = WorkspaceProcessTest.zhibiao("import", "--workspace", ws.toString(), more.toString());
        Output impOut = Output.of(imp);
        int exports = 0;
        int exportsOk = 0;
        while (exports == 0 || imp.isAlive() && exports < (LONG ? 200 : 6)) {
            if (exports > 0) {
                exportLoop = WorkspaceProcessTest.zhibiao("export", "--workspace", ws.toString(), "--xlsx",
                        dir.resolve("e" + exports + ".xlsx").toString());
            }
            Output e = Output.of(exportLoop);
            assertThat(exportLoop.waitFor(5, TimeUnit.MINUTES)).isTrue();
            exports++;
            if (exportLoop.exitValue() == 0) {
                exportsOk++;
            }
            e.assertNoRawWords();
        }
        assertThat(imp.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(imp.exitValue()).as(impOut.err()).isZero();
        assertThat(impOut.count(": imported")).isEqualTo(files);
        impOut.assertNoRawWords();
        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.inTransaction(() -> w.reports().count())).isEqualTo(40 + files);
        }
        assertThat(exportsOk).as("every export that ran beside the import succeeded").isEqualTo(exports);
        System.out.printf("fault suite: an import of %d files beside %d exports that came and went: all imported once,"
                + " %d of %d exports written%n", files, exports, exportsOk, exports);
    }

    private static void writeOtherReports(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < n; i++) {
            Files.writeString(dir.resolve(String.format("m%04d.txt", i)), "2024年某区政府工作报告\n一、2023年工作回顾\n"
                    + "全区地区生产总值完成" + (300 + i) + "亿元，增长" + (i % 8) + "%；社会消费品零售总额" + (50 + i) + "亿元。\n"
                    + "二、2024年主要目标\n地区生产总值增长" + (4 + i % 4) + "%以上。\n");
        }
    }

    /** A program's stdout and stderr, read on threads so that neither pipe fills and blocks it. */
    private record Output(StringBuilder out, StringBuilder errText, Thread[] readers) {

        static Output of(Process p) {
            StringBuilder o = new StringBuilder();
            StringBuilder e = new StringBuilder();
            Thread a = new Thread(() -> o.append(read(p.getInputStream())));
            Thread b = new Thread(() -> e.append(read(p.getErrorStream())));
            a.start();
            b.start();
            return new Output(o, e, new Thread[] {a, b});
        }

        private static String read(java.io.InputStream in) {
            try {
                return WorkspaceProcessTest.read(in);
            } catch (IOException ex) {
                return "";
            }
        }

        String all() {
            for (Thread t : readers) {
                try {
                    t.join(600_000);
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
            return out + "\n" + errText;
        }

        String err() {
            all();
            return errText.toString();
        }

        /** Progress lines ([i/n] FILE: outcome) saying s. */
        int count(String s) {
            return (int) all().lines().filter(l -> l.startsWith("[") && l.contains(s)).count();
        }

        void assertNoRawWords() {
            assertThat(all()).doesNotContain("SQL").doesNotContain("INSERT").doesNotContain("Exception")
                    .doesNotContain("\tat ").doesNotContain("stopped after an earlier write failed");
        }
    }
}
