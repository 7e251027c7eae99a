package org.zhibiao.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.model.DocType;
import org.zhibiao.model.Figure;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.ReportIdentity;
import org.zhibiao.model.Span;
import org.zhibiao.model.Status;
import org.zhibiao.model.Progress;
import org.zhibiao.store.Workspace;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export of 100,000 figures, timed, in a forked JVM with -Xmx256m that reports its peak heap. Not run by default
 * (surefire runs *Test classes): {@code mvn -o -B test -Dtest=XlsxExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
class XlsxExportBenchmark {

    static final int REPORTS = 7_143;
    static final int PER_REPORT = 14;
    static final String[] INDICATORS = {"gdp", "fixed_investment", "retail_sales", "budget_revenue",
            "urban_income", "rural_income", "industrial_value_added"};

    @Test
    void exports100000Figures(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bench");
        try (Workspace ws = Workspace.open(file)) {
            fill(ws);
            assertThat(ws.inTransaction(() -> ws.figures().count())).isEqualTo(REPORTS * PER_REPORT);
        }
        for (String kind : List.of("xlsx", "csv")) {
            Path out = dir.resolve("bench." + kind);
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                    XlsxExportBenchmark.class.getName(), file.toString(), out.toString())
                    .redirectErrorStream(true).start();
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            System.out.println(log);
            assertThat(p.exitValue()).as(log).isZero();
        }
    }

    /** 7,143 county reports of 2023 and 2024 with 14 figures each: targets and results of seven indicators. */
    static void fill(Workspace ws) {
        Instant at = Instant.parse("2026-01-05T08:00:00Z");
        for (int start = 0; start < REPORTS; start += 500) {
            int from = start;
            ws.inTransaction(() -> {
                for (int i = from; i < Math.min(REPORTS, from + 500); i++) {
                    int year = 2023 + (i % 2);
                    String region = "样例县" + (i / 2);
                    ReportIdentity id = new ReportIdentity("样例省", "样例市", region, String.format("99%04d", i / 2),
                            year, year - 1, DocType.REPORT);
                    long r = ws.reports().insert("bench_" + i + ".txt", "hash" + i, "UTF-8", id,
                            region + year + "年政府工作报告", at, "bench");
                    List<Figure> figures = new ArrayList<>(PER_REPORT);
                    for (int k = 0; k < INDICATORS.length; k++) {
                        BigDecimal growth = BigDecimal.valueOf(40 + (i * 7 + k * 3) % 60, 1);
                        figures.add(new Figure(INDICATORS[k], Kind.ACTUAL, year - 1, BigDecimal.valueOf(1000 + i, 1),
                                "亿元", growth, Qualifier.NONE, "指标" + k + "完成" + (100 + i) + "亿元，增长" + growth + "%",
                                new Span(k * 20, k * 20 + 18), 0.9, "bench"));
                        figures.add(new Figure(INDICATORS[k], Kind.TARGET, year, null, "", BigDecimal.valueOf(6),
                                Qualifier.APPROX, "指标" + k + "增长6%左右", new Span(200 + k * 20, 210 + k * 20), 0.9, "bench"));
                    }
                    ws.figures().insertAll(r, figures, i % 3 == 0 ? Status.CONFIRMED : Status.PENDING, "bench", at);
                }
                return null;
            });
        }
    }

    /** The forked export: prints time, peak heap and file size. */
    public static void main(String[] args) throws Exception {
        Path workspace = Path.of(args[0]);
        if (args[1].equals("--fill")) { // a workspace to run the export on by hand
            try (Workspace ws = Workspace.open(workspace)) {
                fill(ws);
            }
            return;
        }
        Path out = Path.of(args[1]);
        try (Workspace ws = Workspace.open(workspace)) {
            System.gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            long t0 = System.nanoTime();
            ExportResult r = out.toString().endsWith(".csv")
                    ? new CsvExporter(new org.zhibiao.service.ReportQueries(ws)).export(out, ExportOptions.defaults(), Progress.NONE)
                    : new XlsxExporter(new org.zhibiao.service.ReportQueries(ws)).export(out, ExportOptions.defaults(), Progress.NONE);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf("%s: %d figures, %d comparisons, %d reports in %.2f s; peak heap %.1f MB (max %d MB); "
                            + "file %.1f MB%n", out.getFileName(), r.figures(), r.comparisons(), r.reports(), ms / 1000.0,
                    peak / 1e6, Runtime.getRuntime().maxMemory() / (1024 * 1024), Files.size(out) / 1e6);
        }
    }
}
