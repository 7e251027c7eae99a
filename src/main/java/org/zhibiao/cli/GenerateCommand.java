package org.zhibiao.cli;

import org.zhibiao.bench.CorpusGenerator;
import org.zhibiao.extract.RegionResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "generate", mixinStandardHelpOptions = true, hidden = true,
        description = "Writes a synthetic corpus of reports for scale benchmarks (every county, year after year), "
                + "with DIR-docs.tsv beside it saying whose report each one is, to check identification against.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--reports", defaultValue = "28000", description = "how many reports (default 28000)")
    int reports;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default 1)")
    long seed;

    @Option(names = "--out", required = true, description = "folder to write them to")
    Path out;

    @Override
    public Integer call() throws IOException {
        CorpusGenerator g = new CorpusGenerator(RegionResolver.loadDefault().gazetteer());
        Files.createDirectories(out);
        long bytes = 0;
        // the truth beside the corpus, in the gold schema's docs.tsv: identification is checked against it
        // (zhibiao evaluate, score.py reports), never taken from it
        StringBuilder truth = new StringBuilder("doc\tprovince\tprefecture\tregion\treport_year\treview_year\tdoc_type\n");
        for (int i = 0; i < reports; i++) {
            CorpusGenerator.Document d = g.document(i, seed);
            truth.append(d.truthRow()).append('\n');
            Path dir = out.resolve(String.format("%03d", i / 1000));
            Files.createDirectories(dir);
            byte[] b = d.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Files.write(dir.resolve(d.name()), b);
            bytes += b.length;
        }
        // beside the folder, not in it, so that importing the folder reads reports only
        Path truthFile = out.toAbsolutePath().resolveSibling(out.getFileName() + "-docs.tsv");
        Files.writeString(truthFile, truth.toString());
        System.err.printf("wrote %d reports (%.1f MB) for %d regions to %s, whose report each is to %s%n", reports,
                bytes / 1e6, g.regionCount(), out, truthFile);
        return 0;
    }
}
