package org.zhibiao.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

/**
 * An open workspace: an embedded H2 database file (the default, one analyst) or a database on a PostgreSQL server
 * (a team), its schema kept by the same Flyway migrations on both. Opening it migrates an older workspace in place
 * (an H2 file after a backup copy), refuses one from a newer Zhibiao untouched, and for a file writes a rolling
 * backup when the newest is more than a day old. Closing a file compacts it, unless another program still has it open.
 *
 * <p>A file is opened with H2's AUTO_SERVER: a second program on the same workspace (the command line while the
 * app is open) shares it through a local connection instead of failing on the file lock. A server workspace
 * whose connection drops says so ({@link WorkspaceUnavailableException}) and connects again on the next call; a
 * transaction cut off by the loss is rolled back by the server, so nothing is half-written.
 */
public final class Workspace implements AutoCloseable {

    /** The database engine behind a workspace. */
    public enum Engine { H2, POSTGRESQL }

    /** Opens a new connection to the workspace's database. */
    @FunctionalInterface
    private interface Connector {
        Connection connect();
    }

    private final WorkspaceAddress address;
    private final Engine engine;
    private final Connector connector;
    private Connection connection; // null after a server connection was lost, until the next call connects again
    private final Backups backups;
    private final ReportStore reports;
    private final FigureStore figures;
    private final ChangeLog changes;
    private final TeamStore team;
    private boolean closed;
    private volatile String broken;
    private final long sizeAtOpen;

    private Workspace(WorkspaceAddress address, Engine engine, Connector connector, Connection connection,
                      Backups backups) {
        this.address = address;
        this.engine = engine;
        this.connector = connector;
        this.connection = connection;
        this.backups = backups;
        this.reports = new ReportStore(this);
        this.figures = new FigureStore(this);
        this.changes = new ChangeLog(this);
        this.team = new TeamStore(this);
        long size = 0;
        if (address instanceof WorkspaceAddress.H2File f) {
            try {
                size = Files.size(f.file());
            } catch (java.io.IOException e) {
                size = 0;
            }
        }
        this.sizeAtOpen = size;
    }

    /** Opens (or creates) the workspace in a file, with or without its .mv.db ending. */
    public static Workspace open(Path named) {
        return open(named, Clock.systemUTC());
    }

    public static Workspace open(Path named, Clock clock) {
        return open(WorkspaceAddress.of(named), clock);
    }

    /** Opens a workspace as users name it: a file path or {@code postgresql://HOST[:PORT]/DB}. */
    public static Workspace open(String address) {
        WorkspaceAddress a;
        try {
            a = WorkspaceAddress.parse(address);
        } catch (IllegalArgumentException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
        return open(a, Clock.systemUTC());
    }

    public static Workspace open(WorkspaceAddress address, Clock clock) {
        if (address instanceof WorkspaceAddress.Server server) {
            return openServer(server);
        }
        return openFile(((WorkspaceAddress.H2File) address).file(), clock);
    }

    private static Workspace openFile(Path file, Clock clock) {
        try {
            Files.createDirectories(file.getParent());
        } catch (Exception e) {
            throw new WorkspaceException("Cannot create the folder " + file.getParent() + " for the workspace.", e);
        }
        boolean existed = Files.exists(file);
        if (existed) {
            checkVersionReadOnly(file, clock);
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
                migrate(Flyway.configure().dataSource(ds), Engine.H2, file.toString());
            }
            connection.setAutoCommit(false);
            Workspace w = new Workspace(new WorkspaceAddress.H2File(file), Engine.H2, () -> connect(ds, file),
                    connection, backups);
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

    private static Workspace openServer(WorkspaceAddress.Server server) {
        PgCredentials credentials = PgCredentials.forServer(server);
        Connector connector = () -> connectServer(server, credentials);
        Connection connection = connector.connect();
        try {
            int version = schemaVersion(connection);
            if (version > SCHEMA_VERSION) {
                throw new WorkspaceException("The team workspace " + server.display() + " was written by a newer "
                        + "version of Zhibiao (schema " + version + "); update Zhibiao to open it. Nothing was changed.");
            }
            if (version < SCHEMA_VERSION) {
                // Flyway takes a lock on the server: two analysts opening a new workspace at once migrate it once
                migrate(Flyway.configure().dataSource(server.jdbcUrl(), credentials.user(), credentials.password()),
                        Engine.POSTGRESQL, server.display());
            }
            connection.setAutoCommit(false);
            return new Workspace(server, Engine.POSTGRESQL, connector, connection, null);
        } catch (WorkspaceException e) {
            closeQuietly(connection);
            throw e;
        } catch (Exception e) {
            closeQuietly(connection);
            throw new WorkspaceException("The team workspace " + server.display() + " cannot be opened: " + rootMessage(e), e);
        }
    }

    private static void migrate(org.flywaydb.core.api.configuration.FluentConfiguration config, Engine engine,
                                String where) {
        // most migrations are one file for both engines; the few statements that differ sit in db/vendor/ENGINE
        String vendor = engine.name().toLowerCase(java.util.Locale.ROOT);
        Flyway flyway = config.locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .ignoreMigrationPatterns("*:future").load();
        refuseNewer(where, flyway.info());
        flyway.migrate();
    }

    private static Connection connectServer(WorkspaceAddress.Server server, PgCredentials credentials) {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", credentials.user());
        if (credentials.password() != null) {
            p.setProperty("password", credentials.password());
        }
        p.setProperty("ApplicationName", "Zhibiao");
        p.setProperty("connectTimeout", "5");
        p.setProperty("loginTimeout", "10");
        p.setProperty("tcpKeepAlive", "true");
        // a server that stops answering (a cable pulled, a laptop asleep) is given up after a minute, so that a
        // background save or poll does not wait for TCP's own timeout of many minutes
        p.setProperty("socketTimeout", "60");
        try {
            return java.sql.DriverManager.getConnection(server.jdbcUrl(), p);
        } catch (SQLException e) {
            String why = describeConnectFailure(server, credentials.user(), e);
            // only an unreachable server is worth trying again; a refused or missing password stays so
            throw e.getSQLState() != null && e.getSQLState().startsWith("08") && !noPasswordGiven(e)
                    ? new WorkspaceUnavailableException(why, e) : new WorkspaceException(why, e);
        }
    }

    /** Why a server refused a connection, in words that say what to do; never with the password. */
    static String describeConnectFailure(WorkspaceAddress.Server server, String user, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = server.display();
        if (noPasswordGiven(e)) {
            return "The server " + where + " asks for the password of user '" + user + "' and none is configured; "
                    + "put it in ~/.pgpass or PGPASSWORD (docs/team.md).";
        }
        return switch (state) {
            case "28P01" -> "The server " + where + " refused the password of user '" + user
                    + "'; check ~/.pgpass or PGPASSWORD.";
            case "28000" -> "The server " + where + " does not let user '" + user + "' in from this computer "
                    + "(pg_hba.conf); ask whoever set it up (docs/team.md).";
            case "3D000" -> "There is no database '" + server.database() + "' on the server " + server.host()
                    + "; create it with scripts/setup-team-db.sh (docs/team.md).";
            default -> state.startsWith("08")
                    ? "Cannot reach the PostgreSQL server " + where + " (" + rootMessage(e) + "); is it running and "
                    + "reachable from this computer?"
                    : "Cannot connect to " + where + ": " + rootMessage(e);
        };
    }

    /** The server wanted a password and the driver had none to give (pgjdbc says so in SQLState 08004). */
    static boolean noPasswordGiven(SQLException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return "08004".equals(e.getSQLState()) && m.contains("password") && m.contains("no password");
    }

    /** The schema version this Zhibiao writes: the number of the newest file in db/migration. */
    public static final int SCHEMA_VERSION = 5;

    /** The workspace's schema version from Flyway's history table, 0 for a new file. Reads only. */
    private static int schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_NAME = 'flyway_schema_history' AND LOWER(TABLE_SCHEMA) = LOWER(CURRENT_SCHEMA)")) {
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
    private static void checkVersionReadOnly(Path file, Clock clock) {
        try {
            if (Files.size(file) == 0) {
                throw damaged(file, "the file is empty", clock);
            }
        } catch (java.io.IOException e) {
            return; // the normal open says what is wrong with the file
        }
        String url = "jdbc:h2:file:" + WorkspaceLocation.databasePath(file) + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        int version;
        try (Connection c = java.sql.DriverManager.getConnection(url, "zhibiao", "")) {
            version = schemaVersion(c);
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1 || m.contains("locked")
                    || m.contains("already in use") || m.contains("already open")) {
                return; // in use by another program: the normal open shares it or says so
            }
            throw damaged(file, "its contents cannot be read", clock);
        }
        if (version == 0) {
            // a file that holds no workspace schema would be taken for a new, empty workspace and written over
            throw damaged(file, "it holds no workspace", clock);
        }
        if (version > SCHEMA_VERSION) {
            throw new WorkspaceException("The workspace " + file + " was written by a newer version of Zhibiao "
                    + "(schema " + version + "); update Zhibiao to open it. The file was not changed.");
        }
    }

    /**
     * A damaged workspace is refused before anything writes to it, with the newest backup and how to restore it:
     * an open that went on would take it for a new, empty workspace and replace the analysts' work.
     */
    private static WorkspaceException damaged(Path file, String why, Clock clock) {
        List<Backups.Backup> backups = new Backups(file, clock).list();
        String restore = backups.isEmpty()
                ? "There is no backup of it; the file was not changed."
                : "The file was not changed; restore the newest backup (" + backups.get(0).file().getFileName()
                        + ") with: zhibiao restore --workspace " + file + " --from 1";
        return new WorkspaceException("The workspace " + file + " is damaged (" + why + "). " + restore);
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

    private static void refuseNewer(String file, MigrationInfoService info) {
        for (MigrationInfo m : info.applied()) {
            if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                throw new WorkspaceException("The workspace " + file + " was written by a newer version of Zhibiao "
                        + "(schema " + m.getVersion() + "); update Zhibiao to open it. The file was not changed.");
            }
        }
    }

    /** The workspace's file, or null for a server workspace. */
    public Path file() {
        return address instanceof WorkspaceAddress.H2File f ? f.file() : null;
    }

    public WorkspaceAddress address() {
        return address;
    }

    public Engine engine() {
        return engine;
    }

    /** True for a workspace on a server, shared by a team. */
    public boolean shared() {
        return engine == Engine.POSTGRESQL;
    }

    /** The name users see: the file name without .mv.db, or the server database's name. */
    public String name() {
        return address instanceof WorkspaceAddress.Server s ? s.database() : WorkspaceLocation.name(file());
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

    public TeamStore team() {
        return team;
    }

    /** The rolling backups of a workspace file; a server workspace has none (the server is backed up with pg_dump). */
    public Backups backups() {
        if (backups == null) {
            throw new WorkspaceException("A team workspace is backed up on its server with pg_dump (docs/team.md).");
        }
        return backups;
    }

    /** The open connection, connecting again first if a server connection was lost. */
    synchronized Connection connection() {
        if (connection == null) {
            if (closed) {
                throw new WorkspaceException("The workspace " + address.display() + " is closed.");
            }
            Connection c = connector.connect();
            try {
                c.setAutoCommit(false);
            } catch (SQLException e) {
                closeQuietly(c);
                throw new WorkspaceUnavailableException(lostMessage(), e);
            }
            connection = c;
        }
        return connection;
    }

    /** Work that must happen entirely or not at all. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    /**
     * Runs work in one transaction: committed if it returns, rolled back if it throws. On a server whose connection
     * was lost it throws {@link WorkspaceUnavailableException}: the server rolled the transaction back, so the same
     * work can simply be tried again later.
     */
    public synchronized <T> T inTransaction(Work<T> work) {
        if (broken != null) {
            throw new WorkspaceException(broken); // H2 spins if asked again after a failed write: do not ask
        }
        Connection c = connection();
        try {
            T result = work.run();
            c.commit();
            if (engine == Engine.H2) {
                // H2 writes commits to the file in the background within half a second; a checkpoint writes them
                // now, so that a killed process loses no committed work (WRITE_DELAY=0 would do the same but also
                // stop the background thread that keeps the file compact while it is open)
                try (Statement s = c.createStatement()) {
                    s.execute("CHECKPOINT");
                }
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            if (engine == Engine.POSTGRESQL && connectionLost(c, e)) {
                connection = null;
                closeQuietly(c);
                throw new WorkspaceUnavailableException(lostMessage(), e);
            }
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the original failure is the one to report
            }
            if (e instanceof RuntimeException r && !(r instanceof org.h2.mvstore.MVStoreException)) {
                throw r;
            }
            if (engine == Engine.POSTGRESQL) {
                throw new WorkspaceException("The team workspace could not be updated: " + rootMessage(e), e);
            }
            String why = describeWriteFailure(e);
            if (!why.startsWith("The workspace could not be updated")) {
                broken = why;
            }
            throw new WorkspaceException(why, e);
        }
    }

    private String lostMessage() {
        return "The connection to the team workspace " + address.display() + " was lost; nothing of the last change "
                + "was saved. Zhibiao keeps it and tries again.";
    }

    /** A failure that means the server is gone (network, restart), as opposed to a refused statement. */
    private static boolean connectionLost(Connection c, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WorkspaceUnavailableException || t instanceof java.net.SocketException
                    || t instanceof java.io.EOFException) {
                return true;
            }
            if (t instanceof SQLException q && q.getSQLState() != null
                    && (q.getSQLState().startsWith("08") || q.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        try {
            return c.isClosed() || !c.isValid(2);
        } catch (SQLException ignored) {
            return true;
        }
    }

    /** The size of the workspace once everything written so far is on disk: the file, or the server database. */
    public synchronized long sizeOnDisk() {
        Connection c = connection();
        try (Statement s = c.createStatement()) {
            c.commit();
            if (engine == Engine.POSTGRESQL) {
                try (java.sql.ResultSet rs = s.executeQuery("SELECT pg_database_size(current_database())")) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
            s.execute("CHECKPOINT SYNC");
            return Files.size(file());
        } catch (SQLException | java.io.IOException e) {
            throw new WorkspaceException("The workspace cannot be measured: " + rootMessage(e), e);
        }
    }

    /** Writes a backup now, whatever the age of the last one. */
    public synchronized Path backupNow() {
        return backups().write(connection());
    }

    /** Why the workspace can no longer be written (a full disk …), or null while it can. */
    public String broken() {
        return broken;
    }

    /**
     * Closes the workspace. A file is compacted when it grew while open (edits leave old pages behind), so that it
     * does not grow without bound; a session that only read closes at once.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Connection c = connection;
        if (c == null) {
            return;
        }
        if (engine == Engine.POSTGRESQL) {
            try {
                c.commit();
            } catch (SQLException ignored) {
                // nothing uncommitted is worth keeping: every change commits in its own transaction
            }
            closeQuietly(c);
            return;
        }
        if (broken != null) {
            // the store failed a write: leave it to H2's recovery on the next open, without waiting on it here
            Thread t = new Thread(() -> closeQuietly(c), "zhibiao-close");
            t.setDaemon(true);
            t.start();
            return;
        }
        Path file = file();
        try (Statement s = c.createStatement()) {
            c.commit();
            if (sharedWithOthers(s)) {
                // another program has the file open through AUTO_SERVER (the app while the command line runs, or
                // the other way round): SHUTDOWN would close the database under it. The last one out compacts.
                return;
            }
            long now = Files.exists(file) ? Files.size(file) : 0;
            s.execute(now > sizeAtOpen + sizeAtOpen / 4 + (1 << 20) ? "SHUTDOWN COMPACT" : "SHUTDOWN");
        } catch (SQLException | java.io.IOException e) {
            // another program still has the workspace open: it compacts when it closes
        } finally {
            closeQuietly(c);
        }
    }

    /** Whether other sessions than this one are connected to the H2 database (another program sharing the file). */
    private static boolean sharedWithOthers(Statement s) throws SQLException {
        try (java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            return rs.next() && rs.getInt(1) > 1;
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
