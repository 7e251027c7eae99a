package org.zhibiao.cli;

import org.zhibiao.export.CsvExporter;
import org.zhibiao.export.ExportFilter;
import org.zhibiao.export.ExportOptions;
import org.zhibiao.export.ExportResult;
import org.zhibiao.export.XlsxExporter;
import org.zhibiao.extract.Lexicon;
import org.zhibiao.service.Dictionary;
import org.zhibiao.service.OpenWorkspace;
import org.zhibiao.service.WorkspaceTarget;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports a workspace for briefings: an Excel workbook (figures, targets vs actuals, reports, "
                + "a chart) and/or the figures as CSV.")
final class ExportCommand implements Callable<Integer> {

    /** The UI languages of headers and labels. */
    enum Lang { zh, en }

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--xlsx", paramLabel = "OUT.xlsx", description = "the workbook to write")
    Path xlsx;

    @Option(names = "--csv", paramLabel = "OUT.csv", description = "the figures table as CSV (UTF-8 with BOM)")
    Path csv;

    @Option(names = "--indicator", paramLabel = "CODE", description = "only this indicator (gdp, fixed_investment …)")
    String indicator;

    @Option(names = "--region", paramLabel = "NAME", description = "only reports of this region, prefecture or province")
    String region;

    @Option(names = "--chart", paramLabel = "CODE", description = "the indicator the chart compares (default: gdp, or --indicator)")
    String chart;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "language of headers and labels (default: zh)")
    Lang lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (xlsx == null && csv == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --xlsx FILE, --csv FILE or both");
        }
        WorkspaceTarget address = workspace.address();
        address.localFile().filter(f -> !Files.exists(f)).ifPresent(f -> {
            throw new IllegalStateException("There is no workspace " + f + ".");
        });
        PrintWriter err = spec.commandLine().getErr();
        ExportOptions options = ExportOptions.defaults()
                .withFilter(ExportFilter.all().withIndicator(indicator).withRegion(region))
                .withLocale(lang == Lang.en ? Locale.ENGLISH : Locale.CHINESE)
                .withChartIndicator(chart);
        Lexicon lexicon = Dictionary.user().lexicon();
        try (OpenWorkspace ws = address.open(java.time.Clock.systemUTC())) {
            if (xlsx != null) {
                ExportResult r = new XlsxExporter(ws.queries(), lexicon).export(xlsx, options, null);
                err.printf("wrote %s: %d figures, %d comparisons, %d reports, %s%n", r.file(), r.figures(),
                        r.comparisons(), r.reports(), chartSummary(r, options));
            }
            if (csv != null) {
                ExportResult r = new CsvExporter(ws.queries(), lexicon).export(csv, options, null);
                err.printf("wrote %s: %d figures%n", r.file(), r.figures());
            }
            err.flush();
            return 0;
        }
    }

    /** What the chart shows, or why there is none: only when no comparison has a growth rate to draw. */
    private static String chartSummary(ExportResult r, ExportOptions options) {
        if (r.chartYear() == null) {
            return "no chart (no target or result growth rate for " + options.chartIndicator() + ")";
        }
        if (r.chartRegion() != null) {
            return "chart of " + count(r.chartRegions(), "indicator") + " of " + r.chartRegion() + " for " + r.chartYear();
        }
        return "chart of " + count(r.chartRegions(), "region") + " (" + options.chartIndicator() + ") for " + r.chartYear();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
