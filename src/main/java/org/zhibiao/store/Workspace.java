package org.zhibiao.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

/**
 * An open workspace: one embedded H2 database file, its schema kept by Flyway migrations. Opening it migrates an
 * older workspace in place (after a backup copy), refuses one from a newer Zhibiao untouched, and writes a rolling
 * backup when the newest is more than a day old. Closing it compacts the file.
 *
 * <p>The file is opened with H2's AUTO_SERVER: a second program on the same workspace (the command line while the
 * app is open) shares it through a local connection instead of failing on the file lock.
 */
public final class Workspace implements AutoCloseable {

    private final Path file;
    private final Connection connection;
    private final Backups backups;
    private final ReportStore reports;
    private final FigureStore figures;
    private final ChangeLog changes;
    private boolean closed;
    private volatile String broken;
    private final long sizeAtOpen;

    private Workspace(Path file, Connection connection, Backups backups) {
        this.file = file;
        this.connection = connection;
        this.backups = backups;
        this.reports = new ReportStore(connection);
        this.figures = new FigureStore(connection);
        this.changes = new ChangeLog(connection);
        long size;
        try {
            size = Files.size(file);
        } catch (java.io.IOException e) {
            size = 0;
        }
        this.sizeAtOpen = size;
    }

    /** Opens (or creates) the workspace in a file, with or without its .mv.db ending. */
    public static Workspace open(Path named) {
        return open(named, Clock.systemUTC());
    }

    public static Workspace open(Path named, Clock clock) {
        Path file = WorkspaceLocation.file(named);
        try {
            Files.createDirectories(file.getParent());
        } catch (Exception e) {
            throw new WorkspaceException("Cannot create the folder " + file.getParent() + " for the workspace.", e);
        }
        boolean existed = Files.exists(file);
        if (existed) {
            checkVersionReadOnly(file);
        }
        JdbcDataSource ds = dataSource(file);
        Backups backups = new Backups(file, clock);
        Connection connection = connect(ds, file);
        try {
            // Flyway is only started when the schema is behind: it costs a second on every open otherwise
            int version = schemaVersion(connection);
            if (version > SCHEMA_VERSION) {
                throw new WorkspaceException("The workspace " + file + " was written by a newer version of Zhibiao "
                        + "(schema " + version + "); update Zhibiao to open it. The file was not changed.");
            }
            if (version < SCHEMA_VERSION) {
                if (existed && version > 0) {
                    backups.beforeMigration(connection); // keep the old version's data before changing it
                }
                Flyway flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                        .ignoreMigrationPatterns("*:future").load();
                refuseNewer(file, flyway.info());
                flyway.migrate();
            }
            connection.setAutoCommit(false);
            Workspace w = new Workspace(file, connection, backups);
            if (existed) {
                backups.rollIfDue(connection, w.reports.count() > 0);
            }
            return w;
        } catch (WorkspaceException e) {
            closeQuietly(connection);
            throw e;
        } catch (Exception e) {
            closeQuietly(connection);
            String why = describeWriteFailure(e);
            throw new WorkspaceException(why.startsWith("The workspace could not be updated")
                    ? "The workspace " + file + " cannot be opened: " + rootMessage(e) : why.replace("this step", "opening " + file), e);
        }
    }

    /** The schema version this Zhibiao writes: the number of the newest file in db/migration. */
    public static final int SCHEMA_VERSION = 3;

    /** The workspace's schema version from Flyway's history table, 0 for a new file. Reads only. */
    private static int schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_NAME = 'flyway_schema_history'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                return 0;
            }
        }
        int max = 0;
        try (Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\"")) {
            while (rs.next()) {
                String v = rs.getString(1);
                if (v != null && v.matches("\\d+")) {
                    max = Math.max(max, Integer.parseInt(v));
                }
            }
        }
        return max;
    }

    /** A workspace from a newer Zhibiao is refused before it is opened for writing, which would change the file. */
    private static void checkVersionReadOnly(Path file) {
        String url = "jdbc:h2:file:" + WorkspaceLocation.databasePath(file) + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        int version;
        try (Connection c = java.sql.DriverManager.getConnection(url, "zhibiao", "")) {
            version = schemaVersion(c);
        } catch (SQLException e) {
            return; // in use by another program, or not a workspace: the normal open says which
        }
        if (version > SCHEMA_VERSION) {
            throw new WorkspaceException("The workspace " + file + " was written by a newer version of Zhibiao "
                    + "(schema " + version + "); update Zhibiao to open it. The file was not changed.");
        }
    }

    private static JdbcDataSource dataSource(Path file) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + WorkspaceLocation.databasePath(file) + ";AUTO_SERVER=TRUE;TRACE_LEVEL_FILE=0");
        ds.setUser("zhibiao");
        ds.setPassword("");
        return ds;
    }

    private static Connection connect(JdbcDataSource ds, Path file) {
        try {
            return ds.getConnection();
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("Wrong user name or password")) {
                throw new WorkspaceException("The file " + file + " is an H2 database but not a Zhibiao workspace.", e);
            }
            if (m.contains("locked") || m.contains("already in use")) {
                throw new WorkspaceException("The workspace " + file + " is in use by another program that does not share it; close that program and try again.", e);
            }
            if (m.contains("corrupt") || m.contains("File corrupted") || m.contains("not a valid")) {
                throw new WorkspaceException("The workspace " + file + " is damaged; restore a backup with: zhibiao restore --workspace " + file, e);
            }
            String why = describeWriteFailure(e);
            if (!why.startsWith("The workspace could not be updated")) {
                throw new WorkspaceException(why.replace("nothing of this step was saved", "the workspace " + file
                        + " cannot be opened there").replace("; nothing of this step was saved.", "."), e);
            }
            throw new WorkspaceException("The workspace " + file + " cannot be opened: " + rootMessage(e), e);
        }
    }

    private static void refuseNewer(Path file, MigrationInfoService info) {
        for (MigrationInfo m : info.applied()) {
            if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                throw new WorkspaceException("The workspace " + file + " was written by a newer version of Zhibiao "
                        + "(schema " + m.getVersion() + "); update Zhibiao to open it. The file was not changed.");
            }
        }
    }

    public Path file() {
        return file;
    }

    public String name() {
        return WorkspaceLocation.name(file);
    }

    public ReportStore reports() {
        return reports;
    }

    public FigureStore figures() {
        return figures;
    }

    public ChangeLog changes() {
        return changes;
    }

    public Backups backups() {
        return backups;
    }

    /** Work that must happen entirely or not at all. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    /** Runs work in one transaction: committed if it returns, rolled back if it throws. */
    public synchronized <T> T inTransaction(Work<T> work) {
        if (broken != null) {
            throw new WorkspaceException(broken); // H2 spins if asked again after a failed write: do not ask
        }
        try {
            T result = work.run();
            connection.commit();
            // H2 writes commits to the file in the background within half a second; a checkpoint writes them now,
            // so that a killed process loses no committed work (WRITE_DELAY=0 would do the same but also stop
            // the background thread that keeps the file compact while it is open)
            try (Statement s = connection.createStatement()) {
                s.execute("CHECKPOINT");
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the original failure is the one to report
            }
            if (e instanceof RuntimeException r && !(r instanceof org.h2.mvstore.MVStoreException)) {
                throw r;
            }
            String why = describeWriteFailure(e);
            if (!why.startsWith("The workspace could not be updated")) {
                broken = why;
            }
            throw new WorkspaceException(why, e);
        }
    }

    /** The size of the workspace file once everything written so far is on disk. */
    public synchronized long sizeOnDisk() {
        try (Statement s = connection.createStatement()) {
            connection.commit();
            s.execute("CHECKPOINT SYNC");
            return Files.size(file);
        } catch (SQLException | java.io.IOException e) {
            throw new WorkspaceException("The workspace file cannot be measured: " + rootMessage(e), e);
        }
    }

    /** Writes a backup now, whatever the age of the last one. */
    public Path backupNow() {
        return backups.write(connection);
    }

    /** Why the workspace can no longer be written (a full disk …), or null while it can. */
    public String broken() {
        return broken;
    }

    /**
     * Closes the workspace, compacting its file when it grew while open (edits leave old pages behind), so that it
     * does not grow without bound; a session that only read closes at once.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (broken != null) {
            // the store failed a write: leave it to H2's recovery on the next open, without waiting on it here
            Thread t = new Thread(() -> closeQuietly(connection), "zhibiao-close");
            t.setDaemon(true);
            t.start();
            return;
        }
        try (Statement s = connection.createStatement()) {
            connection.commit();
            long now = Files.exists(file) ? Files.size(file) : 0;
            s.execute(now > sizeAtOpen + sizeAtOpen / 4 + (1 << 20) ? "SHUTDOWN COMPACT" : "SHUTDOWN");
        } catch (SQLException | java.io.IOException e) {
            // another program still has the workspace open: it compacts when it closes
        } finally {
            closeQuietly(connection);
        }
    }

    /** A failed write in words a user can act on: a full disk, a read-only folder, or the database's own reason. */
    static String describeWriteFailure(Throwable e) {
        String all = chain(e);
        if (all.contains("No space left") || all.contains("not enough space") || all.contains("disk full")) {
            return "The disk holding the workspace is full; nothing of this step was saved. Free some space and try again.";
        }
        if (all.contains("Read-only file system") || all.contains("read only") || all.contains("ACCESS_MODE_DATA=r")) {
            return "The workspace's folder is read-only; nothing of this step was saved.";
        }
        if (all.contains("database is closed") || all.contains("has been closed") || all.contains("closed")) {
            return "The workspace stopped after an earlier write failed; close it and open it again. Nothing half-written was kept.";
        }
        return "The workspace could not be updated: " + rootMessage(e);
    }

    private static String chain(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 10_000; t = t.getCause() == t ? null : t.getCause()) {
            b.append(t.getMessage()).append(' ');
        }
        return b.toString();
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
        int cut = m.indexOf(" [");
        return cut > 0 ? m.substring(0, cut) : m;
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing more to do
        }
    }
}
