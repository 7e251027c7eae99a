package org.zhibiao.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A password typed into a workspace address is never printed, whatever the address's form; bad usage exits 2. */
class AddressPasswordTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "postgresql://alice:S3cret PW@h/db",
            "postgresql://alice:S3cret%zz@h/db",
            "postgres:alice:S3cret@host/db",
            "postgresql://h/db?password=S3cret",
            "postgresql://alice:S3cret@h/db",
            "postgresql://alice:S3cret@/db",
            "postgresql:alice:S3cret",
    })
    void aPasswordInAnAddressIsNeverPrinted(String address) {
        CliTest.Run r = CliTest.run("list", "--workspace", address);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err() + r.out()).doesNotContain("S3cret").contains("postgresql://HOST[:PORT]/DATABASE");
    }

    @Test
    void aTooLongAnalystNameIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) {
        Path ws = dir.resolve("w");
        CliTest.Run r = CliTest.run("import", "--workspace", ws.toString(), "--analyst", "a".repeat(101), "seeds");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("at most 100 characters");
        assertThat(Files.exists(dir.resolve("w.mv.db"))).isFalse();
    }
}
