package org.zhibiao.store;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The store contract on an H2 file in a temporary folder. */
class H2StoreTest extends StoreContract {

    @TempDir
    Path dir;

    @Override
    protected Workspace create() {
        return Workspace.open(dir.resolve("w"));
    }

    @Override
    protected Workspace connectAgain() {
        return Workspace.open(dir.resolve("w"));
    }

    @Override
    protected org.flywaydb.core.api.configuration.FluentConfiguration beforeCreate() {
        return org.flywaydb.core.Flyway.configure().dataSource("jdbc:h2:file:" + dir.resolve("w").toAbsolutePath(),
                "zhibiao", "");
    }
}
