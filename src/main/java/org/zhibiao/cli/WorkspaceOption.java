package org.zhibiao.cli;

import org.zhibiao.store.WorkspaceLocation;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The --workspace and --analyst options shared by the workspace commands. */
final class WorkspaceOption {

    @Option(names = "--workspace", paramLabel = "FILE",
            description = "workspace file, with or without .mv.db (default: the workspace in the data directory)")
    Path workspace;

    @Option(names = "--analyst", paramLabel = "NAME", description = "who makes the changes (default: the login name)")
    String analyst;

    Path file() {
        return workspace != null ? workspace : WorkspaceLocation.defaultWorkspace();
    }

    String analyst() {
        if (analyst != null && !analyst.isBlank()) {
            return analyst.strip();
        }
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "analyst" : user;
    }
}
