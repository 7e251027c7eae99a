package org.zhibiao.service;

import org.zhibiao.store.Workspace;
import org.zhibiao.store.WorkspaceAddress;
import org.zhibiao.store.WorkspaceException;
import org.zhibiao.store.WorkspaceLocation;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * A workspace as the user names it, before it is opened: a file on this computer or a team database on a server.
 * The desktop app and the command line read what the user typed into one of these and open it.
 */
public final class WorkspaceTarget {

    /** The ending H2 gives a workspace file. */
    public static final String FILE_SUFFIX = WorkspaceLocation.DB_SUFFIX;

    private final WorkspaceAddress address;

    WorkspaceTarget(WorkspaceAddress address) {
        this.address = address;
    }

    /**
     * What the user typed: {@code postgresql://HOST[:PORT]/DB} for a server, anything else as a file path.
     *
     * @throws IllegalArgumentException for a server address that cannot be used, saying why
     */
    public static WorkspaceTarget parse(String text) {
        return new WorkspaceTarget(WorkspaceAddress.parse(text));
    }

    /** A workspace file, with or without its ending. */
    public static WorkspaceTarget file(Path named) {
        return new WorkspaceTarget(new WorkspaceAddress.H2File(named));
    }

    /** The workspace in the user's data folder, used when none is named. */
    public static WorkspaceTarget defaultWorkspace() {
        return file(WorkspaceLocation.defaultWorkspace());
    }

    /** The file H2 writes for a workspace named with or without its ending. */
    public static Path fileOf(Path named) {
        return WorkspaceLocation.file(named);
    }

    /** The file, when the workspace is one on this computer. */
    public Optional<Path> localFile() {
        return address instanceof WorkspaceAddress.H2File f ? Optional.of(f.file()) : Optional.empty();
    }

    public boolean onServer() {
        return address instanceof WorkspaceAddress.Server;
    }

    /** How the workspace is shown to users and in logs (never with a password). */
    public String display() {
        return address.display();
    }

    /**
     * Opens (or, for a file, creates) the workspace.
     *
     * @throws WorkspaceException when it cannot be opened, saying why
     */
    public OpenWorkspace open(Clock clock) {
        return OpenWorkspace.of(Workspace.open(address, clock));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkspaceTarget t && t.address.equals(address);
    }

    @Override
    public int hashCode() {
        return address.hashCode();
    }

    @Override
    public String toString() {
        return display();
    }
}
