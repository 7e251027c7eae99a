package org.zhibiao.cli;

import org.zhibiao.service.CompareService;
import org.zhibiao.analysis.Comparison;
import org.zhibiao.service.OpenWorkspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compares each region's targets with its results, per indicator and year "
                + "(rules: docs/comparison-rules.md).")
final class CompareCommand extends WorkspaceCommand {

    @Option(names = "--indicator", paramLabel = "CODE", description = "one indicator, e.g. gdp (default: all)")
    String indicator;

    @Option(names = "--year", paramLabel = "Y", description = "one year (default: all)")
    Integer year;

    @Option(names = "--reviewed", description = "only figures an analyst has reviewed")
    boolean reviewed;

    @Option(names = "--format", description = "tsv (default) or json", defaultValue = "tsv")
    Format format;

    @Override
    int run(OpenWorkspace ws, PrintWriter out) {
        var rows = ws.compare().compare(new CompareService.Query(indicator, year, reviewed));
        if (format == Format.tsv) {
            out.println("region\tprefecture\tprovince\tindicator\tyear\ttarget_growth\tactual_growth\tgap_pp\t"
                    + "target_value\tactual_value\tunit\tstatus");
        }
        for (Comparison c : rows) {
            if (format == Format.tsv) {
                out.println(Tsv.row(c.region().name(), c.region().prefecture(), c.region().province(), c.indicator(),
                        c.year(), c.targetGrowth(), c.actualGrowth(), c.gapPp(), c.targetValue(), c.actualValue(),
                        c.unit(), c.status().code()));
            } else {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("region", c.region().name());
                o.put("prefecture", c.region().prefecture());
                o.put("province", c.region().province());
                o.put("region_code", c.region().code());
                o.put("indicator", c.indicator());
                o.put("year", c.year());
                o.put("target_growth", c.targetGrowth());
                o.put("actual_growth", c.actualGrowth());
                o.put("gap_pp", c.gapPp());
                o.put("target_value", c.targetValue());
                o.put("actual_value", c.actualValue());
                o.put("unit", c.unit());
                o.put("qualifier", c.qualifier().code());
                o.put("status", c.status().code());
                o.put("measure", c.measure());
                o.put("reviewed", c.reviewed());
                out.println(Json.object(o));
            }
        }
        return 0;
    }
}
