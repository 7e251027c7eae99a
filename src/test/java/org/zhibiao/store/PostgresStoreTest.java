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
        database = TestPostgres.newDatabase();
        return database.open();
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
