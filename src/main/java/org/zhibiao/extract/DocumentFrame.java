package org.zhibiao.extract;

import org.zhibiao.model.DocType;
import org.zhibiao.model.ReportIdentity;

import java.util.List;

/**
 * What a whole document is, decided once before any figure is read: whose report, for which year, what kind of
 * text, and whether it was delivered late in the year (so that its 今年 is the year it reviews). Every decision
 * keeps the evidence it was made from.
 *
 * @param identity      the decisions
 * @param deliveredLate a report given in November or December for the next year
 * @param yearReasons   evidence for the report year, the winner's first, then what voted for other years
 *                      (negative weights)
 * @param placeReasons  evidence for the region
 * @param typeReasons   the cues that decided the document type
 */
public record DocumentFrame(ReportIdentity identity, boolean deliveredLate, List<Reason> yearReasons,
                            List<Reason> placeReasons, List<Reason> typeReasons) {

    public DocumentFrame {
        yearReasons = List.copyOf(yearReasons);
        placeReasons = List.copyOf(placeReasons);
        typeReasons = List.copyOf(typeReasons);
    }

    public DocType docType() {
        return identity.docType();
    }

    /** The report year, or 0 when the text names no year. */
    public int reportYear() {
        Integer r = identity.reportYear();
        Integer v = identity.reviewYear();
        return r != null ? r : v != null ? v + 1 : 0;
    }

    public int reviewYear() {
        Integer v = identity.reviewYear();
        return v != null ? v : reportYear() - 1;
    }

    /** How sure the year decision is: the winner's share of all the weight cast, 0..1 (1 with no rival). */
    public double yearCertainty() {
        double forWinner = 0;
        double against = 0;
        for (Reason r : yearReasons) {
            if (r.weight() >= 0) {
                forWinner += r.weight();
            } else {
                against -= r.weight();
            }
        }
        return forWinner + against == 0 ? 0.5 : forWinner / (forWinner + against);
    }
}
