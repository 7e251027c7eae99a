package org.zhibiao.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.CRC32C;

/**
 * What a workspace file held when it was last closed, kept outside it ({@code NAME.backups/NAME.mark}): the number
 * of reports and of changes, and after a clean close the file's length and checksum.
 *
 * <p>Why: a file cut short or with flipped bits can still open, as an <em>older state</em> of itself (H2 falls back to
 * its last whole chunk) or with wrong values, and nothing inside the file can tell. The mark can: a file that changed
 * while no program had it open, or that holds fewer reports or changes than it did, is damaged. While a program has
 * the file open the mark holds only the counts (the file changes under it), so a program that was killed leaves a
 * mark that can only understate. Reports and changes are never deleted, so the counts only grow. A restore forgets
 * the mark. A mark that cannot be written (a read-only folder) is skipped: it only ever adds a check.
 */
final class WorkspaceMark {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceMark.class);

    /** How much a workspace holds: it only grows (reports and changes are never deleted). */
    record Held(long reports, long changes) {
        boolean lessThan(Held other) {
            return reports < other.reports || changes < other.changes;
        }
    }

    /** The counts, and the file's length and CRC-32C after a clean close (-1 while open). */
    record State(Held held, long length, long checksum) {
        boolean closedCleanly() {
            return length >= 0;
        }
    }

    private final Path workspaceFile;

    WorkspaceMark(Path workspaceFile) {
        this.workspaceFile = WorkspaceLocation.file(workspaceFile);
    }

    Path file() {
        return workspaceFile.resolveSibling(WorkspaceLocation.name(workspaceFile) + ".backups")
                .resolve(WorkspaceLocation.name(workspaceFile) + ".mark");
    }

    Optional<State> read() {
        Path f = file();
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(f)) {
            p.load(in);
            return Optional.of(new State(new Held(Long.parseLong(p.getProperty("reports")),
                    Long.parseLong(p.getProperty("changes"))), Long.parseLong(p.getProperty("length", "-1")),
                    Long.parseLong(p.getProperty("checksum", "-1"))));
        } catch (IOException | RuntimeException e) {
            LOG.warn("workspace mark {} unreadable, not used: {}", f, e.toString());
            return Optional.empty();
        }
    }

    /** How the file stands against the mark of its last close. */
    enum Compared {
        /** Every byte read, and they are those the last clean close left. */
        SAME,
        /** Its length or its bytes are not those the last clean close left. */
        CHANGED,
        /** Not told: the mark is of a file still open (or killed), or the file could not be read. */
        UNKNOWN
    }

    /**
     * The file against the mark's length and CRC-32C, read once: an open skips its read-only look for {@code SAME}
     * and refuses a file the look finds {@code CHANGED} (the same answer, not read a second time).
     */
    Compared compare(State s) {
        if (!s.closedCleanly()) {
            return Compared.UNKNOWN;
        }
        try {
            return Files.size(workspaceFile) == s.length() && checksum(workspaceFile) == s.checksum()
                    ? Compared.SAME : Compared.CHANGED;
        } catch (IOException e) {
            return Compared.UNKNOWN; // the open itself says what is wrong with the file
        }
    }

    void opened(Held held) {
        write(new State(held, -1, -1));
    }

    void closed(Held held, boolean lastOut) {
        long length = -1;
        long sum = -1;
        if (lastOut) {
            try {
                length = Files.size(workspaceFile);
                sum = checksum(workspaceFile);
            } catch (IOException e) {
                LOG.warn("workspace file not measured at close: {}", e.toString());
            }
        }
        write(new State(held, length, sum));
    }

    void forget() {
        try {
            Files.deleteIfExists(file());
        } catch (IOException e) {
            LOG.warn("workspace mark {} not removed: {}", file(), e.toString());
        }
    }

    private void write(State s) {
        Path f = file();
        try {
            Files.createDirectories(f.getParent());
            Path tmp = f.resolveSibling(f.getFileName() + ".part");
            String body = "# what the workspace held when it was last closed (see WorkspaceMark)\n"
                    + "reports=" + s.held().reports() + "\nchanges=" + s.held().changes() + "\nlength=" + s.length()
                    + "\nchecksum=" + s.checksum() + "\n";
            Files.writeString(tmp, body);
            Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.info("workspace mark {} not written: {}", f, e.toString());
        }
    }

    static long checksum(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (ch.read(buf) >= 0) {
                buf.flip();
                crc.update(buf);
                buf.clear();
            }
        }
        return crc.getValue();
    }
}
