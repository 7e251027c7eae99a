package org.zhibiao.store;

import org.zhibiao.model.Problem;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rolling backups of a workspace, in a folder beside it ({@code NAME.backups/NAME-20261124-080000.zip}). Each is a
 * consistent copy written by H2's BACKUP TO into a temporary file and then moved into place, so a backup is either
 * whole or absent. The newest {@value #KEEP} are kept; copies taken before a schema migration are kept apart.
 */
public final class Backups {

    public static final int KEEP = 7;
    public static final Duration EVERY = Duration.ofDays(1);

    /** One backup file. */
    public record Backup(Path file, Instant takenAt, long size, boolean beforeMigration) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("(.+?)-(before-migration-)?(\\d{8}-\\d{6})\\.zip");

    private final Path workspaceFile;
    private final Clock clock;

    Backups(Path workspaceFile, Clock clock) {
        this.workspaceFile = WorkspaceLocation.file(workspaceFile);
        this.clock = clock;
    }

    public static Backups of(Path workspaceFile) {
        return new Backups(workspaceFile, Clock.systemUTC());
    }

    public Path folder() {
        return workspaceFile.resolveSibling(WorkspaceLocation.name(workspaceFile) + ".backups");
    }

    /** The backups, newest first. */
    public List<Backup> list() {
        List<Backup> out = new ArrayList<>();
        Path dir = folder();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.zip")) {
            for (Path f : files) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches() && m.group(1).equals(WorkspaceLocation.name(workspaceFile))) {
                    Instant at = LocalDateTime.parse(m.group(3), STAMP).toInstant(ZoneOffset.UTC);
                    out.add(new Backup(f, at, Files.size(f), m.group(2) != null));
                }
            }
        } catch (IOException e) {
            throw new WorkspaceException(Problem.of(Problem.Kind.BACKUPS_UNREADABLE, dir), e);
        }
        out.sort(Comparator.comparing(Backup::takenAt).reversed().thenComparing(b -> b.file().toString()));
        return out;
    }

    void rollIfDue(Connection connection, boolean hasData) {
        if (!hasData) {
            return;
        }
        List<Backup> regular = list().stream().filter(b -> !b.beforeMigration()).toList();
        if (regular.isEmpty() || regular.get(0).takenAt().isBefore(clock.instant().minus(EVERY))) {
            write(connection);
        }
    }

    void beforeMigration(Connection connection) {
        write(connection, "before-migration-");
    }

    Path write(Connection connection) {
        Path written = write(connection, "");
        prune();
        return written;
    }

    private Path write(Connection connection, String kind) {
        Path dir = folder();
        String stamp = STAMP.format(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        Path target = dir.resolve(WorkspaceLocation.name(workspaceFile) + "-" + kind + stamp + ".zip");
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".backup-", ".zip.part");
            Files.delete(tmp); // BACKUP TO creates the file itself
            try (Statement s = connection.createStatement()) {
                s.execute("BACKUP TO '" + tmp.toString().replace("'", "''") + "'");
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException | SQLException e) {
            throw new WorkspaceException(Problem.of(Problem.Kind.BACKUP_WRITE_FAILED, dir), e);
        }
    }

    private void prune() {
        List<Backup> regular = list().stream().filter(b -> !b.beforeMigration()).toList();
        for (int i = KEEP; i < regular.size(); i++) {
            try {
                Files.deleteIfExists(regular.get(i).file());
            } catch (IOException ignored) {
                // an old backup that cannot be deleted now is deleted next time
            }
        }
    }

    /**
     * Replaces the workspace with a backup. The workspace must not be open anywhere; the current file is kept
     * in the backups folder as NAME-before-restore-STAMP.mv.db.
     *
     * @return where the replaced workspace was kept, or null if there was none
     */
    public Path restore(Backup backup) {
        Path db = workspaceFile;
        Path kept = null;
        try {
            if (Files.exists(db)) {
                ensureNotInUse(db);
                String stamp = STAMP.format(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                // kept in the backups folder, not beside the workspace: H2's BACKUP takes every NAME.*.mv.db beside
                // it, and a second file there made every later backup fail with "duplicate entry"
                Files.createDirectories(folder());
                kept = folder().resolve(WorkspaceLocation.name(db) + "-before-restore-" + stamp + WorkspaceLocation.DB_SUFFIX);
                Files.move(db, kept, StandardCopyOption.ATOMIC_MOVE);
            }
            org.h2.tools.Restore.execute(backup.file().toString(), db.getParent().toString(), WorkspaceLocation.name(db));
            if (!Files.exists(db)) {
                throw new WorkspaceException(Problem.Kind.BACKUP_NOT_THIS, backup.file());
            }
            new WorkspaceMark(db).forget(); // the restored file holds less than the mark says, on purpose
            return kept;
        } catch (IOException e) {
            throw new WorkspaceException(Problem.of(Problem.Kind.RESTORE_FAILED), e);
        }
    }

    private static void ensureNotInUse(Path db) {
        Path lock = db.resolveSibling(WorkspaceLocation.name(db) + ".lock.db");
        if (!Files.exists(lock)) {
            return;
        }
        String url = "jdbc:h2:file:" + WorkspaceLocation.databasePath(db) + ";IFEXISTS=TRUE";
        try (Connection c = java.sql.DriverManager.getConnection(url, "zhibiao", "")) {
            c.createStatement().execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new WorkspaceException(Problem.of(Problem.Kind.RESTORE_IN_USE, db), e);
        }
    }
}
