package org.zhibiao.cli;

import org.zhibiao.extract.Extractor;
import org.zhibiao.service.ImportService;
import org.zhibiao.service.ImportSummary;
import org.zhibiao.service.OpenWorkspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports report files (.txt, .docx, .pdf, .html) into a workspace, with their extracted figures.")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files or directories (read recursively)")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (OpenWorkspace ws = workspace.open()) {
            ImportService service = ws.importer(EarlyEngine.extractor(), workspace.analyst(), Clock.systemUTC());
            ImportSummary s = service.importPaths(paths, (done, total, file, outcome) -> {
                err.printf("[%d/%d] %s: %s%n", done, total, Shown.path(file), outcome);
                err.flush();
            });
            err.printf("imported %d (%d figures), skipped %d already in the workspace, failed %d%n",
                    s.imported().size(), s.figures(), s.duplicates().size(), s.failed().size());
            for (Map.Entry<Path, String> f : s.failed().entrySet()) {
                err.println(Shown.path(f.getKey()) + ": " + s.reason(f.getKey(), java.util.Locale.getDefault()));
            }
            err.println("workspace: " + ws.display());
            return s.ok() ? 0 : 1;
        }
    }
}
