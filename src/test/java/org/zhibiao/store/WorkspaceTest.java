package org.zhibiao.store;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.extract.Extractor;
import org.zhibiao.model.Change;
import org.zhibiao.model.ReportSummary;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;
import org.zhibiao.service.ImportService;
import org.zhibiao.service.ImportSummary;
import org.zhibiao.model.Progress;
import org.zhibiao.service.ReextractService;
import org.zhibiao.service.ReviewService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The workspace on real H2 files in temporary folders. */
class WorkspaceTest {

    static final Extractor EXTRACTOR = Extractor.loadDefault();
    static final Path SEEDS = Path.of("seeds");

    static ImportSummary importSeeds(Workspace ws) {
        return new ImportService(ws, EXTRACTOR, "test", Clock.systemUTC()).importPaths(List.of(SEEDS), Progress.NONE);
    }

    @Test
    void createsAWorkspaceWithOrWithoutTheEnding(@TempDir Path dir) {
        try (Workspace ws = Workspace.open(dir.resolve("a"))) {
            assertThat(ws.file()).isEqualTo(dir.resolve("a.mv.db").toAbsolutePath());
        }
        try (Workspace ws = Workspace.open(dir.resolve("a.mv.db"))) {
            assertThat(ws.name()).isEqualTo("a");
        }
        assertThat(dir.resolve("a.mv.db")).exists();
        assertThat(dir.resolve("a.mv.db.mv.db")).doesNotExist();
    }

    @Test
    void anOlderWorkspaceIsMigratedAfterABackup(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("old.mv.db");
        String url = "jdbc:h2:file:" + dir.resolve("old").toAbsolutePath();
        Flyway.configure().dataSource(url, "zhibiao", "").locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "zhibiao", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO report (file_name, content_hash, source_format, doc_type, original_text, imported_at, imported_by) "
                    + "VALUES ('old.txt', '" + "a".repeat(64) + "', 'UTF-8', 'report', '地区生产总值增长5%', CURRENT_TIMESTAMP, 'x')");
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.inTransaction(() -> ws.reports().count())).isEqualTo(1);
            assertThat(ws.backups().list()).anySatisfy(b -> assertThat(b.beforeMigration()).isTrue());
            // V6 moved the text to a table of its own and counted the report's figures
            var listed = ws.inTransaction(() -> ws.reports().summaries());
            assertThat(ws.inTransaction(() -> ws.reports().text(listed.get(0).report().id()))).isEqualTo("地区生产总值增长5%");
            assertThat(listed.get(0).figures()).isZero();
        }
        try (Connection c = DriverManager.getConnection(url, "zhibiao", ""); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT note FROM report");
            rs.next();
            assertThat(rs.getString(1)).isEmpty();
        }
    }

    @Test
    void aWorkspaceFromANewerVersionIsRefusedUntouched(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("new.mv.db");
        try (Workspace ws = Workspace.open(file)) {
            importSeeds(ws);
        }
        String url = "jdbc:h2:file:" + dir.resolve("new").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "zhibiao", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                    + "\"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'zhibiao', 0, TRUE)");
        }
        String before = sha(file);
        assertThatThrownBy(() -> Workspace.open(file)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("newer version of Zhibiao").hasMessageContaining("not changed");
        assertThat(sha(file)).isEqualTo(before);
    }

    @Test
    void backupsRollDailyAndTheLastSevenAreKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w");
        Instant t0 = Instant.parse("2026-01-01T08:00:00Z");
        try (Workspace ws = Workspace.open(file, Clock.fixed(t0, ZoneOffset.UTC))) {
            importSeeds(ws);
        }
        for (int hours : new int[] {1, 2, 30, 60, 90, 120, 150, 180, 210, 240, 241}) {
            Workspace.open(file, Clock.fixed(t0.plus(Duration.ofHours(hours)), ZoneOffset.UTC)).close();
        }
        List<Backups.Backup> backups = Backups.of(file).list();
        // a backup at 1h (the first open with data), then one whenever the newest is over a day old
        assertThat(backups).hasSize(Backups.KEEP);
        assertThat(backups.get(0).takenAt()).isEqualTo(t0.plus(Duration.ofHours(240)));
        assertThat(backups).allSatisfy(b -> assertThat(b.size()).isPositive());
        assertThat(dir.resolve("w.backups")).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void aRestoredBackupHasEveryFigureAndChangeOfItsTime(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w");
        int figures;
        int changes;
        List<ReviewedFigure> taken;
        try (Workspace ws = Workspace.open(file)) {
            importSeeds(ws);
            long report = ws.inTransaction(() -> ws.reports().summaries()).get(0).report().id();
            ReviewService review = new ReviewService(ws, "anna", Clock.systemUTC());
            List<ReviewedFigure> fs = ws.inTransaction(() -> ws.figures().byReport(report));
            review.setStatus(fs.get(0).id(), Status.CONFIRMED);
            review.edit(fs.get(1).id(), "growth_pct", "11");
            ws.backupNow();
            figures = ws.inTransaction(() -> ws.figures().count());
            changes = ws.inTransaction(() -> ws.changes().count());
            taken = ws.inTransaction(() -> ws.figures().byReport(report));
            review.setStatus(fs.get(2).id(), Status.REJECTED); // after the backup
            review.edit(fs.get(3).id(), "value", "1");
        }
        Backups backups = Backups.of(file);
        Path kept = backups.restore(backups.list().get(0));
        assertThat(kept).exists();
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.inTransaction(() -> ws.figures().count())).isEqualTo(figures);
            assertThat(ws.inTransaction(() -> ws.changes().count())).isEqualTo(changes);
            long report = ws.inTransaction(() -> ws.reports().summaries()).get(0).report().id();
            assertThat(ws.inTransaction(() -> ws.figures().byReport(report))).isEqualTo(taken);
        }
    }

    /**
     * A damaged workspace file is refused with the newest backup named, its bytes are not changed, and restoring
     * that backup brings the work back: an empty file and files cut short. (A file cut nearer its end can open as
     * an older state of itself, H2 falling back to its last whole chunk; that case is not detected yet.)
     */
    @Test
    void aDamagedWorkspaceIsRefusedNotReplaced(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w");
        try (Workspace ws = Workspace.open(file)) {
            importSeeds(ws);
            ws.backupNow();
        }
        Path db = dir.resolve("w.mv.db");
        byte[] whole = Files.readAllBytes(db);
        int refused = 0;
        for (double cut : new double[] {0.0, 0.001, 0.01, 0.1}) {
            byte[] damaged = java.util.Arrays.copyOf(whole, (int) (whole.length * cut));
            Files.write(db, damaged);
            try (Workspace ws = Workspace.open(file)) {
                throw new AssertionError("a workspace cut at " + cut + " was opened");
            } catch (WorkspaceException e) {
                refused++;
                assertThat(e.getMessage()).as("cut at " + cut).contains("damaged").contains("zhibiao restore --workspace")
                        .doesNotContain("Exception");
            }
            assertThat(Files.readAllBytes(db)).as("the damaged bytes are kept as they were, cut at " + cut).isEqualTo(damaged);
            Backups backups = Backups.of(file);
            backups.restore(backups.list().get(0));
            try (Workspace ws = Workspace.open(file)) {
                assertThat(ws.inTransaction(() -> ws.reports().count())).isEqualTo(5);
            }
            Files.write(db, whole);
        }
        assertThat(refused).isEqualTo(4);
    }

    /** After a restore the next backups are written whole, and nothing half-written is left behind. */
    @Test
    void backupsAfterARestoreWork(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w");
        try (Workspace ws = Workspace.open(file)) {
            importSeeds(ws);
            ws.backupNow();
        }
        Backups backups = Backups.of(file);
        int before = backups.list().size();
        Path kept = backups.restore(backups.list().get(0));
        assertThat(kept).exists();
        assertThat(dir.toFile().list()).as("nothing but the workspace beside it")
                .allSatisfy(name -> assertThat(name.startsWith("w.") && !name.startsWith("w.mv.db") && !name.equals("w.backups")
                        && !name.startsWith("w.lock") && !name.startsWith("w.trace")).isFalse());
        Thread.sleep(1100); // a backup a second later gets a name of its own
        try (Workspace ws = Workspace.open(file)) {
            ws.backupNow();
        }
        Thread.sleep(1100);
        try (Workspace ws = Workspace.open(file)) {
            ws.backupNow();
        }
        try (var files = Files.list(backups.folder())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
        assertThat(backups.list().size()).isGreaterThanOrEqualTo(Math.min(before + 2, 3));
        Backups.Backup newest = backups.list().get(0);
        backups.restore(newest);
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.inTransaction(() -> ws.reports().count())).isEqualTo(5);
        }
    }

    @Test
    void closingCompactsTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w");
        long beforeClose;
        try (Workspace ws = Workspace.open(file)) {
            importSeeds(ws);
            ReviewService review = new ReviewService(ws, "anna", Clock.systemUTC());
            List<Long> ids = ws.inTransaction(() -> ws.figures().byReport(
                    ws.reports().summaries().get(1).report().id())).stream().map(ReviewedFigure::id).toList();
            // edits until the file has grown by more than a quarter and 1 MB since it was opened, the growth at which
            // a close compacts it: H2's background writer compacts as it goes, so a fixed number of edits left the
            // file now above the line, now below it (then a plain close, which may leave it larger, is right)
            int edits = 0;
            while (ws.sizeOnDisk() < 2 * (1 << 20) && edits < 40_000) {
                review.edit(ids.get(edits % ids.size()), "value", Integer.toString(edits));
                edits++;
            }
            beforeClose = ws.sizeOnDisk();
            assertThat(beforeClose).as("grown after %d edits", edits).isGreaterThanOrEqualTo(2 * (1 << 20));
        }
        long afterClose = Files.size(dir.resolve("w.mv.db"));
        assertThat(afterClose).isLessThan(beforeClose);
    }

    @Test
    void aFileThatIsNotAWorkspaceGetsAClearMessage(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("junk.mv.db");
        Files.writeString(junk, "this is not a database ".repeat(200));
        assertThatThrownBy(() -> Workspace.open(junk)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(junk.getFileName().toString()).hasMessageNotContaining("SQLException");
    }

    static String sha(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

}
