package org.zhibiao.cli;

import org.zhibiao.model.Assignment;
import org.zhibiao.service.Dictionary;
import org.zhibiao.service.TeamService;
import org.zhibiao.service.OpenWorkspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;

@Command(name = "assign", mixinStandardHelpOptions = true,
        description = "Gives reports to analysts (as the lead named by --analyst). With --blind-with, two analysts "
                + "annotate each report blind: each gets a copy of the machine's figures and sees only their own "
                + "decisions. With --done, the analyst named by --analyst says their own assignment of each "
                + "report is finished. Without --report, lists the assignments.")
final class AssignCommand extends WorkspaceCommand {

    @Option(names = "--report", paramLabel = "ID", split = ",", description = "report ids (as `list` shows them)")
    List<Long> reports;

    @Option(names = "--to", paramLabel = "ANALYST", description = "the analyst who reviews the reports")
    String to;

    @Option(names = "--blind-with", paramLabel = "ANALYST", description = "a second analyst for blind double annotation")
    String blindWith;

    @Option(names = "--done", description = "mark the reports done: the assignment of the analyst named by --analyst")
    boolean done;

    @Override
    int run(OpenWorkspace ws, PrintWriter out) {
        TeamService team = ws.team(() -> Dictionary.user().extractor(), workspace.analyst(), Clock.systemUTC());
        if (done) {
            markDone(team);
        } else if (reports != null && !reports.isEmpty()) {
            if (to == null || to.isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give --to ANALYST");
            }
            for (long r : reports) {
                if (blindWith != null && !blindWith.isBlank()) {
                    team.assignBlind(r, to.strip(), blindWith.strip());
                } else {
                    team.assign(r, to.strip());
                }
            }
        }
        out.println("report\tanalyst\tblind\tassigned_by\tassigned_at\tdone_at");
        for (Assignment a : team.assignments()) {
            out.println(Tsv.row(a.reportId(), a.analyst(), a.blind(), a.assignedBy(), a.assignedAt(),
                    a.doneAt() == null ? "" : a.doneAt()));
        }
        return 0;
    }

    /** Only one's own assignment is marked done: --to names someone else and is refused rather than ignored. */
    private void markDone(TeamService team) {
        if (reports == null || reports.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --report ID with --done");
        }
        if (to != null || blindWith != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--done marks the assignment of --analyst; it takes no --to or --blind-with");
        }
        for (long r : reports) {
            team.markDone(r);
        }
    }
}
