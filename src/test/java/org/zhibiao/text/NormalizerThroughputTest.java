package org.zhibiao.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Prints the script table's build time and the normaliser's throughput on the seeds repeated 100 times.
 * A report, not a timed assertion: timings on shared CI machines are too noisy to fail a build on.
 */
class NormalizerThroughputTest {

    @Test
    void printsTableBuildTimeAndThroughput() throws Exception {
        System.out.printf("script table built in %d ms%n", ScriptTable.get().buildMillis());

        Path seeds = Path.of("seeds");
        assumeTrue(Files.isDirectory(seeds), "run from the project directory");
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.sorted().toList()) {
                all.append(new Decoder().read(file).text()).append('\n');
            }
        }
        String text = all.toString().repeat(100);
        double megabytes = text.getBytes(StandardCharsets.UTF_8).length / 1e6;

        Normalizer normalizer = new Normalizer();
        String once = normalizer.normalize(all.toString()).text();
        double best = Double.MAX_VALUE;
        String normalized = "";
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            normalized = normalizer.normalize(text).text();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        System.out.printf("normalised %.1f MB of UTF-8 in %.0f ms: %.0f MB/s%n", megabytes, best * 1000,
                megabytes / best);
        // the long text is normalised as its parts are: it begins with one copy's result and holds a hundred of them
        assertThat(once).isNotBlank();
        assertThat(normalized).startsWith(once.strip()).hasSizeGreaterThanOrEqualTo(99 * once.strip().length());
    }
}
