package org.zhibiao.cli;

import org.zhibiao.analysis.Evaluation;
import org.zhibiao.analysis.FigureMatch;
import org.zhibiao.service.Dictionary;
import org.zhibiao.service.EvaluationService;
import org.zhibiao.service.OpenWorkspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores the engine with the rules of the gold schema's score.py: against gold files "
                + "(--gold indicators.tsv [--reports docs.tsv] PATH...), or against what analysts decided in a "
                + "workspace (--workspace W: every report with no pending figure; confirmed, corrected and added "
                + "figures are the truth).",
                "Prints precision, recall and F1 per document and overall, identification accuracy, how well the "
                        + "confidence separates right from wrong figures, and every miss."})
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "INDICATORS.tsv", description = "gold figures (indicators.tsv of the gold schema)")
    Path gold;

    @Option(names = "--reports", paramLabel = "DOCS.tsv", description = "gold identities (docs.tsv of the gold schema)")
    Path reports;

    @Option(names = "--show", paramLabel = "N", defaultValue = "200", description = "list at most N misses (default 200)")
    int show;

    @CommandLine.Mixin
    WorkspaceOption workspace;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "report files or directories, with --gold")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        EvaluationService service = new EvaluationService(EarlyEngine.extractor());
        EvaluationService.Outcome o;
        if (gold != null) {
            if (paths == null || paths.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--gold needs the report files to score");
            }
            o = service.files(gold, reports, paths);
        } else if (workspace.workspace != null && !workspace.workspace.isBlank()) {
            try (OpenWorkspace ws = workspace.open()) {
                o = ws.evaluate(EarlyEngine.extractor());
            }
        } else {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --gold with files, or --workspace");
        }
        print(out, o);
        out.flush();
        return 0;
    }

    private void print(PrintWriter out, EvaluationService.Outcome o) {
        Evaluation.Result r = o.result();
        for (Evaluation.DocScore d : r.docs()) {
            FigureMatch.Score s = d.score();
            out.printf(Locale.ROOT, "%-40s truth %3d  pred %3d  P %.3f  R %.3f  F1 %.3f%n", d.doc(), d.truth(), d.predicted(),
                    s.precision(), s.recall(), s.f1());
        }
        if (!r.misses().isEmpty()) {
            out.println();
            r.misses().stream().limit(show).forEach(m -> out.println(m.toString()));
            out.println();
        }
        for (Evaluation.IdMiss m : r.idMisses()) {
            out.printf("%-40s %-12s truth %s  got %s%n", m.doc(), m.column(), dash(m.truth()), dash(m.got()));
        }
        if (r.idScored() > 0) {
            out.printf(Locale.ROOT, "identification: %d documents  accuracy %.3f%n", r.idScored() / 6, r.identificationAccuracy());
        }
        out.printf(Locale.ROOT, "confidence: %d right, %d wrong  AUROC %.3f  wrong figures in the least confident fifth %.3f%n",
                r.right(), r.wrong(), r.confidenceAuroc(), r.wrongInLowestFifth());
        if (!o.candidateNames().isEmpty()) {
            out.println("names analysts added figures for that the lexicon lacks (candidate synonyms):");
            for (Map.Entry<String, Integer> e : o.candidateNames().entrySet()) {
                out.printf("  %s\t%d%n", e.getKey(), e.getValue());
            }
        }
        FigureMatch.Score s = r.overall();
        out.printf(Locale.ROOT, "overall: %d documents  tp %d fp %d fn %d  P %.3f  R %.3f  F1 %.3f%n", o.documents(),
                s.tp(), s.fp(), s.fn(), s.precision(), s.recall(), s.f1());
    }

    private static String dash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }
}
