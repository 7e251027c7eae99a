package org.zhibiao.service;

import org.zhibiao.store.Backups;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The daily copies kept beside a workspace file, and putting one back: the use case behind {@code restore}. */
public final class WorkspaceBackups {

    /** One copy: its file, when it was taken, its size, and whether it was taken before a schema upgrade. */
    public record Backup(Path file, Instant takenAt, long size, boolean beforeMigration) {
    }

    private final Backups backups;

    public WorkspaceBackups(Path workspaceFile) {
        this.backups = Backups.of(workspaceFile);
    }

    /** Where the copies are kept. */
    public Path folder() {
        return backups.folder();
    }

    /** The copies, newest first. */
    public List<Backup> list() {
        return backups.list().stream().map(b -> new Backup(b.file(), b.takenAt(), b.size(), b.beforeMigration())).toList();
    }

    /** Puts a copy back in place of the workspace (keeping the current file as a copy too); returns where. */
    public Path restore(Backup backup) {
        return backups.restore(backups.list().stream().filter(b -> b.file().equals(backup.file())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no backup " + backup.file().getFileName() + ".")));
    }
}
