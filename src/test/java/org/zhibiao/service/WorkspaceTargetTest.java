package org.zhibiao.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.extract.Extractor;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;
import org.zhibiao.store.FigureConflictException;
import org.zhibiao.store.Workspace;
import org.zhibiao.store.WorkspaceUnavailableException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Naming, opening and restoring a workspace as the front ends do it, and reading what a failed call means. */
class WorkspaceTargetTest {

    private static final String REPORT = """
            东县政府工作报告
            一、2023年工作回顾
            全县地区生产总值完成45.3亿元，增长3.9%。一般公共预算收入2.1亿元，增长6%。
            """;

    @TempDir
    Path dir;

    @Test
    void aFileIsNamedWithOrWithoutItsEnding() {
        WorkspaceTarget bare = WorkspaceTarget.file(dir.resolve("reports"));
        WorkspaceTarget full = WorkspaceTarget.file(dir.resolve("reports" + WorkspaceTarget.FILE_SUFFIX));
        assertThat(bare).isEqualTo(full).hasSameHashCodeAs(full);
        assertThat(bare.localFile()).contains(dir.resolve("reports" + WorkspaceTarget.FILE_SUFFIX));
        assertThat(bare.onServer()).isFalse();
        assertThat(WorkspaceTarget.fileOf(dir.resolve("reports"))).isEqualTo(bare.localFile().orElseThrow());
        assertThat(WorkspaceTarget.parse(dir.resolve("reports").toString())).isEqualTo(bare);
    }

    @Test
    void aServerAddressIsReadAndABadOneRefusedWithTheReason() {
        WorkspaceTarget server = WorkspaceTarget.parse("postgresql://db.example.org/team");
        assertThat(server.onServer()).isTrue();
        assertThat(server.localFile()).isEmpty();
        assertThat(server.display()).isEqualTo("postgresql://db.example.org/team");
        assertThatThrownBy(() -> WorkspaceTarget.parse("postgresql://anna:secret@db.example.org/team"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".pgpass")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> WorkspaceTarget.parse("postgresql://db.example.org/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DATABASE");
    }

    @Test
    void openingCreatesTheFileAndOpeningAgainFindsWhatWasSaved() {
        WorkspaceTarget target = WorkspaceTarget.file(dir.resolve("w"));
        try (OpenWorkspace ws = target.open(Clock.systemUTC())) {
            assertThat(ws.name()).isEqualTo("w");
            assertThat(ws.file()).isEqualTo(target.localFile().orElseThrow()).exists();
            assertThat(ws.target()).isEqualTo(target);
            assertThat(ws.display()).isEqualTo(target.display());
            ws.importer(Extractor.loadDefault(), "anna", Clock.systemUTC()).importText("east.txt", REPORT);
            assertThat(ws.sizeOnDisk()).isPositive();
        }
        try (OpenWorkspace again = target.open(Clock.systemUTC())) {
            assertThat(again.queries().summaries()).extracting(s -> s.report().fileName()).containsExactly("east.txt");
        }
    }

    @Test
    void aBackupIsListedAndPutBackInPlaceOfTheWorkspace() throws Exception {
        Path file = dir.resolve("w");
        long figure;
        try (Workspace raw = Workspace.open(file)) {
            OpenWorkspace ws = OpenWorkspace.of(raw);
            ws.importer(Extractor.loadDefault(), "anna", Clock.systemUTC()).importText("east.txt", REPORT);
            figure = ws.queries().figures(ws.queries().summaries().get(0).report().id()).get(0).id();
            raw.backupNow();
            ws.review("anna", Clock.systemUTC()).setStatus(figure, Status.REJECTED); // after the backup
        }
        WorkspaceBackups backups = new WorkspaceBackups(file);
        List<WorkspaceBackups.Backup> list = backups.list();
        assertThat(list).isNotEmpty();
        assertThat(list.get(0).file()).startsWith(backups.folder()).exists();

        Path kept = backups.restore(list.get(0));

        assertThat(kept).exists();
        try (OpenWorkspace ws = WorkspaceTarget.file(file).open(Clock.systemUTC())) {
            assertThat(ws.queries().figure(figure)).hasValueSatisfying(f -> assertThat(f.status()).isEqualTo(Status.PENDING));
        }
        assertThatThrownBy(() -> backups.restore(new WorkspaceBackups.Backup(dir.resolve("none.zip"), list.get(0).takenAt(), 0, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("none.zip");
    }

    @Test
    void aFailedCallSaysWhetherTheServerIsAwayOrSomeoneChangedTheFigureFirst() {
        try (OpenWorkspace ws = WorkspaceTarget.file(dir.resolve("w")).open(Clock.systemUTC())) {
            ws.importer(Extractor.loadDefault(), "anna", Clock.systemUTC()).importText("east.txt", REPORT);
            ReviewedFigure seen = ws.queries().figures(ws.queries().summaries().get(0).report().id()).get(0);
            ws.review("ben", Clock.systemUTC()).setStatus(seen.id(), Status.CONFIRMED, seen.version());

            Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                    () -> ws.review("anna", Clock.systemUTC()).setStatus(seen.id(), Status.REJECTED, seen.version()));

            assertThat(refused).isInstanceOf(FigureConflictException.class);
            assertThat(WorkspaceFailures.conflict(refused)).hasValueSatisfying(theirs -> {
                assertThat(theirs.analyst()).isEqualTo("ben");
                assertThat(theirs.status()).isEqualTo(Status.CONFIRMED);
            });
            assertThat(WorkspaceFailures.unavailable(refused)).isFalse();
        }
        Throwable away = new WorkspaceUnavailableException(org.zhibiao.model.Problem.of(org.zhibiao.model.Problem.Kind.CONNECTION_LOST, "db"), null);
        assertThat(WorkspaceFailures.unavailable(away)).isTrue();
        assertThat(WorkspaceFailures.conflict(away)).isEmpty();
        assertThat(WorkspaceFailures.conflict(new IllegalStateException("x"))).isEmpty();
        assertThat(Files.exists(dir.resolve("w" + WorkspaceTarget.FILE_SUFFIX))).isTrue();
    }
}
