package org.zhibiao.export;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.model.Progress;
import org.zhibiao.store.Workspace;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The workbook as a briefing reader prints it: LibreOffice converts the export of the seeds and two counties'
 * consecutive reports to PDF (once for the class), poppler renders the pages, and the test counts pages and the
 * chart's coloured pixels. Skipped, with a message, where soffice or pdftoppm is not installed.
 */
class PrintedWorkbookTest {

    /** Rendering resolution: enough to tell the bars' colours apart, small enough to be quick. */
    private static final int DPI = 50;
    /** A bar series counts as drawn with at least this many pixels of its colour (a bar is ~15×100 at 50 dpi). */
    private static final int MIN_BAR_PIXELS = 500;

    @TempDir
    static Path dir;
    static List<BufferedImage> pages;
    static String skipped;

    @BeforeAll
    static void printOnce() throws Exception {
        if (!LibreOfficeCheckTest.onPath("soffice") || !LibreOfficeCheckTest.onPath("pdftoppm")) {
            skipped = "LibreOffice (soffice) or poppler (pdftoppm) is not on the PATH: the printed-workbook test is skipped";
            System.out.println(skipped);
            return;
        }
        Path xlsx = dir.resolve("briefing.xlsx");
        try (Workspace ws = ExportFixture.workspace(dir)) {
            new XlsxExporter(new org.zhibiao.service.ReportQueries(ws)).export(xlsx, ExportOptions.defaults(), Progress.NONE);
        }
        run(List.of("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", dir.toString(), xlsx.toString()));
        Path pdf = dir.resolve("briefing.pdf");
        assertThat(pdf).as("LibreOffice wrote the PDF").exists();
        run(List.of("pdftoppm", "-r", String.valueOf(DPI), "-png", pdf.toString(), dir.resolve("page").toString()));
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> pngs = files.filter(p -> p.getFileName().toString().matches("page-\\d+\\.png")).sorted().toList();
            pages = pngs.stream().map(PrintedWorkbookTest::image).toList();
        }
    }

    @AfterAll
    static void release() {
        pages = null;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean done = p.waitFor(240, TimeUnit.SECONDS);
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
        }
        assertThat(done).as(command.get(0) + " finished in time").isTrue();
        assertThat(p.exitValue()).as(command.get(0) + ": " + log).isZero();
    }

    private static BufferedImage image(Path png) {
        try {
            return ImageIO.read(png.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Pixels within a small distance of a colour (anti-aliased edges aside). */
    static int pixelsOf(BufferedImage page, byte[] rgb) {
        int n = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int p = page.getRGB(x, y);
                if (Math.abs((p >> 16 & 0xFF) - (rgb[0] & 0xFF)) < 24 && Math.abs((p >> 8 & 0xFF) - (rgb[1] & 0xFF)) < 24
                        && Math.abs((p & 0xFF) - (rgb[2] & 0xFF)) < 24) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void theWorkbookPrintsOnAtMostTwelveLandscapePages() {
        assumeTrue(skipped == null, skipped);
        System.out.println("printed workbook: " + pages.size() + " pages");
        assertThat(pages).hasSizeBetween(4, 12); // one page at least per sheet
        assertThat(pages).allSatisfy(p -> assertThat(p.getWidth()).as("landscape").isGreaterThan(p.getHeight()));
    }

    @Test
    void theChartIsOnOnePageWithBothSeriesDrawn() {
        assumeTrue(skipped == null, skipped);
        BufferedImage chart = pages.get(pages.size() - 1); // the chart sheet is the last
        int targets = pixelsOf(chart, XlsxExporter.TARGET_RGB);
        int actuals = pixelsOf(chart, XlsxExporter.ACTUAL_RGB);
        System.out.println("chart page: " + targets + " target-blue and " + actuals + " actual-orange pixels at "
                + DPI + " dpi");
        assertThat(targets).as("target bars drawn").isGreaterThan(MIN_BAR_PIXELS);
        assertThat(actuals).as("actual bars drawn").isGreaterThan(MIN_BAR_PIXELS);
        // not split: the page before it (the reports table) has no bar colours
        BufferedImage before = pages.get(pages.size() - 2);
        assertThat(pixelsOf(before, XlsxExporter.TARGET_RGB) + pixelsOf(before, XlsxExporter.ACTUAL_RGB))
                .isLessThan(MIN_BAR_PIXELS / 10);
    }
}
