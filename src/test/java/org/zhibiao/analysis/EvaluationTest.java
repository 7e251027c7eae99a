package org.zhibiao.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How well confidence separates right figures from wrong ones: AUROC and the wrong share of the lowest fifth. */
class EvaluationTest {

    /** "0.9+ 0.5-": confidence and right (+) or wrong (-). */
    private static List<double[]> figures(String s) {
        List<double[]> out = new ArrayList<>();
        for (String f : s.trim().split("\\s+")) {
            out.add(new double[] {Double.parseDouble(f.substring(0, f.length() - 1)), f.endsWith("+") ? 1 : 0});
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "0.9+ 0.8+ 0.3- 0.2-; 1.0; every wrong one below every right one",
            "0.3+ 0.2+ 0.9- 0.8-; 0.0; confidence upside down",
            "0.5+ 0.5-; 0.5; a tie counts half",
            "0.9+ 0.7- 0.8+ 0.6+; 0.6666666666666666; two of three right ones above the wrong one",
    })
    void auroc(String figures, double expected, String why) {
        assertThat(Evaluation.auroc(figures(figures))).as(why).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "0.1- 0.9+ 0.9+ 0.9+ 0.9+ 0.2- 0.9+ 0.9+ 0.9+ 0.9+; 1.0; both wrong in the lowest two of ten",
            "0.5- 0.5+ 0.9+ 0.9+ 0.9+; 0.0; a tie at the cut is not counted for the engine",
            "0.1- 0.9- 0.9+ 0.9+ 0.9+; 0.5; one of two wrong ones in the lowest one",
    })
    void wrongInLowestFifth(String figures, double expected, String why) {
        assertThat(Evaluation.wrongInLowestFifth(figures(figures))).as(why).isEqualTo(expected);
    }
}
