package org.zhibiao.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each normalisation step on its own; ⏎ stands for a line break in the rows. */
class NormalizerTest {

    private final Normalizer normalizer = new Normalizer();

    private String normalize(String input) {
        return normalizer.normalize(input.replace("⏎", "\n")).text().replace("\n", "⏎");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # full-width digits, percent and comma typed with a Chinese input method
            增长１２．５％，总量　　３亿元   | "增长12.5%,总量  3亿元"
            # full-width brackets, colon and semicolon; 、。“”《》 stay Chinese
            （一）目标：增长；《规划》“十四五”、完成。 | "(一)目标:增长;《规划》“十四五”、完成。"
            # a no-break space and zero-width marks from web pages
            人均\u00A0收入\u200B1\u200D2\u00AD元\uFEFF | "人均 收入12元"
            # Windows and old Mac line ends
            第一行\\r\\n第二行\\r第三行       | 第一行⏎第二行⏎第三行
            # a tilde range and a minus
            增长５～６％，下降－２         | "增长5~6%,下降-2"
            # spaces inside lines are the extractor's business
            增长12 %                       | 增长12 %
            """)
    void foldsCharacterVariants(String input, String expected) {
        assertThat(normalize(unescape(input))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # the gloss pattern of sites that annotate traditional text
            地區(qū)生產(chǎn)總值            | 地区生产总值
            # tone marks of all four tones and ü
            經(jīng)濟(jì)綠(lǜ)化               | 经济绿化
            # full-width brackets around a gloss
            發（fā）展                       | 发展
            # too long for a syllable: kept
            项目(abcdefg)                     | 项目(abcdefg)
            # not after a Han character: kept
            增长5%(est)                       | 增长5%(est)
            # upper case is an abbreviation, not a gloss
            国内生产总值(GDP)                  | 国内生产总值(GDP)
            """)
    void removesPinyinGlosses(String input, String expected) {
        assertThat(normalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # after a spaced-out title, the site's tracing token
            政 府 工 作 报 告2Iu              | 政 府 工 作 报 告
            # after a colon at a line end
            各位代表:2Iu⏎现在                 | 各位代表:⏎现在
            # between Han characters and before a space
            县长苏建旗2Iu 各位               | 县长苏建旗 各位
            # upper case and digits only: GDP, 5G, PM2.5, CPI, M2 are words
            GDP增长5G基站PM2.5下降CPI上涨M2增长 | GDP增长5G基站PM2.5下降CPI上涨M2增长
            # R&D is joined by &
            R&D投入增长                       | R&D投入增长
            # units in mixed case are kept
            面积50万m2,发电1万kWh             | "面积50万m2,发电1万kWh"
            # too long to be a watermark
            完成abCDEF项目                    | 完成abCDEF项目
            # lower case only is a word, not a watermark
            建设app平台                       | 建设app平台
            # part of a longer ASCII run
            访问www.Ab1.cn                     | 访问www.Ab1.cn
            """)
    void removesWatermarks(String input, String expected) {
        assertThat(normalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # (i) a number broken in the middle
            农村居民人均可支配收入1⏎2248元                  | 农村居民人均可支配收入12248元
            # (i) broken at the decimal point, spaces around the break
            增长9. ⏎ 3%                                      | 增长9.3%
            # (i) broken before the percent sign
            增长9.3⏎%                                        | 增长9.3%
            # (ii) the next line starts with a pause mark
            实际利用外资7000万元⏎、增长324.2%               | 实际利用外资7000万元、增长324.2%
            # (ii) the next line starts with a comma, semicolon or full stop
            下降0.5%⏎;规模以上工业⏎。完成                   | 下降0.5%;规模以上工业。完成
            # (ii) a unit right after a number
            粮食产量6.81⏎万吨                               | 粮食产量6.81万吨
            # (iii) a long line broken inside a word
            深化四比六促项目突破年活动全县经济社会保持平稳健康发展社会消⏎费品零售总额 | 深化四比六促项目突破年活动全县经济社会保持平稳健康发展社会消费品零售总额
            # (iii) a long line broken before a number
            深化四比六促项目突破年活动全县经济社会保持平稳健康发展预计增长⏎8.1%     | 深化四比六促项目突破年活动全县经济社会保持平稳健康发展预计增长8.1%
            # a long line ending a sentence is a paragraph end
            深化四比六促项目突破年活动全县经济社会保持平稳健康发展。⏎全县         | 深化四比六促项目突破年活动全县经济社会保持平稳健康发展。⏎全县
            # a heading is a short line
            一、2022年工作回顾⏎全年地区生产总值增长5%       | 一、2022年工作回顾⏎全年地区生产总值增长5%
            # a heading without an ordinal
            过去一年工作回顾⏎一年来                         | 过去一年工作回顾⏎一年来
            # a long numbered heading without a full stop
            (一)坚持稳增长,着力推动经济平稳健康发展全面提升城市综合竞争力⏎全年 | (一)坚持稳增长,着力推动经济平稳健康发展全面提升城市综合竞争力⏎全年
            # a blank line is a paragraph break
            收入12248元⏎⏎1.加快发展                          | 收入12248元⏎⏎1.加快发展
            # a long line followed by Latin text is not joined
            深化四比六促项目突破年活动全县经济社会保持平稳健康发展社会消⏎GDP     | 深化四比六促项目突破年活动全县经济社会保持平稳健康发展社会消⏎GDP
            """)
    void joinsLinesBrokenInsideSentences(String input, String expected) {
        assertThat(normalize(input)).isEqualTo(expected);
    }

    @Test
    void convertsATraditionalParagraph() {
        String traditional = "過去一年，全市經濟運行總體平穩，地區生產總值增長百分之六，招商引資成效顯著，"
                + "城鄉居民收入穩步提高，發展質量和效益明顯提升。";

        assertThat(normalizer.normalize(traditional).text()).isEqualTo(
                "过去一年,全市经济运行总体平稳,地区生产总值增长百分之六,招商引资成效显著,"
                        + "城乡居民收入稳步提高,发展质量和效益明显提升。");
    }

    @Test
    void leavesASimplifiedParagraphAlone() {
        // 著 and 乾 would be changed by the transliterator, and the paragraph is short enough for them to pass 2%
        String simplified = "全年经济运行成效显著，乾坤湾旅游区建设加快，著力推进项目建设。";

        assertThat(normalizer.normalize(simplified).text())
                .isEqualTo("全年经济运行成效显著,乾坤湾旅游区建设加快,著力推进项目建设。");
    }

    @Test
    void decidesTheScriptOfATextOfMillionsOfCharactersAsOfAShortOne() {
        // the script is counted a million characters at a time: a text past that is judged on all of it
        String traditionalLine = "過去一年，全市經濟運行總體平穩，地區生產總值增長百分之六。\n";
        String simplifiedLine = "全年经济运行成效显著，乾坤湾旅游区建设加快，著力推进项目建设。\n";
        String longTraditional = traditionalLine.repeat(2_500_000 / traditionalLine.length());
        String longSimplified = simplifiedLine.repeat(2_500_000 / simplifiedLine.length());
        ScriptTable table = ScriptTable.get();

        assertThat(CharFolder.isTraditional(longTraditional, table)).isTrue();
        assertThat(CharFolder.isTraditional(longSimplified, table)).isFalse();
        // characters both scripts write alike, then a traditional tail of a tenth, past the first million: over 2%
        // of its Han characters, and more than the simplified-only ones (none), are traditional only
        String alike = "一二三四五六七八九十上下左右大小多少人口山水田土。\n";
        String mixed = alike.repeat(2_500_000 / alike.length()) + traditionalLine.repeat(250_000 / traditionalLine.length());
        assertThat(countedOneByOne(mixed, table)).isTrue();
        assertThat(CharFolder.isTraditional(mixed, table)).isTrue();
        String mostlySimplified = longSimplified + traditionalLine.repeat(250_000 / traditionalLine.length());
        assertThat(CharFolder.isTraditional(mostlySimplified, table)).isEqualTo(countedOneByOne(mostlySimplified, table))
                .isFalse();
        assertThat(normalizer.normalize(longTraditional).text()).startsWith("过去一年,全市经济运行总体平稳");
    }

    /** The rule of {@link CharFolder#isTraditional} counted the plain way. */
    private static boolean countedOneByOne(String text, ScriptTable table) {
        long[] count = new long[4];
        for (int i = 0; i < text.length(); i++) {
            count[table.hanClass(text.charAt(i))]++;
        }
        long traditional = count[ScriptTable.TRADITIONAL_ONLY_CLASS];
        long simplified = count[ScriptTable.SIMPLIFIED_ONLY_CLASS];
        long han = count[ScriptTable.HAN_CLASS] + traditional + simplified;
        return traditional * 50 > han && traditional > simplified;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i)) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (s.startsWith("\\r", i)) {
                out.append('\r');
                i++;
            } else if (s.startsWith("\\n", i)) {
                out.append('\n');
                i++;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
