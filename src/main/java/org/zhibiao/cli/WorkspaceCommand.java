package org.zhibiao.cli;

import org.zhibiao.service.OpenWorkspace;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * A command that works on one workspace: it takes the --workspace and --analyst options, opens the workspace, does
 * its work with it and closes it again, whatever happens.
 */
abstract class WorkspaceCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (OpenWorkspace ws = workspace.open()) {
            return run(ws, out);
        } finally {
            out.flush();
        }
    }

    /** The command's work on the open workspace; returns the exit status. */
    abstract int run(OpenWorkspace ws, PrintWriter out);
}
