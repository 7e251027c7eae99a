package org.zhibiao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.zhibiao.extract.Annotated;
import org.zhibiao.extract.Extractor;
import org.zhibiao.extract.Step;
import org.zhibiao.service.DocumentReader;
import org.zhibiao.text.Decoder;
import org.zhibiao.text.DocumentException;
import org.zhibiao.text.NormalizedText;
import org.zhibiao.text.Normalizer;

/**
 * One engine step at a time over the report files in {@code -p dir=} (default {@code seeds}), one pass over all
 * of them per operation. Beside {@code bench}, whose per-step table comes from one timed pass: here each step
 * gets JMH's warm-up, forks and error bars. The steps before the measured one run in the per-operation set-up
 * (a pass takes milliseconds, so JMH's caution about per-invocation set-up does not apply). Not run by
 * {@code mvn verify}; see docs/benchmarks.md for the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineStepBenchmark {

    /** Index into the engine's pipeline, see {@link Extractor#steps()}: 0 normalise, 1 names, 2 document frame,
     *  3 passages, 4 clause frame, 5 lexicon, 6 quantities, 7 assembly, 8 merge. */
    @Param({"0", "1", "2", "3", "4", "5", "6", "7", "8"})
    public int step;

    /** Folder of report files to read. */
    @Param({"seeds"})
    public String dir;

    private final Decoder decoder = new Decoder();
    private final Normalizer normalizer = new Normalizer();
    private Extractor extractor;
    private List<byte[]> files;
    private List<String> decoded;
    private List<NormalizedText> normalized;
    private List<Annotated> before;

    @Setup(Level.Trial)
    public void load() throws IOException, DocumentException {
        extractor = Extractor.loadDefault();
        files = new ArrayList<>();
        decoded = new ArrayList<>();
        normalized = new ArrayList<>();
        for (Path p : DocumentReader.expand(List.of(Path.of(dir)))) {
            byte[] bytes = Files.readAllBytes(p);
            files.add(bytes);
            String text = decoder.decode(bytes).text();
            decoded.add(text);
            normalized.add(normalizer.normalize(text));
        }
        if (step >= extractor.steps().size()) {
            throw new IllegalArgumentException("the pipeline has " + extractor.steps().size() + " steps");
        }
    }

    /** Each document annotated by the steps before the measured one, afresh for every operation. */
    @Setup(Level.Invocation)
    public void stepsBefore() {
        before = new ArrayList<>(normalized.size());
        List<Step> steps = extractor.steps();
        for (NormalizedText t : normalized) {
            Annotated a = new Annotated(t);
            for (int i = 0; i < step; i++) {
                steps.get(i).annotate(a);
            }
            before.add(a);
        }
    }

    /** The measured step, over every document. */
    @Benchmark
    public void engineStep(Blackhole bh) {
        Step s = extractor.steps().get(step);
        for (Annotated a : before) {
            s.annotate(a);
            bh.consume(a);
        }
    }

    /** Decoding bytes to text (does not depend on {@code step}; run it with {@code -p step=0}). */
    @Benchmark
    public void decode(Blackhole bh) throws DocumentException {
        for (byte[] b : files) {
            bh.consume(decoder.decode(b).text());
        }
    }

    /** The text package's normalisation (does not depend on {@code step}; run it with {@code -p step=0}). */
    @Benchmark
    public void normalise(Blackhole bh) {
        for (String t : decoded) {
            bh.consume(normalizer.normalize(t));
        }
    }
}
