package org.zhibiao.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkspaceAddressTest {

    @Test
    void aServerAddressHasHostPortAndDatabase() {
        assertThat(WorkspaceAddress.parse("postgresql://db.example.org:5433/zhibiao"))
                .isEqualTo(new WorkspaceAddress.Server("db.example.org", 5433, "zhibiao"));
        WorkspaceAddress plain = WorkspaceAddress.parse(" postgres://10.0.0.5/team ");
        assertThat(plain).isEqualTo(new WorkspaceAddress.Server("10.0.0.5", 5432, "team"));
        assertThat(plain.display()).isEqualTo("postgresql://10.0.0.5/team");
        assertThat(((WorkspaceAddress.Server) plain).jdbcUrl()).isEqualTo("jdbc:postgresql://10.0.0.5:5432/team");
    }

    @Test
    void anythingElseIsAFile() {
        assertThat(WorkspaceAddress.parse("work/county")).isEqualTo(new WorkspaceAddress.H2File(Path.of("work/county")));
        assertThat(((WorkspaceAddress.H2File) WorkspaceAddress.parse("w")).file().toString()).endsWith("w.mv.db");
    }

    @Test
    void passwordsAndIncompleteAddressesAreRefusedWithTheForm() {
        assertThatThrownBy(() -> WorkspaceAddress.parse("postgresql://anna:secret@host/db"))
                .hasMessageContaining("~/.pgpass").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> WorkspaceAddress.parse("postgresql://host")).hasMessageContaining("postgresql://HOST[:PORT]/DATABASE");
        assertThatThrownBy(() -> WorkspaceAddress.parse("postgresql://host/db?sslmode=require"))
                .hasMessageContaining("not supported").hasMessageNotContaining("sslmode");
    }

    private static final WorkspaceAddress.Server SERVER = new WorkspaceAddress.Server("db.lan", 5432, "zhibiao");

    /** No password configured is said as such, not as an unreachable server (pgjdbc's SQLState and words). */
    @Test
    void aMissingPasswordIsNotAnUnreachableServer() {
        java.sql.SQLException none = new java.sql.SQLException(
                "The server requested SCRAM-based authentication, but no password was provided.", "08004");
        assertThat(Workspace.describeConnectFailure(SERVER, "anna", none)).contains("none is configured")
                .contains("~/.pgpass").doesNotContain("Cannot reach");
        java.sql.SQLException refused = new java.sql.SQLException("Connection refused.", "08001");
        assertThat(Workspace.describeConnectFailure(SERVER, "anna", refused)).contains("Cannot reach");
    }

    @Test
    void thePasswordFileIsReadAsPsqlReadsIt() {
        List<String> lines = List.of(
                "# comment",
                "other.lan:5432:zhibiao:anna:wrong",
                "db.lan:5432:other:anna:wrong-db",
                "db.lan:*:zhibiao:anna:pa\\:ss\\\\word",
                "*:*:*:*:fallback");
        assertThat(PgCredentials.lookup(lines, SERVER, "anna")).isEqualTo("pa:ss\\word");
        assertThat(PgCredentials.lookup(lines, SERVER, "ben")).isEqualTo("fallback");
        assertThat(PgCredentials.lookup(List.of("localhost:5432:db:u:p"),
                new WorkspaceAddress.Server("127.0.0.1", 5432, "db"), "u")).isEqualTo("p");
        assertThat(PgCredentials.lookup(List.of("broken line"), SERVER, "anna")).isNull();
    }

    @Test
    void environmentVariablesComeFirstAndThePasswordIsNeverPrinted(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path pass = dir.resolve("pgpass");
        java.nio.file.Files.writeString(pass, "db.lan:5432:zhibiao:carl:from-file\n");
        PgCredentials fromFile = PgCredentials.resolve(SERVER, Map.of("PGUSER", "carl", "PGPASSFILE", pass.toString()),
                "login", dir.toString(), "Linux");
        assertThat(fromFile).isEqualTo(new PgCredentials("carl", "from-file"));
        assertThat(fromFile.toString()).doesNotContain("from-file");
        PgCredentials fromEnv = PgCredentials.resolve(SERVER, Map.of("PGPASSWORD", "env", "PGPASSFILE", pass.toString()),
                "login", dir.toString(), "Linux");
        assertThat(fromEnv).isEqualTo(new PgCredentials("login", "env"));
        assertThat(PgCredentials.resolve(SERVER, Map.of(), "login", dir.toString(), "Linux").password()).isNull();
    }
}
