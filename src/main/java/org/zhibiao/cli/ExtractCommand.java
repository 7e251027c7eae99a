package org.zhibiao.cli;

import org.zhibiao.extract.Reason;
import org.zhibiao.model.Figure;
import org.zhibiao.service.DocumentReader;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints the core indicators stated in each report: one row per (indicator, kind, year).")
final class ExtractCommand extends ReadingCommand {

    private static final List<String> HEADER = List.of("doc", "indicator", "kind", "year", "value", "unit",
            "growth_pct", "qualifier", "text", "start", "end", "confidence", "rule");

    @Override
    List<String> header() {
        return HEADER;
    }

    @Override
    void print(PrintWriter out, DocumentReader.Result r) {
        String doc = r.file().getFileName().toString();
        List<Figure> figures = r.reading().figures();
        List<List<Reason>> reasons = r.reading().reasons();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            List<Reason> why = i < reasons.size() ? reasons.get(i) : List.of();
            if (format == Format.tsv) {
                out.println(Tsv.row(doc, f.indicator(), f.kind().code(), f.year(), f.value(), f.unit(), f.growthPct(),
                        f.qualifier().code(), f.text(), f.span().start(), f.span().end(), f.confidence(), f.rule()));
                if (explain) {
                    Explain.print(out, why, r.text().text());
                }
            } else {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("doc", doc);
                o.put("indicator", f.indicator());
                o.put("kind", f.kind().code());
                o.put("year", f.year());
                o.put("value", f.value());
                o.put("unit", f.unit());
                o.put("growth_pct", f.growthPct());
                o.put("qualifier", f.qualifier().code());
                o.put("text", f.text());
                o.put("start", f.span().start());
                o.put("end", f.span().end());
                o.put("confidence", f.confidence());
                o.put("rule", f.rule());
                if (explain) {
                    o.put("reasons", Explain.lines(why, r.text().text()));
                }
                out.println(Json.object(o));
            }
        }
    }
}
