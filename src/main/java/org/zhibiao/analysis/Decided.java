package org.zhibiao.analysis;

/** Figures two analysts decided on, and how far they agreed: one report's or all reports' together. */
public interface Decided {

    Agreement.DecisionTable decisionTable();

    /** Machine figures both analysts decided on: the items of kappa. */
    default int decisions() {
        return decisionTable().total();
    }

    /** Of those, the ones both accepted or both rejected. */
    default int agreedDecisions() {
        return decisionTable().agreed();
    }

    /** Cohen's kappa of the decisions; NaN without any (see {@link Kappa} for the edge cases). */
    default double kappa() {
        return decisionTable().kappa();
    }
}
