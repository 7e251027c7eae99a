package org.zhibiao.cli;

import org.zhibiao.extract.Extractor;
import org.zhibiao.service.DocumentReader;
import org.zhibiao.service.ImportService;
import org.zhibiao.service.ImportSummary;
import org.zhibiao.model.Progress;
import org.zhibiao.service.ReviewService;
import org.zhibiao.service.OpenWorkspace;
import org.zhibiao.service.WorkspaceTarget;
import org.zhibiao.text.DocumentException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Extraction speed on one thread: a corpus of N documents built by repeating the given reports (each copy
 * read from its bytes: decode, normalise, identify, extract), after warm-up passes that let the JIT compile it.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures extraction speed on one core over a corpus built from the given reports.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--docs", defaultValue = "1000", description = "documents in the corpus (default 1000)")
    int docs;

    @Option(names = "--rounds", defaultValue = "3", description = "timed passes over the corpus (default 3)")
    int rounds;

    @Option(names = "--import", description = "also import the corpus into a new workspace in a temporary folder, "
            + "then make 10,000 edits, and report time and file sizes")
    boolean importToo;

    @Option(names = "--write", paramLabel = "DIR", description = "only write the corpus into DIR as files (each copy "
            + "made unique by one added line), for timing the other commands over it")
    Path writeTo;

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
        if (writeTo != null) {
            Files.createDirectories(writeTo);
            long chars = writeCorpus(writeTo, sources);
            out.printf("wrote %d documents (%d characters of text) into %s%n", docs, chars, writeTo);
            return 0;
        }
        DocumentReader reader = new DocumentReader(Extractor.loadDefault());
        long bytes = 0;
        for (int i = 0; i < docs; i++) {
            bytes += sources.get(i % sources.size()).length;
        }
        int warmUps = warmUp(reader, sources);
        double best = Double.MAX_VALUE;
        long figures = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            figures = pass(reader, sources);
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        double mb = bytes / 1e6;
        out.printf("corpus: %d documents, %.1f MB of report text (UTF-8), %d figures%n", docs, mb, figures);
        out.printf("best of %d passes (after %d warm-up passes): %.2f s, %.1f MB/s on one core, %.0f documents/s%n",
                rounds, warmUps, best, mb / best, docs / best);
        steps(out, reader, sources);
        if (importToo) {
            benchImport(out, sources);
        }
        return 0;
    }

    /**
     * Passes over the corpus until the JIT has compiled the engine: at least {@link #MIN_WARM_UPS}, then until a pass
     * during which the compilers worked less than a twentieth of its time, at most {@link #MAX_WARM_UPS}. One pass
     * was not enough on two cores: the optimising compiler was still at work on the engine's largest methods
     * (seconds of its CPU) through the timed passes, which measured the compiler as much as the engine. Nor was a
     * quiet pass after two: the compiler pauses between waves, and runs that stopped at the fourth or fifth pass had
     * compiled 380-430 methods at the top tier against 600-650, and measured 42 MB/s against 50.
     *
     * @return the warm-up passes made
     */
    private int warmUp(DocumentReader reader, List<byte[]> sources) throws DocumentException {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
        int passes = 0;
        while (passes < MAX_WARM_UPS) {
            long compiled = timed ? jit.getTotalCompilationTime() : 0;
            long t0 = System.nanoTime();
            pass(reader, sources);
            passes++;
            double passMillis = (System.nanoTime() - t0) / 1e6;
            if (!timed || passes >= MIN_WARM_UPS && jit.getTotalCompilationTime() - compiled < passMillis / 20) {
                break;
            }
        }
        return passes;
    }

    private static final int MIN_WARM_UPS = 8;
    private static final int MAX_WARM_UPS = 20;

    /** Import of the corpus as files (each copy made unique, or import would skip it), then edits. */
    private void benchImport(PrintWriter out, List<byte[]> sources) throws IOException {
        Path dir = Files.createTempDirectory("zhibiao-bench");
        try {
            Path corpus = dir.resolve("corpus");
            Files.createDirectories(corpus);
            long chars = writeCorpus(corpus, sources);
            long bytes = 0;
            try (var files = Files.list(corpus)) {
                for (Path p : files.toList()) {
                    bytes += Files.size(p);
                }
            }
            Path file = dir.resolve("bench");
            try (OpenWorkspace ws = WorkspaceTarget.file(file).open(java.time.Clock.systemUTC())) {
                long t0 = System.nanoTime();
                ImportSummary s = ws.importer(Extractor.loadDefault(), "bench", java.time.Clock.systemUTC())
                        .importPaths(List.of(corpus), Progress.NONE);
                double secs = (System.nanoTime() - t0) / 1e9;
                long afterImport = ws.sizeOnDisk();
                out.printf("import: %d reports (%.1f MB of files, %d chars of text), %d figures in %.2f s (%.0f reports/s)%n",
                        s.imported().size(), bytes / 1e6, chars, s.figures(), secs, s.imported().size() / secs);
                out.printf("workspace after import: %.1f MB (%.2f x the UTF-8 text)%n", afterImport / 1e6, afterImport / (double) bytes);
                ReviewService review = ws.review("bench", java.time.Clock.systemUTC());
                List<Long> ids = new java.util.ArrayList<>();
                for (var r : ws.queries().summaries()) {
                    for (var f : ws.queries().figures(r.report().id())) {
                        ids.add(f.id());
                    }
                }
                java.util.Random random = new java.util.Random(42);
                long t1 = System.nanoTime();
                for (int i = 0; i < 10_000; i++) {
                    long id = ids.get(random.nextInt(ids.size()));
                    if (i % 2 == 0) {
                        review.edit(id, "value", Integer.toString(random.nextInt(100_000)));
                    } else {
                        review.setStatus(id, i % 4 == 1 ? org.zhibiao.model.Status.CONFIRMED : org.zhibiao.model.Status.PENDING);
                    }
                }
                double editSecs = (System.nanoTime() - t1) / 1e9;
                long afterEdits = ws.sizeOnDisk();
                out.printf("10,000 edits in %.2f s (%.1f ms each); workspace before closing: %.1f MB (%.2f x the text)%n",
                        editSecs, editSecs * 1000 / 10_000, afterEdits / 1e6, afterEdits / (double) bytes);
            }
            long compacted = Files.size(WorkspaceTarget.fileOf(file));
            out.printf("workspace after closing (compacted): %.1f MB (%.2f x the text)%n", compacted / 1e6, compacted / (double) bytes);
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Writes the corpus as UTF-8 files doc00000.txt…, each copy made unique (an import skips a text it holds). */
    private long writeCorpus(Path dir, List<byte[]> sources) throws IOException {
        long chars = 0;
        for (int i = 0; i < docs; i++) {
            String text;
            try {
                text = new org.zhibiao.text.Decoder().decode(sources.get(i % sources.size())).text()
                        + "\n（第" + i + "份）\n";
            } catch (DocumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            chars += text.length();
            Files.writeString(dir.resolve(String.format("doc%05d.txt", i)), text);
        }
        return chars;
    }

    /** One more pass, timed per stage: where the time goes (the timing itself costs a little). */
    private void steps(PrintWriter out, DocumentReader reader, List<byte[]> sources) throws DocumentException {
        List<String> names = new ArrayList<>(List.of("decode", "normalise (text)"));
        reader.extractor().steps().forEach(s -> names.add(s.name()));
        long[] times = new long[names.size()];
        for (int i = 0; i < docs; i++) {
            reader.read(sources.get(i % sources.size()), times);
        }
        long total = java.util.Arrays.stream(times).sum();
        out.println("time per step (one more pass):");
        for (int i = 0; i < names.size(); i++) {
            out.printf(java.util.Locale.ROOT, "  %-18s %8.1f ms  %5.1f%%%n", names.get(i), times[i] / 1e6,
                    total == 0 ? 0 : 100.0 * times[i] / total);
        }
    }

    private long pass(DocumentReader reader, List<byte[]> sources) throws DocumentException {
        long figures = 0;
        for (int i = 0; i < docs; i++) {
            figures += reader.read(sources.get(i % sources.size())).figures().size();
        }
        return figures;
    }
}
