package org.zhibiao.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine built beside the command line's parsing is the analyst's, and a broken dictionary fails as before. */
class EarlyEngineTest {

    private static final String REPORT = "2024年政府工作报告\n过去一年，全县地区生产总值完成129亿元，增长3.1%。\n";

    private static String[] run(Path config, String... args) {
        String before = System.getProperty("zhibiao.configDir");
        System.setProperty("zhibiao.configDir", config.toString());
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = ZhibiaoCommand.run(args);
            return new String[] {String.valueOf(code), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setErr(err);
            if (before == null) {
                System.clearProperty("zhibiao.configDir");
            } else {
                System.setProperty("zhibiao.configDir", before);
            }
        }
    }

    @Test
    void anAnalystsOwnTermIsFoundByTheEngineBuiltEarly(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("r.txt");
        Files.writeString(report, REPORT.replace("地区生产总值", "经济盘子"));
        Path config = Files.createDirectories(dir.resolve("config"));
        String[] without = run(config, "extract", "--format", "tsv", report.toString());
        assertThat(without[0]).isEqualTo("0");
        assertThat(without[1]).doesNotContain("gdp");
        Files.writeString(config.resolve("terms.tsv"), "id\tindicator\tterm\tpriority\tnote\n"
                + "user.1\tgdp\t经济盘子\t10\tadded by an analyst\n");
        String[] with = run(config, "extract", "--format", "tsv", report.toString());
        assertThat(with[0]).isEqualTo("0");
        assertThat(with[1]).contains("gdp");
    }

    @Test
    void aBrokenDictionaryIsReportedByTheCommandNotLost(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("r.txt");
        Files.writeString(report, REPORT);
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("terms.tsv"), "id\tindicator\tterm\tpriority\tnote\n"
                + "user.1\tno_such_indicator\t某某\t10\tbroken\n");
        String[] r = run(config, "extract", "--format", "tsv", report.toString());
        assertThat(r[0]).isNotEqualTo("0");
        assertThat(r[2]).contains("no_such_indicator");
    }
}
