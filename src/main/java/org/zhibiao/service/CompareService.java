package org.zhibiao.service;

import org.zhibiao.analysis.Ambition;
import org.zhibiao.analysis.Comparison;
import org.zhibiao.analysis.PlanProgress;
import org.zhibiao.analysis.TargetsVsActuals;
import org.zhibiao.model.RegionalFigure;
import org.zhibiao.store.Workspace;

import java.util.List;

/** Loads figures from a workspace and compares them: the use case behind the compare command and view. */
public final class CompareService {

    /**
     * What to compare.
     *
     * @param indicator    one indicator code, or null for all
     * @param year         one year, or null for all
     * @param reviewedOnly only figures an analyst reviewed
     */
    public record Query(String indicator, Integer year, boolean reviewedOnly) {
    }

    private final Workspace workspace;

    public CompareService(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<RegionalFigure> figures(Query q) {
        return workspace.inTransaction(() -> workspace.figures().regional(q.indicator(), q.reviewedOnly()));
    }

    public List<Comparison> compare(Query q) {
        // GDP is loaded with any indicator: targets in words are judged against the economy's growth
        // one year's targets and results are all a comparison for that year needs (read through the index)
        List<RegionalFigure> all = workspace.inTransaction(() -> {
            List<RegionalFigure> f = new java.util.ArrayList<>(workspace.figures().regional(q.indicator(), q.year(), q.reviewedOnly()));
            if (q.indicator() != null && !q.indicator().equals("gdp")) {
                f.addAll(workspace.figures().regional("gdp", q.year(), q.reviewedOnly()));
            }
            return f;
        });
        return TargetsVsActuals.compare(all).stream()
                .filter(c -> q.indicator() == null || c.indicator().equals(q.indicator()))
                .filter(c -> q.year() == null || c.year() == q.year())
                .toList();
    }

    public List<Ambition> ambition(Query q) {
        return TargetsVsActuals.ambition(figures(q)).stream().filter(a -> q.year() == null || a.year() == q.year()).toList();
    }

    public List<PlanProgress> plans(Query q) {
        return TargetsVsActuals.plans(figures(q));
    }
}
