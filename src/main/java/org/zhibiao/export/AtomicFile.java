package org.zhibiao.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;

/**
 * Writes a file through a temporary file in the same folder, moved into place only when complete: a failed export
 * never leaves a broken file and never destroys the previous one.
 */
final class AtomicFile {

    /** Writes the content of a file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    static void write(Path target, Content content) {
        Path file = target.toAbsolutePath().normalize();
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException("Cannot write " + file + ": the folder " + dir + " does not exist.");
        }
        if (Files.isDirectory(file)) {
            throw new ExportException("Cannot write " + file + ": it is a folder.");
        }
        if (Files.exists(file) && readOnly(file)) {
            throw new ExportException("Cannot write " + file + ": the file is read-only or open in another program; "
                    + "close it or choose another name.");
        }
        if (readOnly(dir)) {
            throw new ExportException("Cannot write " + file + ": the folder is read-only; choose another folder.");
        }
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw new ExportException("Cannot write " + file + ": the folder is read-only or full ("
                    + reason(e) + ").", e);
        }
        boolean moved = false;
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            permissions(tmp, file);
            move(tmp, file);
            moved = true;
        } catch (IOException e) {
            throw new ExportException("Cannot write " + file + ": " + reason(e) + ".", e);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do: the temporary file is hidden and named after the export
                }
            }
        }
    }

    /** A temporary file is private to its owner: give the export the previous file's permissions, or rw-r--r--. */
    private static void permissions(Path tmp, Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(tmp, Files.exists(file) ? Files.getPosixFilePermissions(file)
                    : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the temporary file has the folder's ordinary permissions
        }
    }

    private static void move(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (AccessDeniedException e) {
            throw new ExportException("Cannot write " + file + ": the file is read-only or open in another program; "
                    + "close it and export again.", e);
        } catch (FileSystemException e) {
            // Windows: a workbook open in Excel is locked against replacement
            throw new ExportException("Cannot write " + file + ": the file is open in another program or locked; "
                    + "close it and export again.", e);
        }
    }

    /** Marked read-only: checked on the attributes too, because the file-access check always passes for root. */
    static boolean readOnly(Path p) {
        if (!Files.isWritable(p)) {
            return true;
        }
        try {
            PosixFileAttributes posix = Files.readAttributes(p, PosixFileAttributes.class);
            return !posix.permissions().contains(PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            try {
                return !Files.isDirectory(p) && Files.readAttributes(p, DosFileAttributes.class).isReadOnly();
            } catch (UnsupportedOperationException | IOException e2) {
                return false;
            }
        }
    }

    /** Why a file could not be written, in words (the system's own message names paths and errno codes). */
    static String reason(IOException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (e instanceof java.nio.file.AccessDeniedException || m.contains("permission denied")) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "the folder does not exist";
        }
        if (m.contains("no space left") || m.contains("disk full") || m.contains("not enough space")) {
            return "the disk is full";
        }
        if (m.contains("read-only file system")) {
            return "the folder is read-only";
        }
        if (e instanceof java.nio.file.FileSystemException) {
            return "the system refused to write it";
        }
        return "it could not be written";
    }
}
