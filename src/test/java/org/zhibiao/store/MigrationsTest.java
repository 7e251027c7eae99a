package org.zhibiao.store;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path VENDOR = Path.of("src/main/resources/db/vendor");

    /** Workspace skips Flyway when a workspace is at SCHEMA_VERSION: the constant must follow the newest migration. */
    @Test
    void schemaVersionIsTheNewestMigration() throws IOException {
        TreeSet<Integer> all = versions(MIGRATIONS);
        all.addAll(versions(VENDOR.resolve("h2")));
        assertThat(Workspace.SCHEMA_VERSION).isEqualTo(all.last());
    }

    /** A vendor-specific migration must exist for every engine, or one engine's schema would skip a version. */
    @Test
    void everyEngineHasTheSameVendorMigrations() throws IOException {
        assertThat(versions(VENDOR.resolve("postgresql"))).isEqualTo(versions(VENDOR.resolve("h2"))).isNotEmpty();
        assertThat(versions(MIGRATIONS)).doesNotContainAnyElementsOf(versions(VENDOR.resolve("h2")));
    }

    private static TreeSet<Integer> versions(Path dir) throws IOException {
        TreeSet<Integer> out = new TreeSet<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Matcher m = Pattern.compile("V(\\d+)__.*\\.sql").matcher(f.getFileName().toString());
                if (m.matches()) {
                    out.add(Integer.parseInt(m.group(1)));
                }
            }
        }
        return out;
    }
}
