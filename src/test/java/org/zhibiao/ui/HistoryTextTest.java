package org.zhibiao.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.extract.Extractor;
import org.zhibiao.model.Change;
import org.zhibiao.service.OpenWorkspace;
import org.zhibiao.service.WorkspaceTarget;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The history list's lines: names, not codes, and an added figure in words, not in the log's machine form. */
class HistoryTextTest {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    @TempDir
    Path dir;

    @AfterEach
    void language() {
        Messages.use(Locale.getDefault());
    }

    @Test
    void anAddedFigureAndADecisionReadAsWordsInBothLanguages() {
        try (OpenWorkspace ws = WorkspaceTarget.file(dir.resolve("w")).open(Clock.systemUTC())) {
            Extractor extractor = Extractor.loadDefault();
            ws.importer(extractor, "anna", Clock.systemUTC()).importText("r.txt",
                    "2024年某县政府工作报告\n一、2023年工作回顾\n全县地区生产总值完成128亿元，增长6%。\n");
            long report = ws.queries().summariesFor("anna").get(0).report().id();
            var f = ws.queries().figures(report).get(0);
            var review = ws.review("anna", Clock.systemUTC());
            long added = review.add(report, f.figure());
            review.setStatus(f.id(), org.zhibiao.model.Status.REJECTED);
            List<Change> addLog = ws.queries().batch(added);
            List<Change> decided = ws.queries().history(f.id());

            Messages.use(Locale.SIMPLIFIED_CHINESE);
            String addedLine = HistoryText.line(addLog.get(0), WHEN);
            assertThat(addedLine).contains("添加").contains("gdp/actual/2023 128亿元 +6%").doesNotContain("\u001f");
            Change rejection = decided.stream().filter(c -> c.field().equals("status")).findFirst().orElseThrow();
            assertThat(HistoryText.line(rejection, WHEN)).contains("审核").contains("状态: 待审 → 已拒绝");

            Messages.use(Locale.ENGLISH);
            assertThat(HistoryText.line(rejection, WHEN)).contains("reviewed").contains("status: pending → rejected");
            assertThat(HistoryText.action("revert:12")).isEqualTo("undone");
        }
    }
}
