package org.zhibiao.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChineseNumberTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "129        | 129",          // plain integer
            "33.8       | 33.8",         // decimal
            "41,165     | 41165",        // thousands separator
            "1,234,567.5| 1234567.5",    // several separators and a decimal
            "1.2万      | 12000",        // Arabic digits with a Chinese magnitude
            "3亿        | 300000000",    // whole number with 亿
            "一百二十   | 120",          // Chinese numeral with units
            "三千零二十六| 3026",        // 零 for a skipped place
            "一千零二十 | 1020",
            "两万       | 20000",        // 两 is two
            "十二       | 12",           // a leading 十 means one ten
            "二十       | 20",
            "一万二千   | 12000",        // 万 in the middle
            "一亿二千万 | 120000000",    // 亿 then 万
            "三点五     | 3.5",          // 点 is the decimal point
            "二〇二三   | 2023",         // digit by digit, as years are written
            "五         | 5",
    })
    void parses(String text, String expected) {
        assertThat(ChineseNumber.parse(text)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @Test
    void plainDigitsGiveWhatBigDecimalGivesValueAndScale() {
        java.util.Random random = new java.util.Random(17);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            int digits = 1 + random.nextInt(k % 10 == 0 ? 22 : 8);
            int point = random.nextInt(3) == 0 ? 1 + random.nextInt(digits) : -1;
            for (int i = 0; i < digits; i++) {
                if (i == point) {
                    b.append('.');
                }
                b.append((char) ('0' + (random.nextInt(3) == 0 ? 0 : random.nextInt(10))));
            }
            String s = b.toString();
            java.math.BigDecimal expected = new java.math.BigDecimal(s).stripTrailingZeros();
            if (expected.scale() < 0) {
                expected = expected.setScale(0);
            }
            assertThat(ChineseNumber.parse(s)).as(s).isEqualTo(expected); // equals: the same value and scale
        }
    }

    @Test
    void valuesCarryNoTrailingZeros() {
        assertThat(ChineseNumber.parse("12.50").toPlainString()).isEqualTo("12.5");
        assertThat(ChineseNumber.parse("1.2万").toPlainString()).isEqualTo("12000");
    }

    @Test
    void rejectsWhatIsNotANumber() {
        assertThatThrownBy(() -> ChineseNumber.parse("增长")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> ChineseNumber.parse("")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> ChineseNumber.parse("三点")).isInstanceOf(NumberFormatException.class);
    }
}
