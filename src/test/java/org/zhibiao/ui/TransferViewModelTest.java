package org.zhibiao.ui;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.export.ExportResult;
import org.zhibiao.extract.Extractor;
import org.zhibiao.service.ImportSummary;
import org.zhibiao.service.OpenWorkspace;
import org.zhibiao.service.WorkspaceTarget;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Import and export as a plain view model on a real workspace file, the workbook read back with POI. */
class TransferViewModelTest {

    private static final Extractor EXTRACTOR = Extractor.loadDefault();
    private static final String REPORT = "2024年某县政府工作报告\n一、2023年工作回顾\n全县地区生产总值完成%s亿元，增长6%%。\n";

    @TempDir
    Path dir;
    private OpenWorkspace ws;
    private WorkbenchStatus status;
    private TransferViewModel transfer;
    private int afterImport;

    @BeforeEach
    void open() {
        Messages.use(Locale.ENGLISH);
        ws = WorkspaceTarget.file(dir.resolve("w")).open(Clock.systemUTC());
        status = new WorkbenchStatus(new PendingEdits());
        transfer = new TransferViewModel(WorkbenchServices.of(ws, "anna", Clock.systemUTC()), () -> EXTRACTOR,
                new OwnWrites(ws.queries(), "anna"), TaskRunner.immediate(), status, () -> afterImport++);
    }

    @AfterEach
    void close() {
        ws.close();
        Messages.use(Locale.getDefault());
    }

    @Test
    void filesAreImportedAndTheOnesThatFailedAreNamedWithTheirReasons() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), String.format(REPORT, "128"));
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        List<ImportSummary> done = new ArrayList<>();
        List<Double> progress = new ArrayList<>();
        status.progress().addListener((o, a, b) -> progress.add(b));

        transfer.importFiles(List.of(good, empty), done::add);

        assertThat(done).singleElement().satisfies(s -> {
            assertThat(s.imported()).containsExactly(good);
            assertThat(s.failed()).containsOnlyKeys(empty);
        });
        assertThat(ws.queries().summariesFor("anna")).hasSize(1);
        assertThat(status.message().get()).contains("1");
        assertThat(status.error().get()).contains("empty.txt").contains("empty file");
        assertThat(progress).isNotEmpty().last().isNull();
        assertThat(afterImport).isEqualTo(1);
    }

    @Test
    void aCancelledImportKeepsWhatItStored() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            files.add(Files.writeString(dir.resolve("r" + i + ".txt"), String.format(REPORT, 100 + i)));
        }
        transfer.cancelImport(); // before it starts: the flag is reset by the next import
        List<ImportSummary> done = new ArrayList<>();
        transfer.importFiles(files, done::add);
        assertThat(done.get(0).imported()).hasSize(5);
    }

    @Test
    void pastedTextIsImportedOnceAndTheSecondTimeSaidToBeThere() {
        transfer.importText("pasted.txt", String.format(REPORT, "77"));
        assertThat(status.message().get()).contains("pasted.txt");
        transfer.importText("again.txt", String.format(REPORT, "77"));
        assertThat(status.message().get()).isEqualTo(Messages.tr("vm.pasteDuplicate"));
        assertThat(ws.queries().summariesFor("anna")).hasSize(1);
        assertThat(afterImport).isEqualTo(2);
    }

    @Test
    void theWorkbookHoldsTheFiguresAndTheBarGoesAway() throws Exception {
        transfer.importText("a.txt", String.format(REPORT, "128"));
        Path out = dir.resolve("out.xlsx");
        List<ExportResult> done = new ArrayList<>();

        transfer.exportXlsx(out, null, Locale.ENGLISH, done::add);

        long report = ws.queries().summariesFor("anna").get(0).report().id();
        int stored = ws.queries().figures(report).size();
        assertThat(stored).isPositive();
        assertThat(done).singleElement().satisfies(r -> assertThat(r.figures()).isEqualTo(stored));
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            assertThat(wb.getNumberOfSheets()).isGreaterThanOrEqualTo(3);
            assertThat(wb.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThanOrEqualTo(1 + stored); // header, figures
        }
        assertThat(status.progress().get()).isNull();
        assertThat(status.message().get()).contains(out.getFileName().toString());
    }

    @Test
    void aWorkbookThatCannotBeWrittenIsSaidInWordsAndNothingIsHalfWritten() throws Exception {
        transfer.importText("a.txt", String.format(REPORT, "128"));
        Path blocked = Files.writeString(dir.resolve("not-a-folder"), "x");
        List<ExportResult> done = new ArrayList<>();

        transfer.exportXlsx(blocked.resolve("out.xlsx"), null, Locale.ENGLISH, done::add);

        assertThat(done).isEmpty();
        assertThat(status.error().get()).isNotBlank().doesNotContain("Exception").doesNotContain("java.");
        assertThat(status.progress().get()).isNull();
    }

    @Test
    void aFileThatFailedIsSaidInTheUisLanguage() throws Exception {
        Messages.use(Locale.SIMPLIFIED_CHINESE);
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path pdf = Files.writeString(dir.resolve("scan.txt"), "%PDF-1.4 not text");

        transfer.importFiles(List.of(empty, pdf), s -> { });

        assertThat(status.error().get()).contains("empty.txt (空文件)").contains("scan.txt (是 PDF 文件,不是纯文本)")
                .doesNotContain("empty file");
    }

    @Test
    void aNoteOnAFigureIsExportedBesideIt() throws Exception {
        transfer.importText("a.txt", String.format(REPORT, "128"));
        long report = ws.queries().summariesFor("anna").get(0).report().id();
        long figure = ws.queries().figures(report).get(0).id();
        ws.review("anna", java.time.Clock.systemUTC()).note(figure, "check against the statistical bulletin");
        Path out = dir.resolve("notes.xlsx");

        transfer.exportXlsx(out, null, Locale.ENGLISH, r -> { });

        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            var sheet = wb.getSheetAt(0);
            var header = sheet.getRow(0);
            int noteColumn = -1;
            for (int i = 0; i < header.getLastCellNum(); i++) {
                if ("Note".equals(header.getCell(i).getStringCellValue())) {
                    noteColumn = i;
                }
            }
            assertThat(noteColumn).as("a Note column").isPositive();
            assertThat(sheet.getRow(1).getCell(noteColumn).getStringCellValue())
                    .isEqualTo("check against the statistical bulletin");
        }
    }
}
