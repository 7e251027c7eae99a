package org.zhibiao.store;

import org.junit.jupiter.api.Test;
import org.zhibiao.model.Figure;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Span;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** An import keeps no more of a figure's source text than the store writes (FigureStore.asStored). */
class FigureStoreClipTest {

    private static Figure figure(String text) {
        return new Figure("gdp", Kind.ACTUAL, 2023, new BigDecimal("812.6"), "亿元", new BigDecimal("5.2"),
                Qualifier.NONE, text, new Span(10, 10 + text.length()), 0.9, "rule");
    }

    @Test
    void aShortTextIsKeptAndALongOneCutWhereTheStoreCutsIt() {
        Figure shortOne = figure("地区生产总值812.6亿元");
        assertThat(FigureStore.asStored(shortOne)).isSameAs(shortOne);
        Figure longOne = figure("增".repeat(100_000));
        Figure stored = FigureStore.asStored(longOne);
        assertThat(stored.text()).isEqualTo("增".repeat(4000));
        assertThat(stored).usingRecursiveComparison().ignoringFields("text").isEqualTo(longOne);
    }
}
