package org.zhibiao.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuantityScannerTest {

    private final QuantityScanner scanner = new QuantityScanner(Units.loadDefault());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "完成129亿元,增长    | 129   | 亿元  | false",  // the usual level
            "增长12 %以上       | 12    | %     | false",  // a space before the percent sign
            "新增三千二百户     | 3200  | 户    | false",  // Chinese numeral
            "城镇新增就业两万人 | 2     | 万人  | false",  // a trailing 万 belongs to the unit as written
            "达到3.5万人        | 3.5   | 万人  | false",
            "收入41,165元       | 41165 | 元    | false",  // thousands separator
            "增长6.5%-7%        | 6.5   | %     | true",   // a range gives its lower bound
            "增长6-7%           | 6     | %     | true",
            "产量10.63亿斤      | 10.63 | 亿斤  | false",
            "利用外资120万美元  | 120   | 万美元| false",
            "新增3000余人       | 3000  | 人    | false",  // 余 between number and unit
            "增长百分之八       | 8     | %     | false",  // a percentage in words
            "增长百分之三点五   | 3.5   | %     | false",
            "增长-1.5%          | -1.5  | %     | false",  // a minus sign after a word
    })
    void findsTheQuantity(String text, String value, String unit, boolean range) {
        List<Quantity> found = scanner.scan(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).value().toPlainString()).isEqualTo(value);
        assertThat(found.get(0).unit()).isEqualTo(unit);
        assertThat(found.get(0).range()).isEqualTo(range);
    }

    @Test
    void ignoresNumbersWithoutUnitsAndCodes() {
        // 5G and M2 are names; 2023 alone has no unit; 一个 is a word
        assertThat(scanner.scan("建设5G基站,M2余额,2023,一个中心")).isEmpty();
    }

    @Test
    void spansCoverNumberAndUnit() {
        String text = "地区生产总值完成129亿元,同比增长3.1%";
        List<Quantity> found = scanner.scan(text);
        assertThat(found).extracting(q -> text.substring(q.start(), q.end())).containsExactly("129亿元", "3.1%");
    }
}
