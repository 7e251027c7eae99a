package org.zhibiao.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhibiao.model.Qualifier;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class CompletionRulesTest {

    @ParameterizedTest(name = "{0} target {1}, actual {2} → {3}")
    @CsvSource({
            "ge,     7,   7,    MET",          // exactly the floor
            "ge,     7,   7.4,  MET",          // above, within half a point
            "ge,     7,   7.5,  EXCEEDED",     // half a point above
            "ge,     7,   6.9,  MISSED",       // under the floor
            "'',     6,   6.3,  MET",          // a bare growth target is a floor
            "'',     6,  -1,    MISSED",       // a decline misses any growth target
            "approx, 7,   6.5,  MET",          // 左右: half a point below still met
            "approx, 7,   7.5,  MET",          // half a point above still met
            "approx, 7,   6.4,  MISSED",
            "approx, 7,   7.6,  EXCEEDED",
            "le,     3,   2.1,  MET",          // a ceiling (a price rise within 3%)
            "le,     3,   3,    MET",
            "le,     3,   3.2,  MISSED",
            "qualitative, 0, 5, NOT_COMPARABLE", // words are judged against GDP, not here
    })
    void growth(String q, String target, String actual, Completion expected) {
        assertThat(CompletionRules.growth(Qualifier.fromCode(q.strip()), new BigDecimal(target), new BigDecimal(actual)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "level {0} target {1}, actual {2} → {3}")
    @CsvSource({
            "le,     4.5, 4.7, MISSED",        // unemployment over its ceiling
            "le,     3.5, 3.2, MET",
            "'',     150, 152, EXCEEDED",      // a level target passed
            "ge,     150, 150, MET",
            "ge,     150, 149, MISSED",
            "approx, 100, 101, MET",           // 左右 for levels: within 2 %
            "approx, 100, 97,  MISSED",
    })
    void level(String q, String target, String actual, Completion expected) {
        assertThat(CompletionRules.level(Qualifier.fromCode(q.strip()), new BigDecimal(target), new BigDecimal(actual)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} against GDP {2} → {3}")
    @CsvSource({
            "城镇居民人均可支配收入与经济增长保持同步, 5,   4.1, MET",
            "城镇居民人均可支配收入与经济增长保持同步, 3.7, 4.1, MET",     // within half a point of GDP
            "城镇居民人均可支配收入与经济增长保持同步, 3.5, 4.1, MISSED",
            "农村居民人均可支配收入高于经济增长,       4.2, 4.1, MET",
            "农村居民人均可支配收入高于经济增长,       4.1, 4.1, MISSED",  // faster means faster
            "进出口回稳向好,                           3,   4.1, NOT_COMPARABLE",
    })
    void inWords(String text, String actual, String gdp, Completion expected) {
        assertThat(CompletionRules.qualitative(text, new BigDecimal(actual), new BigDecimal(gdp))).isEqualTo(expected);
    }
}
