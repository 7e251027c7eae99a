package org.zhibiao.cli;

import org.zhibiao.analysis.Agreement;
import org.zhibiao.service.Dictionary;
import org.zhibiao.service.TeamService;
import org.zhibiao.service.OpenWorkspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = "Prints the agreement of every double-annotated report: figure-level F1 between the two "
                + "analysts' final figures (the matching rule of the gold scorer) and Cohen's kappa on their "
                + "accept/reject decisions, then the overall figures.")
final class AgreementCommand extends WorkspaceCommand {

    @Option(names = "--format", description = "tsv (default) or json", defaultValue = "tsv")
    Format format;

    @Override
    int run(OpenWorkspace ws, PrintWriter out) {
        TeamService team = ws.team(() -> Dictionary.user().extractor(), workspace.analyst(), Clock.systemUTC());
        List<Agreement> rows = team.agreement();
        Map<Long, String> names = new LinkedHashMap<>();
        for (var s : ws.queries().summaries()) {
            names.put(s.report().id(), s.report().fileName());
        }
        if (format == Format.tsv) {
            out.println("report\tdoc\tanalyst_a\tanalyst_b\tfigures_a\tfigures_b\ttp\tfp\tfn\tf1\tdecisions\tagreed\tkappa");
            for (Agreement a : rows) {
                out.println(Tsv.row(a.reportId(), names.get(a.reportId()), a.analystA(), a.analystB(), a.figuresA(),
                        a.figuresB(), a.score().tp(), a.score().fp(), a.score().fn(), number(a.score().f1()),
                        a.decisions(), a.agreedDecisions(), number(a.kappa())));
            }
            Agreement.Overall all = Agreement.overall(rows);
            out.println(Tsv.row("all", all.reports() + " reports", "", "", "", "", all.score().tp(), all.score().fp(),
                    all.score().fn(), number(all.score().f1()), all.decisions(), all.agreedDecisions(),
                    number(all.kappa())));
        } else {
            for (Agreement a : rows) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("report", a.reportId());
                o.put("doc", names.get(a.reportId()));
                o.put("analyst_a", a.analystA());
                o.put("analyst_b", a.analystB());
                o.put("tp", a.score().tp());
                o.put("fp", a.score().fp());
                o.put("fn", a.score().fn());
                o.put("f1", number(a.score().f1()));
                o.put("decisions", a.decisions());
                o.put("agreed", a.agreedDecisions());
                o.put("kappa", number(a.kappa()));
                out.println(Json.object(o));
            }
        }
        return 0;
    }

    /** Three decimals; an undefined kappa (no decisions to compare) is left empty rather than printed as NaN. */
    private static String number(double d) {
        return Double.isNaN(d) ? "" : String.format(Locale.ROOT, "%.3f", d);
    }
}
