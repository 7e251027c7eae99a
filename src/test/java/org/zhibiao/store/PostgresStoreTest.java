package org.zhibiao.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store contract on a real PostgreSQL server, a new database per test ({@link TestPostgres}). */
class PostgresStoreTest extends StoreContract {

    private TestPostgres.Database database;

    @Override
    protected Workspace create() {
        if (database == null) {
            database = TestPostgres.newDatabase();
        }
        return database.open();
    }

    @Override
    protected org.flywaydb.core.api.configuration.FluentConfiguration beforeCreate() {
        database = TestPostgres.newDatabase();
        PgCredentials credentials = PgCredentials.forServer(database.address());
        return org.flywaydb.core.Flyway.configure().dataSource(database.address().jdbcUrl(), credentials.user(),
                credentials.password());
    }

    @Override
    protected Workspace connectAgain() {
        return database.open();
    }

    @AfterEach
    void drop() {
        closeAll();
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aServerWorkspaceSaysWhatItIs() {
        Workspace ws = open();
        assertThat(ws.shared()).isTrue();
        assertThat(ws.file()).isNull();
        assertThat(ws.name()).isEqualTo(database.address().database());
        assertThatThrownBy(ws::backups).hasMessageContaining("pg_dump");
    }

    @Test
    void aLostConnectionIsSaidAndTheNextCallConnectsAgainWithNothingHalfWritten() throws Exception {
        Workspace ws = open();
        StoreContract.importSeeds(ws);
        org.zhibiao.model.ReviewedFigure f = StoreContract.figuresOf(ws, 1).get(0);
        org.zhibiao.service.ReviewService review = new org.zhibiao.service.ReviewService(ws, "anna", java.time.Clock.systemUTC());
        int changes = ws.inTransaction(() -> ws.changes().count());
        // the server ends the session between two statements of one transaction (as a restart or a network cut does)
        assertThatThrownBy(() -> ws.inTransaction(() -> {
            ws.figures().update(new org.zhibiao.model.ReviewedFigure(f.id(), f.reportId(), f.figure(),
                    org.zhibiao.model.Status.REJECTED, "anna", java.time.Instant.now(), f.version()));
            terminateOtherSessions();
            return ws.changes().count();
        })).isInstanceOf(WorkspaceUnavailableException.class).hasMessageContaining("was lost");
        // the next call connects again; the cut-off transaction left nothing behind
        assertThat(ws.inTransaction(() -> ws.figures().byId(f.id())).orElseThrow().status())
                .isEqualTo(org.zhibiao.model.Status.PENDING);
        assertThat(ws.inTransaction(() -> ws.changes().count())).isEqualTo(changes);
        review.setStatus(f.id(), org.zhibiao.model.Status.CONFIRMED, f.version());
        assertThat(ws.inTransaction(() -> ws.figures().byId(f.id())).orElseThrow().status())
                .isEqualTo(org.zhibiao.model.Status.CONFIRMED);
    }

    private void terminateOtherSessions() throws java.sql.SQLException {
        try (java.sql.Connection c = TestPostgres.admin(); java.sql.Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                    + database.address().database() + "' AND pid <> pg_backend_pid()");
        }
    }

    @Test
    void aMissingDatabaseGetsAClearMessage() {
        TestPostgres.assumeAvailable();
        WorkspaceAddress.Server s = TestPostgres.server();
        assertThatThrownBy(() -> Workspace.open(new WorkspaceAddress.Server(s.host(), s.port(), "zt_no_such_db"),
                java.time.Clock.systemUTC())).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("There is no database 'zt_no_such_db'");
    }

    @Test
    void anUnreachableServerIsReportedAsUnavailable() {
        assertThatThrownBy(() -> Workspace.open("postgresql://127.0.0.1:1/zhibiao"))
                .isInstanceOf(WorkspaceUnavailableException.class).hasMessageContaining("Cannot reach");
    }
}
