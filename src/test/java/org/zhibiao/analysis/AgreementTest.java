package org.zhibiao.analysis;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhibiao.model.Figure;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Span;
import org.zhibiao.model.Status;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.zhibiao.model.Kind.ACTUAL;
import static org.zhibiao.model.Kind.TARGET;
import static org.zhibiao.model.Qualifier.APPROX;
import static org.zhibiao.model.Qualifier.AT_LEAST;
import static org.zhibiao.model.Qualifier.AT_MOST;
import static org.zhibiao.model.Qualifier.NONE;

class AgreementTest {

    private static final double EPS = 1e-12;

    /** A figure with only the fields the match looks at; text, span and rule do not matter to it. */
    private static Figure fig(String indicator, Kind kind, Integer year, String value, String unit, String growth,
                              Qualifier qualifier) {
        return new Figure(indicator, kind, year, value == null ? null : new BigDecimal(value), unit,
                growth == null ? null : new BigDecimal(growth), qualifier, "", new Span(0, 0), 1.0, "test");
    }

    private static Figure growth(String indicator, String pct) {
        return fig(indicator, ACTUAL, 2023, null, "", pct, NONE);
    }

    @Nested
    class FigureMatchRule {

        static Stream<Arguments> cases() {
            Figure gdp = fig("gdp", ACTUAL, 2023, "12345.6", "亿元", "5.2", NONE);
            return Stream.of(
                    Arguments.of("same figure", List.of(gdp), List.of(gdp), 1, 0, 0),
                    Arguments.of("growth differs",
                            List.of(gdp), List.of(fig("gdp", ACTUAL, 2023, "12345.6", "亿元", "5.3", NONE)), 0, 1, 1),
                    Arguments.of("value differs",
                            List.of(gdp), List.of(fig("gdp", ACTUAL, 2023, "12354.6", "亿元", "5.2", NONE)), 0, 1, 1),
                    Arguments.of("value written with another scale is the same number",
                            List.of(gdp), List.of(fig("gdp", ACTUAL, 2023, "12345.60", "亿元", "5.20", NONE)), 1, 0, 0),
                    Arguments.of("unit differs with a value",
                            List.of(gdp), List.of(fig("gdp", ACTUAL, 2023, "12345.6", "万元", "5.2", NONE)), 0, 1, 1),
                    Arguments.of("unit ignored when neither has a value",
                            List.of(fig("cpi", TARGET, 2024, null, "", "3", AT_MOST)),
                            List.of(fig("cpi", TARGET, 2024, null, "%", "3", AT_MOST)), 1, 0, 0),
                    Arguments.of("value on one side only",
                            List.of(fig("cpi", TARGET, 2024, null, "", "3", AT_MOST)),
                            List.of(fig("cpi", TARGET, 2024, "3", "%", "3", AT_MOST)), 0, 1, 1),
                    // tolerance 1e-6 · max(1, |a|, |b|): for 5.2 that is 5.2e-6
                    Arguments.of("growth within relative tolerance",
                            List.of(growth("gdp", "5.2")), List.of(growth("gdp", "5.2000049")), 1, 0, 0),
                    Arguments.of("growth just outside relative tolerance",
                            List.of(growth("gdp", "5.2")), List.of(growth("gdp", "5.200006")), 0, 1, 1),
                    // below 1 the scale is 1: an absolute 1e-6
                    Arguments.of("small growth within absolute floor",
                            List.of(growth("cpi", "0.3")), List.of(growth("cpi", "0.3000009")), 1, 0, 0),
                    Arguments.of("small growth outside absolute floor",
                            List.of(growth("cpi", "0.3")), List.of(growth("cpi", "0.300002")), 0, 1, 1),
                    // 0.1 apart out of 1.2e8: 8e-10 relative
                    Arguments.of("large value within relative tolerance",
                            List.of(fig("grain", ACTUAL, 2023, "123456789", "吨", null, NONE)),
                            List.of(fig("grain", ACTUAL, 2023, "123456789.1", "吨", null, NONE)), 1, 0, 0),
                    Arguments.of("qualifier differs",
                            List.of(fig("gdp", TARGET, 2024, null, "", "5", APPROX)),
                            List.of(fig("gdp", TARGET, 2024, null, "", "5", AT_LEAST)), 0, 1, 1),
                    Arguments.of("kind differs: another key",
                            List.of(fig("gdp", TARGET, 2023, null, "", "5.2", NONE)), List.of(growth("gdp", "5.2")),
                            0, 1, 1),
                    Arguments.of("year differs: another key",
                            List.of(fig("gdp", ACTUAL, 2022, null, "", "5.2", NONE)), List.of(growth("gdp", "5.2")),
                            0, 1, 1),
                    Arguments.of("no year on both sides is one key",
                            List.of(fig("gdp", ACTUAL, null, null, "", "5.2", NONE)),
                            List.of(fig("gdp", ACTUAL, null, null, "", "5.2", NONE)), 1, 0, 0),
                    Arguments.of("duplicate keys: each finds its equal, whatever the order",
                            List.of(growth("gdp", "5"), growth("gdp", "6")),
                            List.of(growth("gdp", "6"), growth("gdp", "5")), 2, 0, 0),
                    Arguments.of("duplicate keys: a reference figure is used once",
                            List.of(growth("gdp", "5"), growth("gdp", "6")),
                            List.of(growth("gdp", "5"), growth("gdp", "5")), 1, 1, 1),
                    Arguments.of("empty vs empty", List.of(), List.of(), 0, 0, 0),
                    Arguments.of("nothing to find, one proposed", List.of(), List.of(gdp), 0, 1, 0),
                    Arguments.of("one to find, nothing proposed", List.of(gdp), List.of(), 0, 0, 1));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        void counts(String name, List<Figure> reference, List<Figure> other, int tp, int fp, int fn) {
            assertThat(FigureMatch.score(reference, other)).isEqualTo(new FigureMatch.Score(tp, fp, fn));
        }

        @Test
        void emptyAgainstEmptyIsPerfect() {
            FigureMatch.Score s = FigureMatch.score(List.of(), List.of());
            assertThat(s.precision()).isEqualTo(1.0);
            assertThat(s.recall()).isEqualTo(1.0);
            assertThat(s.f1()).isEqualTo(1.0);
        }

        @Test
        void emptyAgainstNonEmptyFollowsPrf() {
            Figure gdp = growth("gdp", "5.2");
            FigureMatch.Score extra = FigureMatch.score(List.of(), List.of(gdp));   // tp 0 fp 1 fn 0
            assertThat(extra.precision()).isEqualTo(0.0);
            assertThat(extra.recall()).isEqualTo(1.0);                               // tp + fn == 0
            assertThat(extra.f1()).isEqualTo(0.0);
            FigureMatch.Score missed = FigureMatch.score(List.of(gdp), List.of());  // tp 0 fp 0 fn 1
            assertThat(missed.precision()).isEqualTo(0.0);                           // nothing proposed, fn > 0
            assertThat(missed.recall()).isEqualTo(0.0);
            assertThat(missed.f1()).isEqualTo(0.0);
        }

        @Test
        void sameFigureHasF1One() {
            Figure gdp = growth("gdp", "5.2");
            assertThat(FigureMatch.score(List.of(gdp), List.of(gdp)).f1()).isEqualTo(1.0);
        }

        @Test
        void precisionRecallF1AndMicroAverage() {
            // P = 3/6, R = 3/4, F1 = 2·0.5·0.75 / 1.25 = 0.6
            FigureMatch.Score s = new FigureMatch.Score(3, 3, 1);
            assertThat(s.precision()).isCloseTo(0.5, within(EPS));
            assertThat(s.recall()).isCloseTo(0.75, within(EPS));
            assertThat(s.f1()).isCloseTo(0.6, within(EPS));
            // summed counts, not averaged F1s: tp 4 fp 3 fn 2
            assertThat(s.plus(new FigureMatch.Score(1, 0, 1))).isEqualTo(new FigureMatch.Score(4, 3, 2));
            assertThat(FigureMatch.Score.ZERO.plus(s)).isEqualTo(s);
        }
    }

    @Nested
    class KappaValues {

        @Test
        void twoByTwoTable() {
            // rows A (accept, reject), columns B: 20 5 / 10 15, n = 50
            // po = (20 + 15) / 50 = 0.7
            // A: accept 25, reject 25; B: accept 30, reject 20
            // pe = (25·30 + 25·20) / 50² = (750 + 500) / 2500 = 0.5
            // κ = (0.7 − 0.5) / (1 − 0.5) = 0.4
            Kappa.Result r = Kappa.measureTable(new long[][]{{20, 5}, {10, 15}});
            assertThat(r.items()).isEqualTo(50);
            assertThat(r.observed()).isCloseTo(0.7, within(EPS));
            assertThat(r.expected()).isCloseTo(0.5, within(EPS));
            assertThat(r.kappa()).isCloseTo(0.4, within(EPS));
            assertThat(Kappa.ofTable(new long[][]{{20, 5}, {10, 15}})).isCloseTo(0.4, within(EPS));
        }

        @Test
        void threeLabelsFromLists() {
            // items:  1 2 3 4 5 6
            // A:      x x y y z z
            // B:      x y y y z x   → agree on 1, 3, 4, 5: po = 4/6
            // A shares x 2/6, y 2/6, z 2/6; B shares x 2/6, y 3/6, z 1/6
            // pe = (2·2 + 2·3 + 2·1) / 36 = 12/36 = 1/3
            // κ = (2/3 − 1/3) / (1 − 1/3) = 0.5
            List<String> a = List.of("x", "x", "y", "y", "z", "z");
            List<String> b = List.of("x", "y", "y", "y", "z", "x");
            Kappa.Result r = Kappa.measure(a, b);
            assertThat(r.observed()).isCloseTo(4 / 6.0, within(EPS));
            assertThat(r.expected()).isCloseTo(1 / 3.0, within(EPS));
            assertThat(r.kappa()).isCloseTo(0.5, within(EPS));
            assertThat(Kappa.of(b, a)).isCloseTo(0.5, within(EPS)); // symmetric in the raters
        }

        @Test
        void perfectAgreementIsOne() {
            assertThat(Kappa.of(List.of("accept", "reject", "accept"), List.of("accept", "reject", "accept")))
                    .isCloseTo(1.0, within(EPS));
        }

        @Test
        void perfectDisagreementIsMinusOne() {
            // po = 0, pe = ½·½ + ½·½ = ½, κ = −½ / ½ = −1
            assertThat(Kappa.of(List.of("accept", "reject"), List.of("reject", "accept"))).isCloseTo(-1.0, within(EPS));
        }

        @Test
        void oneLabelOnBothSidesIsReportedAsPerfect() {
            // pe = 1·1 = 1: 0/0 by the formula, both raters agreed on every item
            Kappa.Result r = Kappa.measure(List.of("accept", "accept", "accept"), List.of("accept", "accept", "accept"));
            assertThat(r.observed()).isEqualTo(1.0);
            assertThat(r.expected()).isEqualTo(1.0);
            assertThat(r.kappa()).isEqualTo(1.0);
            assertThat(Kappa.ofTable(new long[][]{{0, 0}, {0, 7}})).isEqualTo(1.0);
        }

        @Test
        void oneRaterWithOneLabelIsComputedNormally() {
            // A always accepts, B accepts 3 of 4: po = 3/4, pe = 1·3/4 + 0·1/4 = 3/4, κ = 0
            assertThat(Kappa.of(List.of("accept", "accept", "accept", "accept"),
                    List.of("accept", "accept", "accept", "reject"))).isCloseTo(0.0, within(EPS));
        }

        @Test
        void noItemsIsNaN() {
            assertThat(Kappa.of(List.of(), List.of())).isNaN();
            assertThat(Kappa.ofTable(new long[2][2])).isNaN();
            assertThat(Kappa.ofTable(new long[0][0])).isNaN();
            assertThat(Kappa.measure(List.of(), List.of()).observed()).isNaN();
        }

        @Test
        void rejectsBadInput() {
            assertThatThrownBy(() -> Kappa.of(List.of("accept"), List.of("accept", "reject")))
                    .isInstanceOf(IllegalArgumentException.class);
            List<String> withNull = new ArrayList<>();
            withNull.add(null);
            assertThatThrownBy(() -> Kappa.of(withNull, List.of("accept")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Kappa.ofTable(new long[][]{{1, 2}, {3}}))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Kappa.ofTable(new long[][]{{1, -2}, {3, 4}}))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class OneReport {

        private static final long REPORT = 42;
        private static final Instant AT = Instant.parse("2024-03-01T08:00:00Z");

        private static Annotated ann(String origin, Status status, String analyst, Figure figure) {
            return new Annotated(origin, new ReviewedFigure(0, REPORT, figure, status, analyst, AT, 1));
        }

        // the machine's proposals for one report (a 2024 government work report)
        static final Figure M1 = fig("gdp", TARGET, 2024, null, "", "5", APPROX);                 // 增长5%左右
        static final Figure M2 = fig("gdp", ACTUAL, 2023, "12345.6", "亿元", "5.2", NONE);
        static final Figure M2_FIXED = fig("gdp", ACTUAL, 2023, "12345.6", "亿元", "5.3", NONE);  // A's correction
        static final Figure M3 = fig("fixed_investment", ACTUAL, 2023, null, "", "3", NONE);
        static final Figure M4 = fig("cpi", TARGET, 2024, null, "", "3", AT_MOST);
        static final Figure M5 = fig("unemployment", TARGET, 2024, "5.5", "%", null, AT_MOST);
        static final Figure RETAIL = fig("retail_sales", ACTUAL, 2023, null, "", "7.1", NONE);   // both added
        static final Figure GRAIN = fig("grain", ACTUAL, 2023, "1200", "万吨", null, NONE);       // B added

        static List<Annotated> annotationsA() {
            return List.of(
                    ann("m1", Status.CONFIRMED, "wang", M1),
                    ann("m2", Status.CORRECTED, "wang", M2_FIXED),
                    ann("m3", Status.REJECTED, "wang", M3),
                    ann("m4", Status.REJECTED, "wang", M4),
                    ann("m5", Status.CONFIRMED, "wang", M5),
                    ann(null, Status.ADDED, "wang", RETAIL));
        }

        static List<Annotated> annotationsB() {
            return List.of(
                    ann("m1", Status.CONFIRMED, "li", M1),
                    ann("m2", Status.CONFIRMED, "li", M2),
                    ann("m3", Status.CONFIRMED, "li", M3),
                    ann("m4", Status.REJECTED, "li", M4),
                    ann("m5", Status.PENDING, "li", M5),
                    ann("", Status.ADDED, "li", RETAIL),   // an empty origin is an added figure too
                    ann(null, Status.ADDED, "li", GRAIN));
        }

        @Test
        void countsF1AndKappa() {
            Agreement x = Agreement.of(REPORT, "wang", annotationsA(), "li", annotationsB());

            assertThat(x.reportId()).isEqualTo(REPORT);
            assertThat(x.analystA()).isEqualTo("wang");
            assertThat(x.analystB()).isEqualTo("li");
            // A keeps m1, m2 (corrected), m5, retail; B keeps m1, m2, m3, m5 (pending), retail, grain
            assertThat(x.figuresA()).isEqualTo(4);
            assertThat(x.figuresB()).isEqualTo(6);
            // B against A: m1 ✓, m2 growth 5.2 vs 5.3 ✗, m3 ✗ (A rejected it), m5 ✓, retail ✓, grain ✗;
            // A's corrected m2 is missed: tp 3, fp 3, fn 1 → P 0.5, R 0.75, F1 0.6
            assertThat(x.score()).isEqualTo(new FigureMatch.Score(3, 3, 1));
            assertThat(x.score().f1()).isCloseTo(0.6, within(EPS));

            // decisions: m1 accept/accept, m2 accept/accept (a correction accepts), m3 reject/accept,
            // m4 reject/reject; m5 is pending for B, the added figures have no origin
            assertThat(x.decisionTable()).isEqualTo(new Agreement.DecisionTable(2, 1, 0, 1));
            assertThat(x.decisions()).isEqualTo(4);
            assertThat(x.agreedDecisions()).isEqualTo(3);
            // po = 3/4; A accepts 2/4, B 3/4; pe = 2/4·3/4 + 2/4·1/4 = 0.5; κ = (0.75 − 0.5) / 0.5 = 0.5
            assertThat(x.kappa()).isCloseTo(0.5, within(EPS));
        }

        @Test
        void swappingTheAnalystsKeepsF1AndKappa() {
            Agreement ab = Agreement.of(REPORT, "wang", annotationsA(), "li", annotationsB());
            Agreement ba = Agreement.of(REPORT, "li", annotationsB(), "wang", annotationsA());
            assertThat(ba.score()).isEqualTo(new FigureMatch.Score(3, 1, 3));
            assertThat(ba.score().f1()).isCloseTo(ab.score().f1(), within(EPS));
            assertThat(ba.decisionTable()).isEqualTo(new Agreement.DecisionTable(2, 1, 1, 0));
            assertThat(ba.kappa()).isCloseTo(ab.kappa(), within(EPS));
        }

        @Test
        void overallPoolsCountsAndDecisions() {
            Agreement first = Agreement.of(REPORT, "wang", annotationsA(), "li", annotationsB());
            // a second, smaller report: r1 both confirm, r2 only A accepts, r3 both reject
            Figure r1 = growth("gdp", "6");
            Figure r2 = growth("grain", "1.5");
            Figure r3 = growth("cpi", "0.2");
            Agreement second = Agreement.of(43, "wang",
                    List.of(ann("r1", Status.CONFIRMED, "wang", r1), ann("r2", Status.CONFIRMED, "wang", r2),
                            ann("r3", Status.REJECTED, "wang", r3)),
                    "li",
                    List.of(ann("r1", Status.CONFIRMED, "li", r1), ann("r2", Status.REJECTED, "li", r2),
                            ann("r3", Status.REJECTED, "li", r3)));
            assertThat(second.score()).isEqualTo(new FigureMatch.Score(1, 0, 1));
            assertThat(second.decisionTable()).isEqualTo(new Agreement.DecisionTable(1, 1, 1, 0));
            // po = 2/3; A accepts 2/3, B 1/3; pe = 2/3·1/3 + 1/3·2/3 = 4/9; κ = (6/9 − 4/9) / (5/9) = 0.4
            assertThat(second.kappa()).isCloseTo(0.4, within(EPS));

            Agreement.Overall all = Agreement.overall(List.of(first, second));
            assertThat(all.reports()).isEqualTo(2);
            // tp 3+1, fp 3+0, fn 1+1: P 4/7, R 4/6, F1 = 2·(4/7)·(2/3) / (4/7 + 2/3) = (16/21) / (26/21) = 8/13
            assertThat(all.score()).isEqualTo(new FigureMatch.Score(4, 3, 2));
            assertThat(all.score().f1()).isCloseTo(8 / 13.0, within(EPS));
            // pooled table 3 / 2 / 1 / 1, n = 7: po = 5/7; A accepts 4/7, B 4/7;
            // pe = (4·4 + 3·3) / 49 = 25/49; κ = (35/49 − 25/49) / (24/49) = 10/24 = 5/12
            // (not the mean of 0.5 and 0.4: the decisions are pooled)
            assertThat(all.decisionTable()).isEqualTo(new Agreement.DecisionTable(3, 2, 1, 1));
            assertThat(all.decisions()).isEqualTo(7);
            assertThat(all.agreedDecisions()).isEqualTo(5);
            assertThat(all.kappa()).isCloseTo(5 / 12.0, within(EPS));
        }

        @Test
        void reportWithoutDecisionsHasNaNKappaAndPoolsAsNothing() {
            // both only added figures, or left the machine's figure pending
            Agreement none = Agreement.of(44, "wang",
                    List.of(ann("p1", Status.PENDING, "wang", M1), ann(null, Status.ADDED, "wang", RETAIL)),
                    "li",
                    List.of(ann("p1", Status.CONFIRMED, "li", M1), ann(null, Status.ADDED, "li", RETAIL)));
            assertThat(none.decisions()).isZero();
            assertThat(none.kappa()).isNaN();
            assertThat(none.score()).isEqualTo(new FigureMatch.Score(2, 0, 0)); // pending stands as proposed

            Agreement first = Agreement.of(REPORT, "wang", annotationsA(), "li", annotationsB());
            Agreement.Overall all = Agreement.overall(List.of(first, none));
            assertThat(all.kappa()).isCloseTo(first.kappa(), within(EPS));
            assertThat(all.score()).isEqualTo(new FigureMatch.Score(5, 3, 1));
        }

        @Test
        void overallOfNothing() {
            Agreement.Overall all = Agreement.overall(List.of());
            assertThat(all.reports()).isZero();
            assertThat(all.score()).isEqualTo(FigureMatch.Score.ZERO);
            assertThat(all.kappa()).isNaN();
        }

        @Test
        void oneMachineFigureAnnotatedTwiceIsAnError() {
            List<Annotated> twice = List.of(ann("m1", Status.CONFIRMED, "wang", M1),
                    ann("m1", Status.REJECTED, "wang", M1));
            assertThatThrownBy(() -> Agreement.of(REPORT, "wang", twice, "li", annotationsB()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("m1");
        }
    }
}
