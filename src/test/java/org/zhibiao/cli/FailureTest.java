package org.zhibiao.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.model.Problem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line's one handler: a sentence in the user's language and an exit status by kind of problem. */
class FailureTest {

    @Test
    void aDamagedWorkspaceIsOneSentenceAndExitThreeInEitherLanguage(@TempDir Path dir) throws Exception {
        Path ws = dir.resolve("w");
        assertThat(CliTest.run("import", "--workspace", ws.toString(), "seeds").status()).isZero();
        assertThat(CliTest.run("list", "--workspace", ws.toString()).status()).isZero(); // writes the first backup
        Path file = dir.resolve("w.mv.db");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        CliTest.Run en = CliTest.run("list", "--workspace", ws.toString());
        assertThat(en.status()).isEqualTo(Failure.REFUSED);
        assertThat(en.err().strip()).startsWith("zhibiao: The workspace").contains("is damaged")
                .contains("zhibiao restore --workspace").doesNotContain("Exception").doesNotContain("\n");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            CliTest.Run zh = CliTest.run("list", "--workspace", ws.toString());
            assertThat(zh.status()).isEqualTo(Failure.REFUSED);
            assertThat(zh.err()).contains("已损坏").contains("zhibiao restore --workspace");
        } finally {
            Locale.setDefault(before);
        }
        assertThat(Files.readAllBytes(file)).hasSize(whole.length / 2);
    }

    @Test
    void eachKindHasItsExitStatus() {
        assertThat(Failure.status(Problem.Kind.DAMAGED)).isEqualTo(3);
        assertThat(Failure.status(Problem.Kind.NEWER_VERSION)).isEqualTo(3);
        assertThat(Failure.status(Problem.Kind.IN_USE)).isEqualTo(4);
        assertThat(Failure.status(Problem.Kind.SERVER_UNREACHABLE)).isEqualTo(4);
        assertThat(Failure.status(Problem.Kind.DISK_FULL)).isEqualTo(5);
        assertThat(Failure.status(Problem.Kind.DISK_TOO_SMALL)).isEqualTo(5);
        assertThat(Failure.status(Problem.Kind.BAD_ADDRESS)).isEqualTo(2);
        assertThat(Failure.status(Problem.Kind.NO_REPORT)).isEqualTo(1);
    }

    @Test
    void aFailureNobodyPutIntoWordsIsNotShownRaw() {
        java.io.StringWriter w = new java.io.StringWriter();
        int status = Failure.report(new NullPointerException("Cannot invoke \"String.length()\""), new java.io.PrintWriter(w));
        assertThat(status).isEqualTo(1);
        assertThat(w.toString()).startsWith("zhibiao: ").doesNotContain("String.length").doesNotContain("NullPointer");
    }
}
