package org.zhibiao.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.zhibiao.model.Problem.Kind;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The workspace's schema: which version a database holds, refusing one from a newer Zhibiao untouched, and bringing
 * an older one up to date with the Flyway migrations shared by H2 and PostgreSQL.
 */
final class SchemaGate {

    private SchemaGate() {
    }

    /** The workspace's schema version from Flyway's history table, 0 for a new file. Reads only. */
    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_NAME = 'flyway_schema_history' AND LOWER(TABLE_SCHEMA) = LOWER(CURRENT_SCHEMA)")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                return 0;
            }
        }
        int max = 0;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\"")) {
            while (rs.next()) {
                String v = rs.getString(1);
                if (v != null && v.matches("\\d+")) {
                    max = Math.max(max, Integer.parseInt(v));
                }
            }
        }
        return max;
    }

    /** Refuses a workspace from a newer Zhibiao before anything is written to it. */
    static void refuseNewer(String where, int version) {
        if (version > Workspace.SCHEMA_VERSION) {
            throw new WorkspaceException(Kind.NEWER_VERSION, where, String.valueOf(version));
        }
    }

    static void migrate(FluentConfiguration config, Workspace.Engine engine, String where) {
        // most migrations are one file for both engines; the few statements that differ sit in db/vendor/ENGINE
        String vendor = engine.name().toLowerCase(Locale.ROOT);
        Flyway flyway = config.locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .ignoreMigrationPatterns("*:future").load();
        refuseNewer(where, flyway.info());
        flyway.migrate();
    }

    private static void refuseNewer(String where, MigrationInfoService info) {
        for (MigrationInfo m : info.applied()) {
            if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                throw new WorkspaceException(Kind.NEWER_VERSION, where, String.valueOf(m.getVersion()));
            }
        }
    }

    /** How many reports and changes a workspace holds: what {@link WorkspaceMark} compares. */
    static WorkspaceMark.Held counts(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM report), (SELECT COUNT(*) FROM change_log)")) {
            rs.next();
            return new WorkspaceMark.Held(rs.getLong(1), rs.getLong(2));
        }
    }
}
