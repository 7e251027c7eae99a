package org.zhibiao.service;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.extract.Extractor;
import org.zhibiao.model.Change;
import org.zhibiao.model.Figure;
import org.zhibiao.model.Progress;
import org.zhibiao.model.ReportIdentity;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;
import org.zhibiao.store.FigureConflictException;
import org.zhibiao.store.Workspace;
import org.zhibiao.store.WorkspaceException;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Reviewing figures against a real workspace file: each decision stored, logged, undone and redone. */
class ReviewServiceTest {

    private static final Extractor EXTRACTOR = Extractor.loadDefault();

    @TempDir
    Path dir;

    private Workspace ws;
    private ReviewService anna;
    private long report;

    @BeforeEach
    void importSeeds() {
        ws = Workspace.open(dir.resolve("w"));
        new ImportService(ws, EXTRACTOR, "lead", Clock.systemUTC()).importPaths(List.of(Path.of("seeds")), Progress.NONE);
        anna = new ReviewService(ws, "anna", Clock.systemUTC());
        report = ws.inTransaction(() -> ws.reports().summaries()).get(0).report().id();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private ReviewedFigure first() {
        return ws.inTransaction(() -> ws.figures().byReport(report)).get(0);
    }

    private ReviewedFigure stored(long id) {
        return ws.inTransaction(() -> ws.figures().byId(id)).orElseThrow();
    }

    private List<Change> log(long batch) {
        return ws.inTransaction(() -> ws.changes().batch(batch));
    }

    private int logSize() {
        return ws.inTransaction(() -> ws.changes().count());
    }

    @Test
    void acceptingIsStoredLoggedUndoneAndRedone() {
        ReviewedFigure f = first();
        long batch = anna.setStatus(f.id(), Status.CONFIRMED);

        assertThat(stored(f.id()).status()).isEqualTo(Status.CONFIRMED);
        assertThat(stored(f.id()).analyst()).isEqualTo("anna");
        assertThat(log(batch)).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("status");
            assertThat(c.oldValue()).isEqualTo("pending");
            assertThat(c.newValue()).isEqualTo("confirmed");
            assertThat(c.analyst()).isEqualTo("anna");
            assertThat(c.action()).isEqualTo("review");
        });
        int before = logSize();
        assertThat(anna.setStatus(f.id(), Status.CONFIRMED)).as("the same decision again changes nothing").isEqualTo(-1);
        assertThat(logSize()).isEqualTo(before);

        long undo = anna.undo(batch);
        assertThat(stored(f.id()).status()).isEqualTo(Status.PENDING);
        anna.undo(undo); // undo of an undo is redo
        assertThat(stored(f.id()).status()).isEqualTo(Status.CONFIRMED);
        assertThat(anna.figureOf(batch)).isEqualTo(f.id());
    }

    @Test
    void aCorrectionChangesTheFieldAndTheStatusInOneBatch() {
        ReviewedFigure f = first();
        long batch = anna.edit(f.id(), "value", "129.5");

        ReviewedFigure now = stored(f.id());
        assertThat(now.figure().value()).isEqualByComparingTo("129.5");
        assertThat(now.status()).isEqualTo(Status.CORRECTED);
        assertThat(log(batch)).extracting(Change::field).containsExactlyInAnyOrder("value", "status");

        anna.undo(batch);
        assertThat(stored(f.id()).figure().value()).isEqualTo(f.figure().value());
        assertThat(stored(f.id()).status()).isEqualTo(Status.PENDING);
    }

    @Test
    void aValueThatIsNotOneIsRefusedAndNothingIsWritten() {
        ReviewedFigure f = first();
        int before = logSize();
        assertThatThrownBy(() -> anna.edit(f.id(), "value", "about ten")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> anna.edit(f.id(), "year", "3024")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> anna.edit(f.id(), "qualifier", "roughly")).isInstanceOf(IllegalArgumentException.class);
        assertThat(logSize()).isEqualTo(before);
        assertThat(stored(f.id())).isEqualTo(f);
    }

    @Test
    void aChangeToAFigureSomeoneChangedSinceIsAConflictThatShowsTheirs() {
        ReviewedFigure seen = first();
        ReviewService ben = new ReviewService(ws, "ben", Clock.systemUTC());
        ben.setStatus(seen.id(), Status.REJECTED, seen.version());
        int before = logSize();

        Throwable refused = catchThrowable(() -> anna.edit(seen.id(), "growth_pct", "7", seen.version()));

        assertThat(refused).isInstanceOf(FigureConflictException.class);
        assertThat(WorkspaceFailures.conflict(refused)).hasValueSatisfying(theirs -> {
            assertThat(theirs.analyst()).isEqualTo("ben");
            assertThat(theirs.status()).isEqualTo(Status.REJECTED);
        });
        assertThat(logSize()).isEqualTo(before);
    }

    @Test
    void anotherAnalystsChangeIsNotUndoneAndALaterChangeBlocksAnUndo() {
        ReviewedFigure f = first();
        ReviewService ben = new ReviewService(ws, "ben", Clock.systemUTC());
        long bens = ben.setStatus(f.id(), Status.REJECTED);
        assertThat(catchThrowable(() -> anna.undo(bens))).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("made by ben");

        long annas = anna.edit(f.id(), "unit", "万元");
        ben.edit(f.id(), "unit", "亿元");
        assertThat(catchThrowable(() -> anna.undo(annas))).isInstanceOf(FigureConflictException.class);
        assertThat(stored(f.id()).figure().unit()).isEqualTo("亿元");
    }

    @Test
    void anAddedFigureIsUndoneAndRedoneWithItsId() {
        Figure missed = first().figure();
        Figure other = new Figure(missed.indicator(), missed.kind(), missed.year() == null ? 2030 : missed.year() + 7,
                new BigDecimal("42"), "亿元", null, missed.qualifier(), missed.text(), missed.span(), 1.0, missed.rule());
        long added = anna.add(report, other);
        long id = anna.figureOf(added);
        assertThat(stored(id).status()).isEqualTo(Status.ADDED);
        assertThat(stored(id).figure().value()).isEqualByComparingTo("42");

        long removal = anna.undo(added);
        assertThat(ws.inTransaction(() -> ws.figures().byId(id))).isEmpty();
        anna.undo(removal);
        assertThat(stored(id).figure().year()).isEqualTo(other.year());
    }

    @Test
    void correctingWhatAReportIsReturnsWhatItWas() {
        ReportIdentity was = ws.inTransaction(() -> ws.reports().byId(report)).orElseThrow().identity();
        ReportIdentity corrected = new ReportIdentity(was.province(), was.prefecture(), was.region(), was.regionCode(),
                was.reportYear() + 1, was.reviewYear() == null ? null : was.reviewYear() + 1, was.docType());
        assertThat(anna.updateIdentity(report, corrected)).isEqualTo(was);
        assertThat(ws.inTransaction(() -> ws.reports().byId(report)).orElseThrow().identity().reportYear())
                .isEqualTo(was.reportYear() + 1);
    }

    @Test
    void aNoteIsKeptInTheLogChangedRemovedAndUndone() {
        ReviewedFigure f = first();
        long noted = anna.note(f.id(), "对照统计公报核实");
        assertThat(ws.inTransaction(() -> ws.changes().notes())).containsEntry(f.id(), "对照统计公报核实");
        assertThat(log(noted)).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("note");
            assertThat(c.oldValue()).isEmpty();
            assertThat(c.analyst()).isEqualTo("anna");
        });
        assertThat(anna.note(f.id(), "对照统计公报核实")).as("the same note again changes nothing").isEqualTo(-1);
        anna.note(f.id(), "已核实");
        assertThat(ws.inTransaction(() -> ws.changes().notes())).containsEntry(f.id(), "已核实");
        long removed = anna.note(f.id(), "");
        assertThat(ws.inTransaction(() -> ws.changes().notes())).doesNotContainKey(f.id());
        anna.undo(removed);
        assertThat(ws.inTransaction(() -> ws.changes().notes())).containsEntry(f.id(), "已核实");
        assertThat(stored(f.id())).as("a note does not touch the figure").isEqualTo(f);
        assertThatThrownBy(() -> anna.note(f.id(), "x".repeat(ReviewService.NOTE_LIMIT + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> anna.note(f.id(), "two\nlines")).isInstanceOf(IllegalArgumentException.class);
    }
}
