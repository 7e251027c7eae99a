package org.zhibiao.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mark says a file is the one its last clean close left only when every byte was read and matches: an open then
 * skips the read-only look before it (which opened the file a second time); any other state keeps the look.
 */
class WorkspaceMarkTest {

    @Test
    void onlyTheFileACleanCloseLeftIsTakenAsUnchanged(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ws.mv.db");
        Workspace w = Workspace.open(file);
        WorkspaceMark mark = new WorkspaceMark(file);
        assertThat(mark.read()).hasValueSatisfying(open -> {
            assertThat(open.closedCleanly()).isFalse();
            assertThat(mark.compare(open)).as("a file in use is never taken as the closed one")
                    .isEqualTo(WorkspaceMark.Compared.UNKNOWN);
        });
        w.close();

        WorkspaceMark.State closed = mark.read().orElseThrow();
        assertThat(closed.closedCleanly()).isTrue();
        assertThat(mark.compare(closed)).isEqualTo(WorkspaceMark.Compared.SAME);

        byte[] bytes = Files.readAllBytes(file);
        int middle = bytes.length / 2;
        try (var ch = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {(byte) (bytes[middle] ^ 0x10)}), middle);
        }
        assertThat(Files.size(file)).isEqualTo(closed.length());
        assertThat(mark.compare(closed)).as("one bit flipped, same length").isEqualTo(WorkspaceMark.Compared.CHANGED);

        Files.delete(file);
        assertThat(mark.compare(closed)).as("a file that cannot be read").isEqualTo(WorkspaceMark.Compared.UNKNOWN);
    }

    @Test
    void aWorkspaceReopenedUnchangedOpensAndOneChangedSinceIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ws.mv.db");
        Workspace.open(file).close();
        Workspace.open(file).close(); // the look skipped: the file is the one the close left
        byte[] bytes = Files.readAllBytes(file);
        int middle = bytes.length / 2;
        bytes[middle] ^= 0x10;
        Files.write(file, bytes);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Workspace.open(file))
                .isInstanceOf(WorkspaceException.class);
    }
}
