package org.zhibiao.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.extract.Extractor;
import org.zhibiao.model.Problem;
import org.zhibiao.store.WorkspaceException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** How a failure is said to the user, and reading ahead in the order of the files. */
class WorkspaceFailuresTest {

    @Test
    void aProblemIsSaidInTheAskedLanguageAndADefectIsNotShownRaw() {
        WorkspaceException full = new WorkspaceException(Problem.Kind.DISK_FULL);
        assertThat(WorkspaceFailures.problem(full)).map(Problem::kind).contains(Problem.Kind.DISK_FULL);
        assertThat(WorkspaceFailures.say(full, Locale.SIMPLIFIED_CHINESE)).contains("磁盘");
        assertThat(WorkspaceFailures.say(full, Locale.ENGLISH)).startsWith("The disk holding the workspace is full");
        assertThat(WorkspaceFailures.damaged(full)).isFalse();
        assertThat(WorkspaceFailures.damaged(new WorkspaceException(Problem.Kind.DAMAGED, "w", "", ""))).isTrue();
        assertThat(WorkspaceFailures.say(new java.io.UncheckedIOException(new java.io.IOException("Broken pipe")), Locale.ENGLISH))
                .as("a library's words are not shown").doesNotContain("Broken pipe")
                .isEqualTo(Problem.of(Problem.Kind.UNEXPECTED).english());
    }

    @Test
    void filesAreReadAheadOnEveryCoreAndHandedOverInTheirOrder(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            files.add(Files.writeString(dir.resolve(String.format("r%02d.txt", i)),
                    "2024年某县政府工作报告\n一、2023年工作回顾\n全县地区生产总值完成" + (100 + i) + "亿元，增长5%。\n"));
        }
        files.add(5, Files.writeString(dir.resolve("empty.txt"), ""));
        List<String> seen = new ArrayList<>();
        try (ReadAhead ahead = new ReadAhead(new DocumentReader(Extractor.loadDefault()), files)) {
            while (ahead.hasNext()) {
                DocumentReader.Result r = ahead.next();
                seen.add(r.file().getFileName() + (r.ok() ? "" : " " + r.problem().kind()));
            }
        }
        assertThat(seen).hasSize(13);
        assertThat(seen.get(5)).isEqualTo("empty.txt FILE_EMPTY");
        assertThat(seen.subList(0, 5)).containsExactly("r00.txt", "r01.txt", "r02.txt", "r03.txt", "r04.txt");
        assertThat(seen.get(12)).isEqualTo("r11.txt");
    }
}
