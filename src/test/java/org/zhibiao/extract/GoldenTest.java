package org.zhibiao.extract;

import org.junit.jupiter.api.Test;
import org.zhibiao.model.Figure;
import org.zhibiao.model.ReportIdentity;
import org.zhibiao.service.DocumentReader;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The engine against hand-labelled truth, scored with the rules of the shared score.py: the five sample reports
 * (gold copied into the test resources), the project's own fixtures, and the 21 development texts beside the
 * repository, when present.
 */
class GoldenTest {

    private static final DocumentReader READER = new DocumentReader(Extractor.loadDefault());

    static List<GoldScore.Row> extract(List<Path> files) {
        List<GoldScore.Row> rows = new ArrayList<>();
        for (Path file : files) {
            DocumentReader.Result r = READER.read(file);
            assertThat(r.error()).as(file.toString()).isNull();
            for (Figure f : r.reading().figures()) {
                rows.add(new GoldScore.Row(file.getFileName().toString(), f.indicator(), f.kind().code(),
                        Objects.toString(f.year(), ""), plain(f.value()), f.unit(), plain(f.growthPct()),
                        f.qualifier().code(), f.text()));
            }
        }
        return rows;
    }

    private static String plain(BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }

    static List<Path> files(Path dir) throws IOException {
        return DocumentReader.expand(List.of(dir));
    }

    static Reader resource(String name) {
        return new InputStreamReader(Objects.requireNonNull(GoldenTest.class.getResourceAsStream(name), name),
                StandardCharsets.UTF_8);
    }

    static Path shared() {
        String dir = System.getProperty("zhibiao.shared", "../shared");
        return Path.of(dir);
    }

    @Test
    void seedsScoreAtLeast98() throws IOException {
        List<GoldScore.Row> gold = GoldScore.read(resource("/gold/indicators.tsv"));
        GoldScore score = GoldScore.score(gold, extract(files(Path.of("seeds"))));
        System.out.println("seeds: " + score);
        assertThat(score.f1()).as(score.toString()).isGreaterThanOrEqualTo(0.98);
    }

    /**
     * Reports written for the project in other provinces, years, scripts, encodings and layouts
     * (src/test/resources/fixtures/reports/README.md lists what each one covers).
     */
    @Test
    void ownFixturesScoreAtLeast95() throws IOException {
        List<GoldScore.Row> gold = GoldScore.read(resource("/fixtures/indicators.tsv"));
        Path reports = Path.of("src/test/resources/fixtures/reports");
        List<Path> files = files(reports).stream().filter(p -> p.toString().endsWith(".txt")).toList();
        GoldScore score = GoldScore.score(gold, extract(files));
        System.out.println("fixtures: " + score);
        assertThat(score.f1()).as(score.toString()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void devTextsScoreAtLeast94() throws IOException {
        Path dev = shared().resolve("dev");
        assumeTrue(Files.isDirectory(dev.resolve("docs")), "the shared development set is not beside the repository");
        List<GoldScore.Row> gold;
        try (Reader r = Files.newBufferedReader(dev.resolve("indicators.tsv"))) {
            gold = GoldScore.read(r);
        }
        GoldScore score = GoldScore.score(gold, extract(files(dev.resolve("docs"))));
        System.out.println("dev: " + score);
        assertThat(score.f1()).as(score.toString()).isGreaterThanOrEqualTo(0.94);
    }

    /**
     * Reports written from the schema alone in forms the fixtures lacked (firstcontact/README.md), first scored on
     * the engine before the evidence-based frames: F1 0.857 then.
     */
    @Test
    void firstContactReportsScoreAtLeast95() throws IOException {
        List<GoldScore.Row> gold = GoldScore.read(resource("/firstcontact/indicators.tsv"));
        List<Path> files = files(Path.of("src/test/resources/firstcontact/reports"));
        GoldScore score = GoldScore.score(gold, extract(files));
        System.out.println("first-contact reports: " + score);
        assertThat(score.f1()).as(score.toString()).isGreaterThanOrEqualTo(0.95);
    }

    /**
     * Reports written by a second hand from the schema alone (unseen/README.md): F1 0.876 on the engine before the
     * evidence-based frames, 0.912 on the engine after them before they were looked at.
     */
    @Test
    void secondHandReportsScoreAtLeast93() throws IOException {
        List<GoldScore.Row> gold = GoldScore.read(resource("/unseen/indicators.tsv"));
        GoldScore score = GoldScore.score(gold, extract(files(Path.of("src/test/resources/unseen/reports"))));
        System.out.println("second-hand reports: " + score);
        assertThat(score.f1()).as(score.toString()).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void secondHandReportsAreIdentified() throws IOException {
        TsvTable gold = TsvTable.read("docs.tsv", resource("/unseen/docs.tsv"));
        assertThat(identify(gold, Path.of("src/test/resources/unseen/reports"))).isEmpty();
    }

    @Test
    void firstContactReportsAreIdentified() throws IOException {
        TsvTable gold = TsvTable.read("docs.tsv", resource("/firstcontact/docs.tsv"));
        assertThat(identify(gold, Path.of("src/test/resources/firstcontact/reports"))).isEmpty();
    }

    @Test
    void seedsAreIdentified() throws IOException {
        List<String> wrong = identify(TsvTable.read("docs.tsv", resource("/gold/docs.tsv")), Path.of("seeds"));
        assertThat(wrong).isEmpty();
    }

    @Test
    void devTextsAreIdentified() throws IOException {
        Path dev = shared().resolve("dev");
        assumeTrue(Files.isDirectory(dev.resolve("docs")), "the shared development set is not beside the repository");
        try (Reader r = Files.newBufferedReader(dev.resolve("docs.tsv"))) {
            assertThat(identify(TsvTable.read("docs.tsv", r), dev.resolve("docs"))).isEmpty();
        }
    }

    /**
     * The fixtures include a fragment that names its region only through a town (阿勒腾席热镇, in 伊金霍洛旗);
     * the gazetteer stops at county level, so that one is allowed to stay unknown.
     */
    @Test
    void ownFixturesAreIdentified() throws IOException {
        TsvTable gold = TsvTable.read("docs.tsv", resource("/fixtures/docs.tsv"));
        List<String> wrong = identify(gold, Path.of("src/test/resources/fixtures/reports"));
        double accuracy = 1 - wrong.size() / (6.0 * gold.rows().size());
        System.out.println("fixtures identified: " + accuracy + " " + wrong);
        assertThat(accuracy).as(wrong.toString()).isGreaterThanOrEqualTo(0.95);
    }

    private static List<String> identify(TsvTable gold, Path dir) {
        List<String> wrong = new ArrayList<>();
        for (TsvTable.Row g : gold.rows()) {
            DocumentReader.Result r = READER.read(dir.resolve(g.get("doc")));
            assertThat(r.error()).as(g.get("doc")).isNull();
            ReportIdentity id = r.reading().identity();
            compare(wrong, g, "province", id.province());
            compare(wrong, g, "prefecture", id.prefecture());
            compare(wrong, g, "region", id.region());
            compare(wrong, g, "report_year", Objects.toString(id.reportYear(), ""));
            compare(wrong, g, "review_year", Objects.toString(id.reviewYear(), ""));
            compare(wrong, g, "doc_type", id.docType().code());
        }
        return wrong;
    }

    private static void compare(List<String> wrong, TsvTable.Row gold, String column, String got) {
        if (!gold.get(column).equals(got)) {
            wrong.add(gold.get("doc") + " " + column + ": gold " + gold.get(column) + ", got " + got);
        }
    }
}
