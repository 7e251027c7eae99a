package org.zhibiao.cli;

import org.zhibiao.service.WorkspaceBackups;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Lists a workspace's backups, or replaces the workspace with one of them (--from).")
final class RestoreCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--from", paramLabel = "BACKUP",
            description = "the backup to restore: its number in the list (1 = newest), its file name or its path")
    String from;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        WorkspaceBackups backups = new WorkspaceBackups(workspace.file());
        List<WorkspaceBackups.Backup> list = backups.list();
        if (from == null) {
            if (list.isEmpty()) {
                out.println("no backups in " + backups.folder());
            }
            for (int i = 0; i < list.size(); i++) {
                WorkspaceBackups.Backup b = list.get(i);
                out.printf("%d\t%s\t%s\t%d KB%s%n", i + 1, b.takenAt(), b.file().getFileName(), b.size() / 1024,
                        b.beforeMigration() ? "\t(taken before a schema upgrade)" : "");
            }
            out.flush();
            return 0;
        }
        WorkspaceBackups.Backup chosen = choose(list);
        Path kept = backups.restore(chosen);
        out.println("restored " + chosen.file().getFileName() + " into " + workspace.file()
                + (kept != null ? "; the replaced workspace is kept as " + kept : ""));
        out.flush();
        return 0;
    }

    private WorkspaceBackups.Backup choose(List<WorkspaceBackups.Backup> list) {
        if (from.matches("\\d{1,3}")) {
            int i = Integer.parseInt(from);
            if (i >= 1 && i <= list.size()) {
                return list.get(i - 1);
            }
        }
        for (WorkspaceBackups.Backup b : list) {
            if (b.file().getFileName().toString().equals(from)
                    || b.file().toAbsolutePath().equals(Path.of(from).toAbsolutePath())) {
                return b;
            }
        }
        throw new IllegalStateException("There is no backup '" + from + "'; list them with: zhibiao restore --workspace "
                + workspace.file());
    }
}
