package org.zhibiao.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.extract.Extractor;
import org.zhibiao.model.Change;
import org.zhibiao.model.Progress;
import org.zhibiao.model.ReportSummary;
import org.zhibiao.store.Workspace;
import org.zhibiao.store.WorkspaceException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Importing into a real workspace file: what is stored, what is said, and the log it leaves. */
class ImportServiceTest {

    private static final Extractor EXTRACTOR = Extractor.loadDefault();
    private static final String REPORT = "2023年某县政府工作报告\n一、2022年工作回顾\n全县地区生产总值完成%s亿元，增长3%%。\n"
            + "二、2023年主要目标\n地区生产总值增长6%%左右。\n";

    @TempDir
    Path dir;

    @Test
    void eachDocumentIsStoredOnceWithItsFiguresAndTheirLog() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), String.format(REPORT, "128"));
        Files.writeString(in.resolve("b.txt"), String.format(REPORT, "99"));
        Files.writeString(in.resolve("copy-of-a.txt"), String.format(REPORT, "128"));
        Files.writeString(in.resolve("empty.txt"), "");
        List<String> said = new ArrayList<>();
        try (Workspace ws = Workspace.open(dir.resolve("w"))) {
            ImportSummary s = new ImportService(ws, EXTRACTOR, "anna", Clock.systemUTC())
                    .importPaths(List.of(in), (done, total, file, outcome) -> said.add(done + "/" + total + " "
                            + file.getFileName() + ": " + outcome));

            assertThat(s.imported()).extracting(p -> p.getFileName().toString()).containsExactly("a.txt", "b.txt");
            assertThat(s.duplicates()).extracting(p -> p.getFileName().toString()).containsExactly("copy-of-a.txt");
            assertThat(s.failed()).containsOnlyKeys(in.resolve("empty.txt"));
            assertThat(s.failed().get(in.resolve("empty.txt"))).isEqualTo("empty file");
            assertThat(said).containsExactly("1/4 a.txt: imported, 2 figures", "2/4 b.txt: imported, 2 figures",
                    "3/4 copy-of-a.txt: already in the workspace", "4/4 empty.txt: empty file");

            List<ReportSummary> reports = ws.inTransaction(() -> ws.reports().summaries());
            assertThat(reports).hasSize(2);
            assertThat(reports.stream().mapToInt(ReportSummary::figures).sum()).isEqualTo(s.figures()).isEqualTo(4);
            List<Change> log = ws.inTransaction(() -> ws.changes().all());
            assertThat(log).hasSize(2 + 4).allSatisfy(c -> {
                assertThat(c.action()).isEqualTo("import");
                assertThat(c.analyst()).isEqualTo("anna");
            });
            assertThat(log.stream().filter(c -> c.figureId() == null)).extracting(Change::newValue)
                    .containsExactlyInAnyOrder("a.txt", "b.txt");
        }
    }

    /**
     * Two programs importing the same folder as the same analyst may store the same file within one millisecond:
     * the second finds the first's report and must say "already there", not take it for its own earlier attempt.
     */
    @Test
    void aSecondImporterAtTheSameInstantFindsTheFileAlreadyThere() throws Exception {
        Path reports = dir.resolve("same");
        Files.createDirectories(reports);
        Files.writeString(reports.resolve("a.txt"), String.format(REPORT, "81"));
        Clock frozen = Clock.fixed(java.time.Instant.parse("2026-12-05T10:00:00Z"), java.time.ZoneOffset.UTC);
        try (Workspace ws = Workspace.open(dir.resolve("w"))) {
            ImportSummary first = new ImportService(ws, EXTRACTOR, "anna", frozen)
                    .importPaths(List.of(reports), Progress.NONE);
            ImportSummary second = new ImportService(ws, EXTRACTOR, "anna", frozen)
                    .importPaths(List.of(reports), Progress.NONE);
            assertThat(first.imported()).hasSize(1);
            assertThat(second.imported()).isEmpty();
            assertThat(second.duplicates()).hasSize(1);
        }
    }

    @Test
    void pastedTextIsImportedOnceAndNoTextIsRefused() {
        try (Workspace ws = Workspace.open(dir.resolve("w"))) {
            ImportService importer = new ImportService(ws, EXTRACTOR, "anna", Clock.systemUTC());
            assertThat(importer.importText("粘贴.txt", String.format(REPORT, "77"))).isEqualTo(2);
            assertThat(importer.importText("again.txt", String.format(REPORT, "77"))).isEqualTo(-1);
            assertThatThrownBy(() -> importer.importText("blank.txt", "  \n ")).isInstanceOf(WorkspaceException.class)
                    .hasMessage("There is no text to import.");
            assertThat(ws.inTransaction(() -> ws.reports().count())).isEqualTo(1);
        }
    }

    @Test
    void aCancelledImportStopsAtTheNextFileAndKeepsWhatItStored() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 6; i++) {
            Files.writeString(in.resolve("r" + i + ".txt"), String.format(REPORT, 100 + i));
        }
        int[] seen = {0};
        Progress stopAfterTwo = new Progress() {
            @Override
            public void update(int done, int total, Path file, String outcome) {
                seen[0] = done;
            }

            @Override
            public boolean cancelled() {
                return seen[0] >= 2;
            }
        };
        try (Workspace ws = Workspace.open(dir.resolve("w"))) {
            ImportSummary s = new ImportService(ws, EXTRACTOR, "anna", Clock.systemUTC())
                    .importPaths(List.of(in), stopAfterTwo);
            assertThat(s.imported()).hasSize(2);
            assertThat(ws.inTransaction(() -> ws.reports().count())).isEqualTo(2);
        }
    }

    @Test
    void aFolderThatIsNotThereIsSaidAsSuch() {
        try (Workspace ws = Workspace.open(dir.resolve("w"))) {
            ImportSummary s = new ImportService(ws, EXTRACTOR, "anna", Clock.systemUTC())
                    .importPaths(List.of(dir.resolve("no-such.txt")), Progress.NONE);
            assertThat(s.failed().values()).containsExactly("no such file");
        }
    }

    /**
     * The content hash, now encoded a piece at a time, is the hash of the text's UTF-8 bytes as before (a report
     * imported by an older version must still be found already there): texts across the encoder's piece size,
     * four-byte characters split at its edge, and an unpaired surrogate (written as '?' both ways).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {0, 1, 21845, 32767, 32768, 65535, 65536, 200_001})
    void theContentHashIsTheHashOfTheUtf8Bytes(int length) throws Exception {
        java.util.Random random = new java.util.Random(length);
        StringBuilder b = new StringBuilder();
        while (b.length() < length) {
            switch (random.nextInt(4)) {
                case 0 -> b.append((char) ('a' + random.nextInt(26)));
                case 1 -> b.append((char) (0x4E00 + random.nextInt(0x5000)));
                case 2 -> b.appendCodePoint(0x20000 + random.nextInt(0x1000));
                default -> b.append(random.nextInt(50) == 0 ? '\uD800' : '，');
            }
        }
        String text = b.toString();
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        String whole = java.util.HexFormat.of().formatHex(md.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(ImportService.sha256(text)).isEqualTo(whole);
    }
}
