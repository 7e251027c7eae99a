package org.zhibiao.cli;

import org.zhibiao.model.ReportIdentity;
import org.zhibiao.service.DocumentReader;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "identify", mixinStandardHelpOptions = true,
        description = "Prints whose report each document is, for which years, and what kind of document.")
final class IdentifyCommand extends ReadingCommand {

    private static final List<String> HEADER = List.of("doc", "province", "prefecture", "region", "report_year",
            "review_year", "doc_type", "region_code");

    @Override
    DocumentReader reader(org.zhibiao.extract.Extractor extractor) {
        return DocumentReader.identityOnly(extractor);
    }

    @Override
    List<String> header() {
        return HEADER;
    }

    @Override
    void print(PrintWriter out, DocumentReader.Result r) {
        String doc = r.file().getFileName().toString();
        ReportIdentity id = r.reading().identity();
        if (format == Format.tsv) {
            out.println(Tsv.row(doc, id.province(), id.prefecture(), id.region(), id.reportYear(), id.reviewYear(),
                    id.docType().code(), id.regionCode()));
            if (explain && r.reading().frame() != null) {
                var f = r.reading().frame();
                out.println("#\tyear");
                Explain.print(out, f.yearReasons(), r.text().text());
                out.println("#\tplace");
                Explain.print(out, f.placeReasons(), r.text().text());
                out.println("#\ttype");
                Explain.print(out, f.typeReasons(), r.text().text());
            }
        } else {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("doc", doc);
            o.put("province", id.province());
            o.put("prefecture", id.prefecture());
            o.put("region", id.region());
            o.put("report_year", id.reportYear());
            o.put("review_year", id.reviewYear());
            o.put("doc_type", id.docType().code());
            o.put("region_code", id.regionCode());
            if (explain && r.reading().frame() != null) {
                var f = r.reading().frame();
                o.put("year_reasons", Explain.lines(f.yearReasons(), r.text().text()));
                o.put("place_reasons", Explain.lines(f.placeReasons(), r.text().text()));
                o.put("type_reasons", Explain.lines(f.typeReasons(), r.text().text()));
            }
            out.println(Json.object(o));
        }
    }
}
