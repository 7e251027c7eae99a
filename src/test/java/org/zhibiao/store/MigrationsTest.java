package org.zhibiao.store;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsTest {

    /** Workspace skips Flyway when a file is at SCHEMA_VERSION: the constant must follow the newest migration. */
    @Test
    void schemaVersionIsTheNewestMigration() throws IOException {
        int newest = 0;
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path f : files.toList()) {
                Matcher m = Pattern.compile("V(\\d+)__.*\\.sql").matcher(f.getFileName().toString());
                if (m.matches()) {
                    newest = Math.max(newest, Integer.parseInt(m.group(1)));
                }
            }
        }
        assertThat(Workspace.SCHEMA_VERSION).isEqualTo(newest);
    }
}
