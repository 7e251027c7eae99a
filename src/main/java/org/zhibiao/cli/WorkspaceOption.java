package org.zhibiao.cli;

import org.zhibiao.service.OpenWorkspace;
import org.zhibiao.service.WorkspaceTarget;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The --workspace and --analyst options shared by the workspace commands. */
final class WorkspaceOption {

    /** The change log keeps a name of this length; a longer one would fail every document of an import. */
    static final int MAX_ANALYST = 100;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    private RuntimeException usage(String message) {
        return mixee == null ? new IllegalStateException(message) : new CommandLine.ParameterException(mixee.commandLine(), message);
    }

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
            throw usage(e.getMessage()); // bad usage: exit 2
        }
    }

    /** Opens the workspace named (or the default one) for a command; the command closes it. */
    OpenWorkspace open() {
        analyst(); // a name the change log cannot keep is refused before the workspace is opened, let alone created
        return address().open(java.time.Clock.systemUTC());
    }

    /** The workspace file, for commands that only work on files (restore). */
    Path file() {
        return address().localFile().orElseThrow(() -> new IllegalStateException("This command works on workspace files only; a team workspace on a server is "
                + "backed up and restored with pg_dump/pg_restore (docs/team.md)."));
    }

    String analyst() {
        if (analyst != null && !analyst.isBlank()) {
            if (analyst.strip().length() > MAX_ANALYST) {
                throw usage("An analyst's name has at most " + MAX_ANALYST + " characters.");
            }
            return analyst.strip();
        }
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "analyst" : user;
    }
}
