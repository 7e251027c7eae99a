package org.zhibiao.service;

import org.zhibiao.model.Problem;
import org.zhibiao.extract.DocumentFrame;
import org.zhibiao.extract.Extractor;
import org.zhibiao.extract.Reason;
import org.zhibiao.model.Figure;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Report;
import org.zhibiao.store.Workspace;
import org.zhibiao.store.WorkspaceException;
import org.zhibiao.text.Normalizer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Why the engine reads a stored report as it does: the evidence for its year, place and type, and for each
 * figure's kind, year, indicator and numbers. The engine is run again on the report's text with the years the
 * analysts settled (a millisecond or two), so the reasons are in the engine's words of today and in the user's
 * language; a figure an analyst added or changed has no engine reasons of its own.
 */
public final class ExplainService {

    /** A report's reasons: the frame, and each figure's reasons by (indicator, kind, year). */
    public record Explanation(DocumentFrame frame, Map<String, List<Reason>> figures, String text) {

        /** The reasons for a figure as the engine reads it, or an empty list when the engine does not find it. */
        public List<Reason> of(Figure f) {
            return figures.getOrDefault(key(f.indicator(), f.kind(), f.year()), List.of());
        }

        /** One line per reason, in the locale's language. */
        public List<String> lines(List<Reason> reasons, Locale locale) {
            return reasons.stream().map(r -> r.render(locale)).toList();
        }
    }

    private final Workspace workspace;
    private final java.util.function.Supplier<Extractor> extractor;
    private final Normalizer normalizer = new Normalizer();

    public ExplainService(Workspace workspace, java.util.function.Supplier<Extractor> extractor) {
        this.workspace = workspace;
        this.extractor = extractor;
    }

    public Explanation explain(long reportId) {
        Report report = workspace.inTransaction(() -> workspace.reports().byId(reportId))
                .orElseThrow(() -> new WorkspaceException(Problem.Kind.NO_REPORT, String.valueOf(reportId)));
        String text = workspace.inTransaction(() -> workspace.reports().text(reportId));
        var normalized = normalizer.normalize(text);
        Extractor.Reading r = extractor.get().read(normalized, report.identity().reportYear(), report.identity().reviewYear());
        Map<String, List<Reason>> byKey = new HashMap<>();
        for (int i = 0; i < r.figures().size(); i++) {
            Figure f = r.figures().get(i);
            byKey.put(key(f.indicator(), f.kind(), f.year()), r.reasons().get(i));
        }
        return new Explanation(r.frame(), Map.copyOf(byKey), normalized.text());
    }

    static String key(String indicator, Kind kind, Integer year) {
        return indicator + '|' + kind.code() + '|' + year;
    }
}
