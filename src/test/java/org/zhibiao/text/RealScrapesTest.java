package org.zhibiao.text;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Runs decoder and normaliser on the shared dev scrapes, which stay outside the repository. */
class RealScrapesTest {

    private static Path docs;

    @BeforeAll
    static void findShared() {
        String shared = System.getProperty("zhibiao.shared");
        assumeTrue(shared != null, "zhibiao.shared is not set");
        docs = Path.of(shared, "dev", "docs");
        assumeTrue(Files.isDirectory(docs), "no shared dev docs here");
    }

    private static String normalised(String name) throws IOException, DocumentException {
        Path file = docs.resolve(name);
        assumeTrue(Files.isRegularFile(file), name + " is missing");
        return new Normalizer().normalize(new Decoder().read(file).text()).text();
    }

    @Test
    void everyScrapeDecodesAndOnlyTheTraditionalOneIsConverted() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> dev = Files.list(docs); Stream<Path> seeds = Files.list(docs.resolve("../../seeds"))) {
            files.addAll(dev.toList());
            files.addAll(seeds.toList());
        }
        for (Path file : files) {
            String text = new Decoder().read(file).text();
            boolean traditional = CharFolder.isTraditional(text, ScriptTable.get());
            // the pages written in traditional characters throughout (the dev set's docs, read by eye)
            assertThat(traditional).as(file.getFileName().toString())
                    .isEqualTo(java.util.Set.of("hx_6de387e0aaeb.txt", "hx_ee5c196c1236.txt", "hx_cdfb14cb7cc8.txt").contains(file.getFileName().toString()));
        }
    }

    @Test
    void traditionalScrapeWithPinyinGlossesBecomesSimplifiedWithoutGlosses() throws Exception {
        String text = normalised("hx_6de387e0aaeb.txt");
        assertThat(text).contains("地区生产总值1360亿元,增长9.4%").doesNotContain("(qū)");
    }

    @Test
    void watermarkedFixedWidthScrapeIsCleanedAndJoined() throws Exception {
        String text = normalised("hx_08c8bf05bd0e.txt");
        assertThat(text)
                .contains("农村居民人均可支配收入12248元、增长9.3%")
                .contains("社会消费品零售总额29.4亿元")
                .contains("实际利用外资7000万元、增长324.2%")
                .contains("\n过去一年工作回顾\n")
                .doesNotContain("2Iu");
    }
}
