package org.zhibiao.cli;

import org.zhibiao.extract.Extractor;
import org.zhibiao.service.DocumentReader;
import org.zhibiao.service.ReadAhead;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Shared by extract and identify: read every file named, print rows, report unreadable files on stderr. */
abstract class ReadingCommand implements Callable<Integer> {

    @Option(names = "--format", description = "tsv (default) or json", defaultValue = "tsv")
    Format format;

    @Option(names = "--explain", description = "after each row, the evidence behind it (lines starting with #)")
    boolean explain;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "report files or directories (read recursively)")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        // the rows of a document written at once: the command line's writer flushes at every line, one system
        // call a figure (13,600 for 1,000 reports)
        PrintWriter out = new PrintWriter(new java.io.BufferedWriter(spec.commandLine().getOut(), 1 << 16), false);
        PrintWriter err = spec.commandLine().getErr();
        DocumentReader reader = reader(EarlyEngine.extractor());
        if (format == Format.tsv) {
            out.println(String.join("\t", header()));
        }
        int failed = 0;
        // read on every core, printed in the order of the files
        try (ReadAhead ahead = new ReadAhead(reader, DocumentReader.expand(paths))) {
            while (ahead.hasNext()) {
                DocumentReader.Result r = ahead.next();
                if (!r.ok()) {
                    out.flush();
                    err.println(Shown.path(r.file()) + ": " + r.problem().render(java.util.Locale.getDefault()));
                    failed++;
                    continue;
                }
                print(out, r);
                out.flush();
            }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    /** How the command reads each document (identify needs no figures). */
    DocumentReader reader(Extractor extractor) {
        return new DocumentReader(extractor);
    }

    abstract List<String> header();

    abstract void print(PrintWriter out, DocumentReader.Result result);
}
