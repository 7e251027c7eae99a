package org.zhibiao.store;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhibiao.model.Problem;
import org.zhibiao.model.Problem.Kind;

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

    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

    private final WorkspaceAddress address;
    private final Engine engine;
    private final Connector connector;
    private Connection connection; // null after a connection was lost, until the next call connects again
    private boolean remote; // an H2 file served by another program (AUTO_SERVER): its connection ends when it closes
    private final Backups backups;
    private final boolean readOnly;
    private final ReportStore reports;
    private final FigureStore figures;
    private final ChangeLog changes;
    private final TeamStore team;
    private boolean closed;
    private volatile Problem broken;
    private final long sizeAtOpen;

    private Workspace(WorkspaceAddress address, Engine engine, Connector connector, Connection connection,
                      Backups backups, boolean readOnly) {
        this.address = address;
        this.engine = engine;
        this.connector = connector;
        this.connection = connection;
        this.remote = servedElsewhere(connection);
        this.backups = backups;
        this.readOnly = readOnly;
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
            throw new WorkspaceException(Problem.of(Kind.BAD_ADDRESS, e.getMessage()), e);
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
            throw new WorkspaceException(Problem.of(Kind.FOLDER_UNCREATABLE, file.getParent()), e);
        }
        boolean existed = Files.exists(file);
        if (existed && !writable(file)) {
            return openReadOnly(file, clock);
        }
        WorkspaceMark mark = new WorkspaceMark(file);
        java.util.Optional<WorkspaceMark.State> last = mark.read();
        // a file byte for byte what this program's last clean close left skips the look before opening: it would
        // open the file a second time only to find what the close wrote (on a cold start as much as the open, about
        // 0.1 s of a core)
        WorkspaceMark.Compared against = last.map(mark::compare).orElse(WorkspaceMark.Compared.UNKNOWN);
        if (existed && against != WorkspaceMark.Compared.SAME) {
            probe(file, last, against, clock); // refuses a damaged file; recovers one that needs it, on a copy
        }
        JdbcDataSource ds = dataSource(file, false);
        Backups backups = new Backups(file, clock);
        long giveUp = System.nanoTime() + HANDOVER_MILLIS * 1_000_000;
        for (int attempt = 0; ; attempt++) {
            try {
                return openConnected(file, ds, backups, mark, existed);
            } catch (ServerGone e) {
                // the program serving the file stopped between our connecting and our first reads: H2 hands the
                // file to the next program, as when connecting, so the open starts again on a new connection
                if (System.nanoTime() >= giveUp) {
                    throw new WorkspaceException(Problem.of(Kind.IN_USE, file), e.getCause());
                }
                LOG.info("workspace {}: the program serving it stopped while it was being opened; opening again", file);
                sleep(50L + Math.min(attempt, 10) * 40L);
            }
        }
    }

    /** Thrown inside an open when the connection to the program serving the file broke: the open is tried again. */
    private static final class ServerGone extends RuntimeException {
        ServerGone(Exception cause) {
            super(cause);
        }
    }

    private static Workspace openConnected(Path file, JdbcDataSource ds, Backups backups, WorkspaceMark mark,
                                           boolean existed) {
        Connection connection = connect(ds, file);
        try {
            // Flyway is only started when the schema is behind: it costs a second on every open otherwise
            int version = SchemaGate.version(connection);
            SchemaGate.refuseNewer(file.toString(), version);
            if (version < SCHEMA_VERSION) {
                if (existed && version > 0) {
                    backups.beforeMigration(connection); // keep the old version's data before changing it
                }
                SchemaGate.migrate(Flyway.configure().dataSource(ds), Engine.H2, file.toString());
            }
            connection.setAutoCommit(false);
            Workspace w = new Workspace(new WorkspaceAddress.H2File(file), Engine.H2, () -> connect(ds, file),
                    connection, backups, false);
            WorkspaceMark.Held held = SchemaGate.counts(connection);
            connection.commit();

            mark.opened(held); // from now on the file changes under the mark: only the counts are kept
            if (existed) {
                backups.rollIfDue(connection, held.reports() > 0);
            }
            return w;
        } catch (WorkspaceException e) {
            closeQuietly(connection);
            throw e;
        } catch (Exception e) {
            closeQuietly(connection);
            if (StoreFailures.h2ConnectionGone(e)) {
                throw new ServerGone(e);
            }
            LOG.warn("workspace {} not opened", file, e);
            Problem why = StoreFailures.ofWrite(e);
            throw new WorkspaceException(why.kind() == Kind.UPDATE_FAILED || why.kind() == Kind.STOPPED
                    ? Problem.of(Kind.OPEN_FAILED, file) : why, e);
        }
    }

    /**
     * A workspace in a folder this program cannot write (a shared drive, a CD, a colleague's folder) is opened for
     * reading only: without AUTO_SERVER (which needs a lock file beside it), backups, migration or the mark.
     */
    private static Workspace openReadOnly(Path file, Clock clock) {
        WorkspaceMark mark = new WorkspaceMark(file);
        java.util.Optional<WorkspaceMark.State> last = mark.read();
        if (probe(file, last, last.map(mark::compare).orElse(WorkspaceMark.Compared.UNKNOWN), clock)) {
            throw new WorkspaceException(Kind.READ_ONLY_WORKSPACE, file); // recovery would have to write
        }
        JdbcDataSource ds = dataSource(file, true);
        Connection connection = connect(ds, file);
        try {
            int version = SchemaGate.version(connection);
            SchemaGate.refuseNewer(file.toString(), version);
            if (version < SCHEMA_VERSION) {
                throw new WorkspaceException(Kind.READ_ONLY_WORKSPACE, file);
            }
            connection.setAutoCommit(false);
            LOG.info("workspace {} opened read-only: its folder cannot be written", file);
            return new Workspace(new WorkspaceAddress.H2File(file), Engine.H2, () -> connect(ds, file), connection,
                    new Backups(file, clock), true);
        } catch (WorkspaceException e) {
            closeQuietly(connection);
            throw e;
        } catch (Exception e) {
            closeQuietly(connection);
            LOG.warn("workspace {} not opened read-only", file, e);
            throw new WorkspaceException(Problem.of(Kind.OPEN_FAILED, file), e);
        }
    }

    /** Whether this program can write beside the workspace (H2 needs its lock file there) and to the file itself. */
    private static boolean writable(Path file) {
        try {
            Path probe = Files.createTempFile(file.getParent(), ".zhibiao-", ".probe");
            Files.delete(probe);
        } catch (java.io.IOException | SecurityException e) {
            return false;
        }
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.APPEND)) {
            return true;
        } catch (java.io.IOException | SecurityException e) {
            return false;
        }
    }

    private static Workspace openServer(WorkspaceAddress.Server server) {
        PgCredentials credentials = PgCredentials.forServer(server);
        Connector connector = () -> ServerConnections.connect(server, credentials);
        Connection connection = connector.connect();
        try {
            SchemaGate.refuseNewer(server.display(), SchemaGate.version(connection));
            if (SchemaGate.version(connection) < SCHEMA_VERSION) {
                // Flyway takes a lock on the server: two analysts opening a new workspace at once migrate it once
                SchemaGate.migrate(Flyway.configure().dataSource(server.jdbcUrl(), credentials.user(),
                        credentials.password()), Engine.POSTGRESQL, server.display());
            }
            connection.setAutoCommit(false);
            return new Workspace(server, Engine.POSTGRESQL, connector, connection, null, false);
        } catch (WorkspaceException e) {
            closeQuietly(connection);
            throw e;
        } catch (Exception e) {
            closeQuietly(connection);
            LOG.warn("team workspace {} not opened", server.display(), e);
            throw new WorkspaceException(Problem.of(Kind.SERVER_OPEN_FAILED, server.display()), e);
        }
    }

    /** Why a server refused a connection, in words that say what to do; never with the password. */
    static String describeConnectFailure(WorkspaceAddress.Server server, String user, SQLException e) {
        return ServerConnections.describe(server, user, e).english();
    }

    /** The schema version this Zhibiao writes: the number of the newest file in db/migration. */
    public static final int SCHEMA_VERSION = 7;

    /**
     * Looks at an existing workspace file before anything writes to it, and refuses it when it is damaged: empty,
     * unreadable, holding no workspace, changed since it was last closed, or holding less than it did (see
     * {@link WorkspaceMark}). A workspace from a newer Zhibiao is refused too. An open that went on would take a
     * damaged file for a new, empty or older workspace and write over the analysts' work.
     *
     * @return whether the file needs H2's recovery (which writes) before it can be read; an exact copy is kept then
     */
    private static boolean probe(Path file, java.util.Optional<WorkspaceMark.State> last, WorkspaceMark.Compared against,
                                 Clock clock) {
        try {
            if (Files.size(file) == 0) {
                throw damaged(file, Problem.of(Kind.DAMAGE_EMPTY), clock);
            }
        } catch (java.io.IOException e) {
            return false; // the normal open says what is wrong with the file
        }
        String url = "jdbc:h2:file:" + WorkspaceLocation.databasePath(file) + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        int version;
        WorkspaceMark.Held held = null;
        try (Connection c = java.sql.DriverManager.getConnection(url, "zhibiao", "")) {
            version = SchemaGate.version(c);
            if (version > 0 && version <= SCHEMA_VERSION) {
                held = SchemaGate.counts(c);
            }
        } catch (SQLException e) {
            if (StoreFailures.locked(e) || e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_IS_CLOSED) {
                // in use by another program, or still being closed by this one after a failed write (a full
                // disk): the normal open shares it, waits for it, or says so
                return false;
            }
            boolean changed = against == WorkspaceMark.Compared.CHANGED;
            if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_IS_READ_ONLY && !changed) {
                // the file needs H2's own recovery (a program was killed or the power went while it wrote): no
                // damage by itself, but recovery writes, so it is done on a copy and held against the mark first
                recoverOnACopy(file, last, clock);
                return true;
            }
            LOG.warn("workspace {} unreadable", file, e);
            throw damaged(file, Problem.of(changed ? Kind.DAMAGE_CHANGED
                    : e.getErrorCode() == org.h2.api.ErrorCode.FILE_CORRUPTED_1 ? Kind.DAMAGE_CORRUPT
                    : Kind.DAMAGE_UNREADABLE), clock, e);
        }
        if (version == 0) {
            // a file that holds no workspace schema would be taken for a new, empty workspace and written over
            throw damaged(file, Problem.of(Kind.DAMAGE_NO_WORKSPACE), clock);
        }
        SchemaGate.refuseNewer(file.toString(), version);
        if (last.isPresent()) {
            WorkspaceMark.Held before = last.get().held();
            if (held != null && held.lessThan(before)) {
                throw damaged(file, Problem.of(Kind.DAMAGE_OLDER_STATE, String.valueOf(held.reports()),
                        String.valueOf(held.changes()), String.valueOf(before.reports()),
                        String.valueOf(before.changes())), clock);
            }
            if (against == WorkspaceMark.Compared.CHANGED) {
                throw damaged(file, Problem.of(Kind.DAMAGE_CHANGED), clock);
            }
        }
        return false;
    }

    /**
     * Recovers a file that needs it on a copy, never in place: an exact copy of the file as found is kept in its
     * backups folder (NAME-before-recovery-STAMP.mv.db); a second copy is recovered by H2 and, if it holds no less
     * than the mark says, put in the file's place; else the file is refused as damaged, untouched. (Recovering in
     * place would also meet the lock H2 keeps in this program after the read-only look failed.)
     */
    private static void recoverOnACopy(Path file, java.util.Optional<WorkspaceMark.State> last, Clock clock) {
        Backups backups = new Backups(file, clock);
        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .format(java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
        String name = WorkspaceLocation.name(file);
        Path kept = backups.folder().resolve(name + "-before-recovery-" + stamp + WorkspaceLocation.DB_SUFFIX);
        Path work = backups.folder().resolve(name + "-recovering" + WorkspaceLocation.DB_SUFFIX);
        try {
            Files.createDirectories(kept.getParent());
            Files.copy(file, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(file, work, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new WorkspaceException(Problem.of(Kind.BACKUP_WRITE_FAILED, kept.getParent()), e);
        }
        WorkspaceMark.Held held;
        int version;
        String url = "jdbc:h2:file:" + WorkspaceLocation.databasePath(work) + ";IFEXISTS=TRUE";
        try (Connection c = java.sql.DriverManager.getConnection(url, "zhibiao", "")) {
            version = SchemaGate.version(c);
            held = version > 0 && version <= SCHEMA_VERSION ? SchemaGate.counts(c) : null;
            c.createStatement().execute("SHUTDOWN");
        } catch (SQLException e) {
            deleteQuietly(work);
            LOG.warn("workspace {} not recovered", file, e);
            throw damaged(file, Problem.of(Kind.DAMAGE_UNREADABLE), clock, e);
        }
        if (version == 0 || held == null || last.isPresent() && held.lessThan(last.get().held())) {
            deleteQuietly(work);
            throw damaged(file, version == 0 ? Problem.of(Kind.DAMAGE_NO_WORKSPACE) : held == null
                    ? Problem.of(Kind.DAMAGE_UNREADABLE) : Problem.of(Kind.DAMAGE_OLDER_STATE,
                    String.valueOf(held.reports()), String.valueOf(held.changes()),
                    String.valueOf(last.get().held().reports()), String.valueOf(last.get().held().changes())), clock);
        }
        try {
            Files.move(work, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            LOG.info("workspace {} recovered ({} reports); the file as found is kept as {}", file, held.reports(), kept);
        } catch (java.io.IOException e) {
            deleteQuietly(work);
            throw new WorkspaceException(Problem.of(Kind.OPEN_FAILED, file), e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (java.io.IOException ignored) {
            // a leftover copy in the backups folder does no harm
        }
    }

    private static WorkspaceException damaged(Path file, Problem why, Clock clock) {
        return damaged(file, why, clock, null);
    }

    private static WorkspaceException damaged(Path file, Problem why, Clock clock, Throwable cause) {
        List<Backups.Backup> backups = new Backups(file, clock).list();
        Problem restore = backups.isEmpty() ? Problem.of(Kind.RESTORE_NONE)
                : Problem.of(Kind.RESTORE_NEWEST, backups.get(0).file().getFileName(), file);
        return new WorkspaceException(Problem.of(Kind.DAMAGED, file, why, restore), cause);
    }

    private static JdbcDataSource dataSource(Path file, boolean readOnly) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + WorkspaceLocation.databasePath(file)
                // Each commit is written to a new chunk of the file, and H2 keeps the space of the chunks it replaced
                // for RETENTION_TIME (45 s by default) in case the disk has not yet flushed the newer ones: a 1,000-
                // report import, one commit per report, peaked at 7.6 times its final file. Every write transaction
                // here ends with CHECKPOINT SYNC (inTransaction), so that the newer chunks are on the disk before
                // anything reuses that space: RETENTION_TIME=0 lets it be reused at once (the same import peaked at
                // 2.7 to 2.8 times its final file). COMPRESS: pages are written compressed (LZF): smaller files
                + (readOnly ? ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE" : ";AUTO_SERVER=TRUE;COMPRESS=TRUE;RETENTION_TIME=0")
                + ";TRACE_LEVEL_FILE=0");
        ds.setUser("zhibiao");
        ds.setPassword("");
        return ds;
    }

    /** How long a program waits for another that is just starting or stopping to serve the same file. */
    private static final long HANDOVER_MILLIS = 15_000;

    /**
     * Connects to the file, sharing it with a program that has it open. When two programs start or stop at the
     * same moment, H2's lock file can name a server that is not yet (or no longer) listening: that is waited out
     * rather than reported as a program that does not share the file.
     */
    private static Connection connect(JdbcDataSource ds, Path file) {
        long giveUp = System.nanoTime() + HANDOVER_MILLIS * 1_000_000;
        for (int attempt = 0; ; attempt++) {
            try {
                return ds.getConnection();
            } catch (SQLException e) {
                boolean handover = StoreFailures.locked(e) || StoreFailures.h2ConnectionGone(e);
                if (handover && System.nanoTime() < giveUp) {
                    sleep(50L + Math.min(attempt, 10) * 40L + (long) (Math.random() * 50));
                    continue;
                }
                String m = String.valueOf(e.getMessage());
                if (m.contains("Wrong user name or password")) {
                    throw new WorkspaceException(Problem.of(Kind.NOT_A_WORKSPACE, file), e);
                }
                if (handover) {
                    throw new WorkspaceException(Problem.of(Kind.IN_USE, file), e);
                }
                if (e.getErrorCode() == org.h2.api.ErrorCode.FILE_CORRUPTED_1 || m.contains("corrupt")) {
                    throw new WorkspaceException(Problem.of(Kind.DAMAGED, file, Problem.of(Kind.DAMAGE_CORRUPT),
                            Problem.of(Kind.RESTORE_NEWEST, "", file)), e);
                }
                LOG.warn("workspace {} not connected", file, e);
                Problem why = StoreFailures.ofWrite(e);
                throw new WorkspaceException(why.kind() == Kind.UPDATE_FAILED || why.kind() == Kind.STOPPED
                        ? Problem.of(Kind.OPEN_FAILED, file) : why, e);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkspaceException(Problem.of(Kind.CLOSED, "?"), e);
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
            throw new WorkspaceException(Kind.NO_BACKUPS_ON_SERVER);
        }
        return backups;
    }

    /** True for a workspace opened for reading only (its folder cannot be written). */
    public boolean readOnly() {
        return readOnly;
    }

    /** The open connection, connecting again first if a connection was lost. */
    synchronized Connection connection() {
        if (connection == null) {
            if (closed) {
                throw new WorkspaceException(Kind.CLOSED, address.display());
            }
            Connection c = connector.connect();
            try {
                c.setAutoCommit(false);
            } catch (SQLException e) {
                closeQuietly(c);
                throw new WorkspaceUnavailableException(Problem.of(Kind.CONNECTION_LOST, address.display()), e);
            }
            connection = c;
            remote = servedElsewhere(c);
        }
        return connection;
    }

    /** Whether an H2 connection goes through another program's server (AUTO_SERVER) rather than to the file. */
    private static boolean servedElsewhere(Connection c) {
        try {
            return c.isWrapperFor(org.h2.jdbc.JdbcConnection.class)
                    && c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession() instanceof org.h2.engine.SessionRemote;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Work that must happen entirely or not at all. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    /** How often work is tried again after the program serving an H2 file went away in the middle of it. */
    private static final int HANDOVER_ATTEMPTS = 3;

    /**
     * Runs work in one transaction: committed if it returns, rolled back if it throws. On a server whose connection
     * was lost it throws {@link WorkspaceUnavailableException}: the server rolled the transaction back, so the same
     * work can simply be tried again later. On an H2 file shared with another program that closes meanwhile (the
     * program that served it), the connection is opened again (this program may now serve the file) and the work
     * is run again: the transaction died with the server, so nothing of it was kept. A row that another program
     * wrote first ({@link AlreadyThereException}) is said as such.
     */
    public synchronized <T> T inTransaction(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            if (broken != null) {
                throw new WorkspaceException(broken); // H2 spins if asked again after a failed write: do not ask
            }
            Connection c = connection();
            boolean servedElsewhere = remote;
            try {
                T result = work.run();
                c.commit();
                if (engine == Engine.H2 && !readOnly) {
                    // H2 writes commits to the file in the background within half a second; a checkpoint writes
                    // them now, so that a killed process loses no committed work (WRITE_DELAY=0 would do the same
                    // but also stop the background thread that keeps the file compact while it is open). SYNC:
                    // and to the disk, before anything later may reuse the space of what it replaced
                    // (RETENTION_TIME=0, see dataSource)
                    try (Statement s = c.createStatement()) {
                        s.execute("CHECKPOINT SYNC");
                    }
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                if (engine == Engine.POSTGRESQL && ServerConnections.connectionLost(c, e)) {
                    connection = null;
                    closeQuietly(c);
                    throw new WorkspaceUnavailableException(Problem.of(Kind.CONNECTION_LOST, address.display()), e);
                }
                if (engine == Engine.H2 && servedElsewhere && StoreFailures.h2ConnectionGone(e) && !closed) {
                    connection = null;
                    closeQuietly(c);
                    if (attempt < HANDOVER_ATTEMPTS) {
                        LOG.info("the program serving {} went away; connecting again (attempt {})", address.display(),
                                attempt + 1);
                        continue;
                    }
                    throw new WorkspaceException(Problem.of(Kind.IN_USE, address.display()), e);
                }
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // the original failure is the one to report
                }
                if (StoreFailures.duplicate(e)) {
                    throw new AlreadyThereException(e);
                }
                if (e instanceof RuntimeException r && !(r instanceof org.h2.mvstore.MVStoreException)) {
                    throw r;
                }
                LOG.warn("workspace {} not updated", address.display(), e);
                if (engine == Engine.POSTGRESQL) {
                    throw new WorkspaceException(Problem.of(Kind.TEAM_UPDATE_FAILED), e);
                }
                Problem why = readOnly ? Problem.of(Kind.READ_ONLY) : StoreFailures.ofWrite(e);
                if (StoreFailures.stopsTheStore(why)) {
                    broken = why;
                }
                throw new WorkspaceException(why, e);
            }
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
            if (!readOnly) {
                s.execute("CHECKPOINT SYNC");
            }
            return Files.size(file());
        } catch (SQLException | java.io.IOException e) {
            LOG.warn("workspace {} not measured", address.display(), e);
            throw new WorkspaceException(Problem.of(Kind.MEASURE_FAILED), e);
        }
    }

    /** Writes a backup now, whatever the age of the last one. */
    public synchronized Path backupNow() {
        return backups().write(connection());
    }

    /** Why the workspace can no longer be written (a full disk …), or null while it can. */
    public Problem broken() {
        return broken;
    }

    /**
     * Closes the workspace. A file is compacted when it grew while open (edits leave old pages behind), so that it
     * does not grow without bound; a session that only read closes at once. The {@link WorkspaceMark} then records
     * what the file holds, with its checksum when no other program still has it open.
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
        if (engine == Engine.POSTGRESQL || readOnly) {
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
        WorkspaceMark mark = new WorkspaceMark(file);
        boolean lastOut = false;
        WorkspaceMark.Held held = null;
        try (Statement s = c.createStatement()) {
            c.commit();
            held = SchemaGate.counts(c);
            c.commit();
            if (remote || sharedWithOthers(s)) {
                // another program has the file open through AUTO_SERVER (the app while the command line runs, or
                // the other way round): SHUTDOWN would close the database under it. The last one out compacts.
                return;
            }
            long now = Files.exists(file) ? Files.size(file) : 0;
            s.execute(now > sizeAtOpen + sizeAtOpen / 4 + (1 << 20) ? "SHUTDOWN COMPACT" : "SHUTDOWN");
            lastOut = true;
        } catch (SQLException | java.io.IOException e) {
            // another program still has the workspace open: it compacts when it closes
            LOG.debug("workspace {} closed without shutting it down", file, e);
        } finally {
            closeQuietly(c);
            if (held != null) {
                mark.closed(held, lastOut);
            }
        }
    }

    /** Whether other sessions than this one are connected to the H2 database (another program sharing the file). */
    private static boolean sharedWithOthers(Statement s) throws SQLException {
        try (java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            return rs.next() && rs.getInt(1) > 1;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing more to do
        }
    }
}
