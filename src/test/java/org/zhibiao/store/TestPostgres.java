package org.zhibiao.store;

import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

/**
 * A real PostgreSQL server for tests: the one named by ZHIBIAO_TEST_POSTGRES ({@code postgresql://HOST[:PORT]/DB},
 * default {@code postgresql://127.0.0.1:5432/zhibiao_test}), logged into as PGUSER/PGPASSWORD or ~/.pgpass like the
 * app. Each test gets a database of its own, created here and dropped afterwards. Where no server answers, the
 * tests are skipped, unless {@code -Dzhibiao.requirePostgres=true} (set by .ci/run) makes that a failure.
 */
public final class TestPostgres {

    private static final String DEFAULT = "postgresql://127.0.0.1:5432/zhibiao_test";
    /** Part of the reason a test is skipped for: {@link SkippedPostgresTests} finds the skips by it. */
    static final String NOT_AVAILABLE = "is not available";

    private TestPostgres() {
    }

    /** The server's admin address (the database the test role connects to for creating others). */
    public static WorkspaceAddress.Server server() {
        String named = System.getenv("ZHIBIAO_TEST_POSTGRES");
        WorkspaceAddress a = WorkspaceAddress.parse(named == null || named.isBlank() ? DEFAULT : named);
        if (!(a instanceof WorkspaceAddress.Server s)) {
            throw new IllegalStateException("ZHIBIAO_TEST_POSTGRES must be postgresql://HOST[:PORT]/DB, not " + named);
        }
        return s;
    }

    /** Skips the calling test (or fails it when PostgreSQL is required) if the server does not answer. */
    public static void assumeAvailable() {
        try (Connection c = admin()) {
            c.isValid(2);
        } catch (SQLException | RuntimeException e) {
            String why = "PostgreSQL at " + server().display() + " " + NOT_AVAILABLE + " (" + e.getMessage()
                    + "); set ZHIBIAO_TEST_POSTGRES and PGUSER/PGPASSWORD (docs/team.md)";
            if (Boolean.getBoolean("zhibiao.requirePostgres")) {
                throw new AssertionError(why, e);
            }
            Assumptions.abort(why);
        }
    }

    /** A new empty database on the test server; close it to drop it. */
    public static Database newDatabase() {
        assumeAvailable();
        String name = "zt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
        }
        WorkspaceAddress.Server admin = server();
        return new Database(new WorkspaceAddress.Server(admin.host(), admin.port(), name));
    }

    /** A throwaway database; {@link #close()} drops it, ending any connection still open on it. */
    public record Database(WorkspaceAddress.Server address) implements AutoCloseable {

        public Workspace open() {
            return Workspace.open(address, java.time.Clock.systemUTC());
        }

        /** The address as users type it. */
        public String url() {
            return address.display();
        }

        /**
         * Drops the database, trying again for a few seconds: an autovacuum worker the server starts on a database just
         * written to is a session the test's role may not end, and FORCE then fails ("must be a member of the role
         * whose process is being terminated"); the worker is gone within moments. A CI run failed on it once.
         */
        @Override
        public void close() {
            SQLException last = null;
            for (int attempt = 0; attempt < 50; attempt++) {
                try (Connection c = admin(); Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + address.database() + " WITH (FORCE)");
                    return;
                } catch (SQLException e) {
                    last = e;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            throw new IllegalStateException("cannot drop the test database " + address.database(), last);
        }
    }

    static Connection admin() throws SQLException {
        WorkspaceAddress.Server s = server();
        PgCredentials cred = PgCredentials.forServer(s);
        Properties p = new Properties();
        p.setProperty("user", cred.user());
        if (cred.password() != null) {
            p.setProperty("password", cred.password());
        }
        p.setProperty("connectTimeout", "3");
        return DriverManager.getConnection(s.jdbcUrl(), p);
    }
}
