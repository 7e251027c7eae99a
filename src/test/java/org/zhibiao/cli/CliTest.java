package org.zhibiao.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as scripts use it: output format, exit status, errors on stderr. */
public class CliTest {

    /** What a command printed and returned; also used by other packages' command tests. */
    public record Run(int status, String out, String err) {
    }

    public static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = ZhibiaoCommand.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void extractPrintsTheAgreedColumns(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("r.txt");
        Files.writeString(report, "2022年工作回顾\n全县地区生产总值完成129亿元，同比增长3.1%。\n");
        Run r = run("extract", "--format", "tsv", report.toString());
        assertThat(r.status()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).startsWith("doc\tindicator\tkind\tyear\tvalue\tunit\tgrowth_pct\tqualifier\ttext\tstart\tend\tconfidence");
        assertThat(lines[1]).startsWith("r.txt\tgdp\tactual\t2022\t129\t亿元\t3.1\t\t地区生产总值完成129亿元，同比增长3.1%\t");
        String[] cells = lines[1].split("\t", -1);
        String original = Files.readString(report);
        assertThat(original.substring(Integer.parseInt(cells[9]), Integer.parseInt(cells[10]))).isEqualTo(cells[8]);
    }

    @Test
    void jsonHasOneObjectPerFigure(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("r.txt");
        Files.writeString(report, "2022年工作回顾\n全县地区生产总值完成129亿元，同比增长3.1%。\n");
        Run r = run("extract", "--format", "json", report.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out().strip()).startsWith("{\"doc\":\"r.txt\",\"indicator\":\"gdp\",\"kind\":\"actual\",\"year\":2022,\"value\":129,");
    }

    @Test
    void identifyPrintsOneRowPerDocument() {
        Run r = run("identify", "seeds");
        assertThat(r.status()).isZero();
        assertThat(r.out().split("\n")).hasSize(6);
        assertThat(r.out().split("\n")[0]).startsWith("doc\tprovince\tprefecture\tregion\treport_year\treview_year\tdoc_type");
    }

    @Test
    void badFilesAreReportedAndTheRestIsRead(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a_good.txt"), "2022年工作回顾\n地区生产总值增长5%。\n");
        Files.write(dir.resolve("b_binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5, 6, 7, 0, 9, 0, 0, 0, 1, 2});
        Files.write(dir.resolve("c_empty.txt"), new byte[0]);
        Run r = run("extract", dir.toString(), dir.resolve("missing.txt").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("a_good.txt\tgdp\tactual\t2022");
        String[] errors = r.err().strip().split("\n");
        assertThat(errors).hasSize(3);
        assertThat(errors[0]).startsWith(dir.resolve("b_binary.txt") + ": ");
        assertThat(errors[1]).startsWith(dir.resolve("c_empty.txt") + ": ").contains("empty");
        assertThat(errors[2]).startsWith(dir.resolve("missing.txt") + ": ");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void importListAndRestoreAWorkspace(@TempDir Path dir) throws IOException {
        Path ws = dir.resolve("team");
        Files.write(dir.resolve("broken.pdf"), "%PDF-1.4 not really".getBytes(StandardCharsets.UTF_8));
        Run imported = run("import", "--workspace", ws.toString(), "--analyst", "anna", "seeds", dir.resolve("broken.pdf").toString());
        assertThat(imported.status()).isEqualTo(1);
        assertThat(imported.err()).contains("[1/6] seeds/000_bc2ce03ccf3762b8.txt: imported, 8 figures")
                .contains("imported 5 (68 figures), skipped 0 already in the workspace, failed 1")
                .contains("broken.pdf: not a valid PDF file");
        Run again = run("import", "--workspace", ws + ".mv.db", "seeds");
        assertThat(again.status()).isZero();
        assertThat(again.err()).contains("imported 0 (0 figures), skipped 5 already in the workspace, failed 0");
        Run list = run("list", "--workspace", ws.toString());
        assertThat(list.status()).isZero();
        assertThat(list.out().split("\n")).hasSize(6);
        assertThat(list.out()).contains("001_748cc8dca99de2ec.txt\t凌河区\t2023\treport\t24\t24\t0");
        Run backups = run("restore", "--workspace", ws.toString());
        assertThat(backups.status()).isZero();
        assertThat(backups.out()).startsWith("1\t").contains("team-");
        Run restored = run("restore", "--workspace", ws.toString(), "--from", "1");
        assertThat(restored.status()).as(restored.err()).isZero();
        assertThat(run("list", "--workspace", ws.toString()).out().split("\n")).hasSize(6);
        Run missing = run("restore", "--workspace", ws.toString(), "--from", "99");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).startsWith("zhibiao: There is no backup '99'").doesNotContain("Exception");
    }

    @Test
    void compareTargetsWithResults(@TempDir Path dir) {
        Path ws = dir.resolve("c");
        assertThat(run("import", "--workspace", ws.toString(), "src/test/resources/compare").status()).isZero();
        Run r = run("compare", "--workspace", ws.toString(), "--indicator", "gdp", "--year", "2022");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out().split("\n")).containsExactly(
                "region\tprefecture\tprovince\tindicator\tyear\ttarget_growth\tactual_growth\tgap_pp\ttarget_value\tactual_value\tunit\tstatus",
                "三台县\t绵阳市\t四川省\tgdp\t2022\t8\t8.9\t0.9\t\t528.9\t亿元\texceeded",
                "新兴县\t云浮市\t广东省\tgdp\t2022\t7\t4.1\t-2.9\t\t326.3\t亿元\tmissed");
    }

    @Test
    void assignDoneMarksTheAnalystsOwnAssignmentDone(@TempDir Path dir) {
        String ws = dir.resolve("team").toString();
        assertThat(run("import", "--workspace", ws, "--analyst", "lead", "seeds").status()).isZero();
        String line = run("list", "--workspace", ws).out().lines().filter(l -> l.startsWith("003_")).findFirst()
                .orElseThrow();
        String id = line.substring(line.lastIndexOf('\t') + 1);
        assertThat(run("assign", "--workspace", ws, "--analyst", "lead", "--report", id, "--to", "anna",
                "--blind-with", "ben").status()).isZero();

        Run done = run("assign", "--workspace", ws, "--analyst", "anna", "--done", "--report", id);
        assertThat(done.status()).as(done.err()).isZero();
        String[] anna = row(done.out(), id + "\tanna\t");
        String[] ben = row(done.out(), id + "\tben\t");
        assertThat(java.time.Instant.parse(anna[5])).isBefore(java.time.Instant.now().plusSeconds(1));
        assertThat(ben[5]).as("ben has not said so").isEmpty();

        // only one's own assignment: someone the report is not given to is refused, and --to is no way round it
        Run notGiven = run("assign", "--workspace", ws, "--analyst", "carl", "--done", "--report", id);
        assertThat(notGiven.status()).isEqualTo(1);
        assertThat(notGiven.err()).contains("is not assigned to carl");
        Run forBen = run("assign", "--workspace", ws, "--analyst", "anna", "--done", "--report", id, "--to", "ben");
        assertThat(forBen.status()).isEqualTo(2);
        assertThat(forBen.err()).contains("--done marks the assignment of --analyst");
        assertThat(run("assign", "--workspace", ws, "--analyst", "anna", "--done").status()).isEqualTo(2);
        assertThat(row(run("assign", "--workspace", ws).out(), id + "\tben\t")[5]).isEmpty();
    }

    /** The cells of the one output line that starts so. */
    private static String[] row(String out, String start) {
        return out.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow().split("\t", -1);
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(run("extract").status()).isEqualTo(2);
        assertThat(run("extract", "--format", "xml", "seeds").status()).isEqualTo(2);
        assertThat(run("no-such-command").status()).isEqualTo(2);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"extract", "identify", "import", "list", "compare", "restore", "bench"}) {
            Run r = run(command, "--help");
            assertThat(r.status()).as(command).isZero();
            assertThat(r.out()).as(command).contains("Usage: zhibiao " + command);
        }
    }
}
