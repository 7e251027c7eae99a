package org.zhibiao.cli;

import org.zhibiao.extract.Extractor;
import org.zhibiao.service.DocumentReader;
import org.zhibiao.text.DocumentException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Extraction speed on one thread: a corpus of N documents built by repeating the given reports (each copy
 * read from its bytes: decode, normalise, identify, extract), after a warm-up pass.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures extraction speed on one core over a corpus built from the given reports.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--docs", defaultValue = "1000", description = "documents in the corpus (default 1000)")
    int docs;

    @Option(names = "--rounds", defaultValue = "3", description = "timed passes over the corpus (default 3)")
    int rounds;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "report files or directories to build the corpus from")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, DocumentException {
        PrintWriter out = spec.commandLine().getOut();
        List<byte[]> sources = new ArrayList<>();
        for (Path p : DocumentReader.expand(paths)) {
            sources.add(Files.readAllBytes(p));
        }
        if (sources.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no files to build a corpus from");
        }
        DocumentReader reader = new DocumentReader(Extractor.loadDefault());
        long bytes = 0;
        for (int i = 0; i < docs; i++) {
            bytes += sources.get(i % sources.size()).length;
        }
        pass(reader, sources); // warm-up
        double best = Double.MAX_VALUE;
        long figures = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            figures = pass(reader, sources);
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        double mb = bytes / 1e6;
        out.printf("corpus: %d documents, %.1f MB of report text (UTF-8), %d figures%n", docs, mb, figures);
        out.printf("best of %d passes: %.2f s, %.1f MB/s on one core, %.0f documents/s%n", rounds, best, mb / best, docs / best);
        return 0;
    }

    private long pass(DocumentReader reader, List<byte[]> sources) throws DocumentException {
        long figures = 0;
        for (int i = 0; i < docs; i++) {
            figures += reader.read(sources.get(i % sources.size())).figures().size();
        }
        return figures;
    }
}
