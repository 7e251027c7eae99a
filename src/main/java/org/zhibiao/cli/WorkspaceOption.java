package org.zhibiao.cli;

import org.zhibiao.service.OpenWorkspace;
import org.zhibiao.service.WorkspaceTarget;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The --workspace and --analyst options shared by the workspace commands. */
final class WorkspaceOption {

    @Option(names = "--workspace", paramLabel = "WORKSPACE",
            description = "workspace file, with or without .mv.db, or a team workspace postgresql://HOST[:PORT]/DB "
                    + "(user and password from PGUSER/PGPASSWORD or ~/.pgpass; default: the workspace in the data directory)")
    String workspace;

    @Option(names = "--analyst", paramLabel = "NAME", description = "who makes the changes (default: the login name)")
    String analyst;

    /** The workspace named, or the default one; a malformed server address is refused with the reason. */
    WorkspaceTarget address() {
        if (workspace == null || workspace.isBlank()) {
            return WorkspaceTarget.defaultWorkspace();
        }
        try {
            return WorkspaceTarget.parse(workspace);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Opens the workspace named (or the default one) for a command; the command closes it. */
    OpenWorkspace open() {
        return address().open(java.time.Clock.systemUTC());
    }

    /** The workspace file, for commands that only work on files (restore). */
    Path file() {
        return address().localFile().orElseThrow(() -> new IllegalStateException("This command works on workspace files only; a team workspace on a server is "
                + "backed up and restored with pg_dump/pg_restore (docs/team.md)."));
    }

    String analyst() {
        if (analyst != null && !analyst.isBlank()) {
            return analyst.strip();
        }
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "analyst" : user;
    }
}
