package org.zhibiao.cli;

import org.zhibiao.model.ReportIdentity;
import org.zhibiao.model.ReportSummary;
import org.zhibiao.service.OpenWorkspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the reports of a workspace with their review progress.")
final class ListCommand extends WorkspaceCommand {

    @Option(names = "--format", description = "tsv (default) or json", defaultValue = "tsv")
    Format format;

    @Override
    int run(OpenWorkspace ws, PrintWriter out) {
        var summaries = ws.queries().summaries();
        if (format == Format.tsv) {
            out.println("doc\tregion\treport_year\tdoc_type\tfigures\tpending\treviewed\tid");
        }
        for (ReportSummary s : summaries) {
            ReportIdentity id = s.report().identity();
            if (format == Format.tsv) {
                out.println(Tsv.row(s.report().fileName(), id.region(), id.reportYear(), id.docType().code(),
                        s.figures(), s.pending(), s.reviewed(), s.report().id()));
            } else {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("doc", s.report().fileName());
                o.put("region", id.region());
                o.put("report_year", id.reportYear());
                o.put("doc_type", id.docType().code());
                o.put("figures", s.figures());
                o.put("pending", s.pending());
                o.put("reviewed", s.reviewed());
                o.put("id", s.report().id());
                out.println(Json.object(o));
            }
        }
        return 0;
    }
}
