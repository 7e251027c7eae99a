package org.zhibiao.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zhibiao.analysis.Agreement;
import org.zhibiao.extract.Extractor;
import org.zhibiao.model.Change;
import org.zhibiao.model.DocType;
import org.zhibiao.model.Figure;
import org.zhibiao.model.ReportIdentity;
import org.zhibiao.model.ReportSummary;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;
import org.zhibiao.service.ImportService;
import org.zhibiao.service.ImportSummary;
import org.zhibiao.model.Progress;
import org.zhibiao.service.ReextractService;
import org.zhibiao.service.ReviewService;
import org.zhibiao.service.TeamService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * What a workspace does, whatever the engine: the same tests run on an H2 file ({@link H2StoreTest}) and on a real
 * PostgreSQL server ({@link PostgresStoreTest}). Each test gets a new, empty workspace; {@link #openAgain()} is a
 * second connection to it, as a second analyst (or the command line beside the app) would have.
 */
abstract class StoreContract {

    static final Extractor EXTRACTOR = Extractor.loadDefault();
    static final Path SEEDS = Path.of("seeds");

    private final List<Workspace> opened = new ArrayList<>();

    /** A new empty workspace for this test. */
    protected abstract Workspace create();

    /** Another connection to the workspace {@link #create()} made. */
    protected abstract Workspace connectAgain();

    /**
     * Flyway on the database the next {@link #create()} opens, before it is opened: for giving it an older schema,
     * with this engine's migrations up to a version, as an older Zhibiao left it.
     */
    protected abstract org.flywaydb.core.api.configuration.FluentConfiguration beforeCreate();

    protected Workspace open() {
        Workspace w = create();
        opened.add(w);
        return w;
    }

    protected Workspace openAgain() {
        Workspace w = connectAgain();
        opened.add(w);
        return w;
    }

    @AfterEach
    void closeAll() {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
        opened.clear();
    }

    static ImportSummary importSeeds(Workspace ws) {
        return new ImportService(ws, EXTRACTOR, "test", Clock.systemUTC()).importPaths(List.of(SEEDS), Progress.NONE);
    }

    static List<ReviewedFigure> figuresOf(Workspace ws, int reportIndex) {
        long id = ws.inTransaction(() -> ws.reports().summaries()).get(reportIndex).report().id();
        return ws.inTransaction(() -> ws.figures().byReport(id));
    }

    @Test
    void importsReportsWithTheirFiguresAndLogOnce() throws Exception {
        Workspace ws = open();
        ImportSummary first = importSeeds(ws);
        assertThat(first.imported()).hasSize(5);
        assertThat(first.figures()).isEqualTo(68);
        ImportSummary again = importSeeds(ws);
        assertThat(again.imported()).isEmpty();
        assertThat(again.duplicates()).hasSize(5);
        List<ReportSummary> list = ws.inTransaction(() -> ws.reports().summaries());
        assertThat(list).extracting(s -> s.report().identity().region())
                .containsExactly("凌源市", "凌河区", "凌源市", "朝阳县", "潞州区");
        assertThat(list).extracting(ReportSummary::figures).containsExactly(8, 24, 8, 20, 8);
        assertThat(list).allSatisfy(s -> assertThat(s.pending()).isEqualTo(s.figures()));
        long id = list.get(1).report().id();
        long other = list.get(3).report().id();
        // a refresh reads only the reports concerned, with the same counts as the whole list
        assertThat(ws.inTransaction(() -> ws.reports().summaries(List.of(other, id))))
                .containsExactly(list.get(1), list.get(3));
        assertThat(ws.inTransaction(() -> ws.reports().summaries(List.of()))).isEmpty();
        String text = ws.inTransaction(() -> ws.reports().text(id));
        assertThat(text).isEqualTo(Files.readString(SEEDS.resolve("001_748cc8dca99de2ec.txt")));
        ReviewedFigure gdp = ws.inTransaction(() -> ws.figures().byReport(id)).get(0);
        assertThat(text.substring(gdp.figure().span().start(), gdp.figure().span().end())).isEqualTo(gdp.figure().text());
        assertThat(ws.inTransaction(() -> ws.changes().count())).isEqualTo(5 + 68);
        String indicator = gdp.figure().indicator();
        assertThat(ws.inTransaction(() -> ws.figures().regional(indicator, true))).isEmpty(); // none reviewed yet
        assertThat(ws.inTransaction(() -> ws.figures().regional(indicator, false))).isNotEmpty();
    }

    @Test
    void aDocumentIsStoredWholeOrNotAtAll() {
        Workspace ws = open();
        assertThatThrownBy(() -> ws.inTransaction(() -> {
            long id = ws.reports().insert("x.txt", "0".repeat(64), "UTF-8",
                    new ReportIdentity("", "", "", "", 2023, 2022, DocType.REPORT), "text", Instant.now(), "test");
            ws.figures().insertAll(id, List.of(), Status.PENDING, "test", Instant.now());
            throw new IllegalStateException("the disk is full");
        })).hasMessage("the disk is full");
        assertThat(ws.inTransaction(() -> ws.reports().count())).isZero();
    }

    /**
     * A report's text is stored in pieces (V7): one longer than two pieces, with a character of two chars (a
     * surrogate pair) right where a piece would end, comes back as it was written, cut where no pair is split.
     */
    @Test
    void aTextOfSeveralPiecesIsReadBackAsItWasWritten() throws Exception {
        Workspace ws = open();
        String text = longText();
        long id = ws.inTransaction(() -> ws.reports().insert("long.txt", "1".repeat(64), "UTF-8",
                new ReportIdentity("", "", "", "", 2023, 2022, DocType.REPORT), text, Instant.now(), "test"));
        List<String> pieces = piecesOf(ws, id);
        assertThat(pieces).hasSize(3);
        assertThat(pieces).allSatisfy(p -> {
            assertThat(p.length()).isBetween(1, TextPieces.PIECE_CHARS);
            assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse();
        });
        assertThat(pieces.get(0)).hasSize(TextPieces.PIECE_CHARS - 1); // the pair moved whole to the second piece
        String back = ws.inTransaction(() -> ws.reports().text(id));
        assertThat(back).isEqualTo(text);
        assertThat(back.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ws.inTransaction(() -> ws.reports().text(id + 1000)))
                .isInstanceOf(WorkspaceException.class);
    }

    /**
     * A workspace of an older Zhibiao (schema 6: each text one value) keeps its texts when it is opened: they are cut
     * into pieces and read back the same, long or short.
     */
    @Test
    void anOlderWorkspaceKeepsItsTextsWhenTheyAreCutIntoPieces() throws Exception {
        var flyway = beforeCreate();
        String engine = this instanceof PostgresStoreTest ? "postgresql" : "h2";
        flyway.locations("classpath:db/migration", "classpath:db/vendor/" + engine).target("6").load().migrate();
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("long.txt", longText());
        texts.put("short.txt", "地区生产总值增长5%");
        texts.put("one-piece.txt", "数".repeat(TextPieces.PIECE_CHARS));
        try (java.sql.Connection c = flyway.getDataSource().getConnection()) {
            for (var t : texts.entrySet()) {
                long id;
                try (var ps = c.prepareStatement("INSERT INTO report (file_name, content_hash, source_format, doc_type, "
                        + "imported_at, imported_by) VALUES (?, ?, 'UTF-8', 'report', CURRENT_TIMESTAMP, 'x')",
                        java.sql.Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, t.getKey());
                    ps.setString(2, String.valueOf(t.getKey().length()).repeat(64).substring(0, 64));
                    ps.executeUpdate();
                    try (var keys = ps.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                try (var ps = c.prepareStatement("INSERT INTO report_text (report_id, original_text) VALUES (?, ?)")) {
                    ps.setLong(1, id);
                    ps.setString(2, t.getValue());
                    ps.executeUpdate();
                }
            }
        }
        Workspace ws = open();
        for (ReportSummary r : ws.inTransaction(() -> ws.reports().summaries())) {
            String expected = texts.get(r.report().fileName());
            assertThat(ws.inTransaction(() -> ws.reports().text(r.report().id()))).isEqualTo(expected);
            assertThat(piecesOf(ws, r.report().id())).hasSize(expected.length() > TextPieces.PIECE_CHARS ? 3 : 1);
        }
        assertThat(ws.inTransaction(() -> ws.reports().count())).isEqualTo(3);
        try (var rs = ws.connection().getMetaData().getTables(null, null, "%", null)) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
            assertThat(tables).contains("report_text_piece").doesNotContain("report_text");
        }
    }

    /** Two pieces and a bit; a pair of surrogates (𠀾) falls where the first piece would end. */
    private static String longText() {
        StringBuilder b = new StringBuilder();
        String line = "全年地区生产总值增长5.2%,城乡居民人均可支配收入12,345元。\r\n";
        while (b.length() < TextPieces.PIECE_CHARS - 1) {
            b.append(line);
        }
        b.setLength(TextPieces.PIECE_CHARS - 1);
        b.append("\uD840\uDC3E"); // chars 65535 and 65536
        while (b.length() < 2 * TextPieces.PIECE_CHARS + 7) {
            b.append(line);
        }
        return b.toString();
    }

    private static List<String> piecesOf(Workspace ws, long reportId) throws java.sql.SQLException {
        return ws.inTransaction(() -> {
            List<String> out = new ArrayList<>();
            try (var ps = ws.connection().prepareStatement(
                    "SELECT piece FROM report_text_piece WHERE report_id = ? ORDER BY seq")) {
                ps.setLong(1, reportId);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    @Test
    void reextractionKeepsEveryDecision() {
        Workspace ws = open();
        importSeeds(ws);
        long report = ws.inTransaction(() -> ws.reports().summaries()).get(3).report().id();
        List<ReviewedFigure> figures = ws.inTransaction(() -> ws.figures().byReport(report));
        ReviewService review = new ReviewService(ws, "anna", Clock.systemUTC());
        review.setStatus(figures.get(0).id(), Status.CONFIRMED);
        review.setStatus(figures.get(1).id(), Status.REJECTED);
        review.edit(figures.get(2).id(), "value", "99.9");
        ReextractService.Outcome o = new ReextractService(ws, EXTRACTOR, "anna", Clock.systemUTC()).reextract(report);
        assertThat(o.kept()).isEqualTo(3);
        assertThat(o.removed()).isEqualTo(figures.size() - 3);
        assertThat(o.added()).isEqualTo(figures.size() - 3);
        List<ReviewedFigure> after = ws.inTransaction(() -> ws.figures().byReport(report));
        assertThat(after).hasSize(figures.size());
        assertThat(after).filteredOn(f -> f.status() == Status.CORRECTED).singleElement()
                .satisfies(f -> assertThat(f.figure().value()).isEqualByComparingTo("99.9"));
        assertThat(after).filteredOn(f -> f.status() == Status.REJECTED).hasSize(1);
        assertThat(after).filteredOn(f -> f.status() == Status.CONFIRMED).hasSize(1);
    }

    @Test
    void everyChangeIsLoggedAndCanBeUndoneAndRedone() {
        Workspace ws = open();
        importSeeds(ws);
        ReviewedFigure gdp = figuresOf(ws, 1).get(0);
        ReviewService review = new ReviewService(ws, "anna", Clock.systemUTC());
        long edit = review.edit(gdp.id(), "value", "130");
        List<Change> log = ws.inTransaction(() -> ws.changes().forFigure(gdp.id()));
        assertThat(log).extracting(Change::field, Change::oldValue, Change::newValue, Change::analyst)
                .contains(tuple("value", "129", "130", "anna"), tuple("status", "pending", "corrected", "anna"));
        long undo = review.undo(edit);
        ReviewedFigure back = ws.inTransaction(() -> ws.figures().byId(gdp.id())).orElseThrow();
        assertThat(back.figure().value()).isEqualByComparingTo("129");
        assertThat(back.status()).isEqualTo(Status.PENDING);
        review.undo(undo); // redo
        ReviewedFigure again = ws.inTransaction(() -> ws.figures().byId(gdp.id())).orElseThrow();
        assertThat(again.figure().value()).isEqualByComparingTo("130");
        assertThat(ws.inTransaction(() -> ws.changes().forFigure(gdp.id()))).hasSize(1 + 2 + 2 + 2);
        assertThatThrownBy(() -> review.edit(gdp.id(), "value", "12x")).hasMessageContaining("not a number");
    }

    @Test
    void theSecondOfTwoSavesOfOneFigureIsRefusedWithTheOthersValue() {
        Workspace anna = open();
        importSeeds(anna);
        Workspace ben = openAgain();
        ReviewedFigure seen = figuresOf(anna, 1).get(0); // both show version 0
        new ReviewService(anna, "anna", Clock.systemUTC()).edit(seen.id(), "value", "130", seen.version());
        ReviewService benReview = new ReviewService(ben, "ben", Clock.systemUTC());
        assertThatThrownBy(() -> benReview.edit(seen.id(), "value", "131", seen.version()))
                .isInstanceOfSatisfying(FigureConflictException.class, e -> {
                    assertThat(e.current().analyst()).isEqualTo("anna");
                    assertThat(e.current().figure().value()).isEqualByComparingTo("130");
                });
        ReviewedFigure now = ben.inTransaction(() -> ben.figures().byId(seen.id())).orElseThrow();
        assertThat(now.figure().value()).isEqualByComparingTo("130");
        // taking their own value after seeing the other's: saved over it, both in the log
        benReview.edit(seen.id(), "value", "131", now.version());
        assertThat(anna.inTransaction(() -> anna.changes().forFigure(seen.id())))
                .filteredOn(c -> c.field().equals("value"))
                .extracting(Change::analyst, Change::oldValue, Change::newValue)
                .containsExactly(tuple("anna", "129", "130"), tuple("ben", "130", "131"));
    }

    @Test
    void undoRevertsOnlyOnesOwnChangesAndNeverOverAnothersLaterOne() {
        Workspace anna = open();
        importSeeds(anna);
        Workspace ben = openAgain();
        List<ReviewedFigure> figures = figuresOf(anna, 1);
        ReviewService annaReview = new ReviewService(anna, "anna", Clock.systemUTC());
        ReviewService benReview = new ReviewService(ben, "ben", Clock.systemUTC());
        long annas = annaReview.setStatus(figures.get(0).id(), Status.CONFIRMED);
        long bens = benReview.setStatus(figures.get(1).id(), Status.REJECTED);
        assertThatThrownBy(() -> annaReview.undo(bens)).hasMessageContaining("made by ben");
        benReview.setStatus(figures.get(0).id(), Status.REJECTED); // ben overrules anna's figure
        assertThatThrownBy(() -> annaReview.undo(annas)).isInstanceOf(FigureConflictException.class);
        assertThat(anna.inTransaction(() -> anna.figures().byId(figures.get(0).id())).orElseThrow().status())
                .isEqualTo(Status.REJECTED);
        benReview.undo(bens);
        assertThat(anna.inTransaction(() -> anna.figures().byId(figures.get(1).id())).orElseThrow().status())
                .isEqualTo(Status.PENDING);
    }

    @Test
    void othersChangesAppearInTheLogAndBatchesNeverCollide() {
        Workspace anna = open();
        importSeeds(anna);
        Workspace ben = openAgain();
        long seen = anna.inTransaction(() -> anna.changes().latestId());
        List<ReviewedFigure> figures = figuresOf(anna, 3);
        ReviewService benReview = new ReviewService(ben, "ben", Clock.systemUTC());
        ReviewService annaReview = new ReviewService(anna, "anna", Clock.systemUTC());
        Set<Long> batches = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            batches.add(benReview.setStatus(figures.get(i).id(), Status.CONFIRMED));
            batches.add(annaReview.setStatus(figures.get(i + 6).id(), Status.REJECTED));
        }
        assertThat(batches).hasSize(12);
        List<Change> news = anna.inTransaction(() -> anna.changes().since(seen, 1000));
        assertThat(news).hasSize(12).extracting(Change::analyst).containsOnly("anna", "ben");
        assertThat(news).filteredOn(c -> c.analyst().equals("ben")).extracting(Change::figureId)
                .containsExactlyElementsOf(figures.subList(0, 6).stream().map(ReviewedFigure::id).toList());
    }

    @Test
    void blindAnnotatorsEachWorkOnTheMachinesFiguresAndALeadCuratesThem() {
        Workspace lead = open();
        importSeeds(lead);
        long report = lead.inTransaction(() -> lead.reports().summaries()).get(1).report().id();
        int machine = figuresOf(lead, 1).size();
        new ReviewService(lead, "lead", Clock.systemUTC()).setStatus(figuresOf(lead, 1).get(0).id(), Status.REJECTED);
        TeamService team = new TeamService(lead, EXTRACTOR, "lead", Clock.systemUTC());
        team.assignBlind(report, "anna", "ben");
        assertThat(team.annotatorFor(report, "anna")).isEqualTo("anna");
        assertThat(team.annotatorFor(report, "carl")).isEqualTo(FigureStore.REPORT);

        Workspace ws = openAgain();
        List<ReviewedFigure> annas = ws.inTransaction(() -> ws.figures().byReport(report, "anna"));
        List<ReviewedFigure> bens = ws.inTransaction(() -> ws.figures().byReport(report, "ben"));
        // each sees the machine's figures, not the lead's rejection of the report's first one
        assertThat(annas).hasSize(machine).allSatisfy(f -> assertThat(f.status()).isEqualTo(Status.PENDING));
        assertThat(bens).hasSize(machine);
        ReviewService anna = new ReviewService(ws, "anna", Clock.systemUTC());
        ReviewService ben = new ReviewService(ws, "ben", Clock.systemUTC());
        for (int i = 0; i < 4; i++) {
            anna.setStatus(annas.get(i).id(), Status.CONFIRMED);
            ben.setStatus(bens.get(i).id(), i == 3 ? Status.REJECTED : Status.CONFIRMED);
        }
        anna.edit(annas.get(4).id(), "value", "1");
        ben.setStatus(bens.get(4).id(), Status.CONFIRMED);
        // the report's own figures did not move
        assertThat(figuresOf(ws, 1)).filteredOn(f -> f.status() == Status.REJECTED).hasSize(1);
        assertThat(figuresOf(ws, 1)).filteredOn(f -> f.status() == Status.CONFIRMED).isEmpty();

        // the report list shows anna her copy's progress and her assignment; others the report's own figures
        org.zhibiao.model.ReportSummary annasView = ws.inTransaction(() -> ws.reports().summariesFor("anna")).get(1);
        assertThat(annasView.blind()).isTrue();
        assertThat(annasView.figures()).isEqualTo(machine);
        assertThat(annasView.reviewed()).isEqualTo(5);
        org.zhibiao.model.ReportSummary carlsView = ws.inTransaction(() -> ws.reports().summariesFor("carl")).get(1);
        assertThat(carlsView.assignment()).isNull();
        assertThat(carlsView.reviewed()).isEqualTo(1);

        Agreement agreement = team.agreement().get(0);
        assertThat(agreement.analystA()).isEqualTo("anna");
        assertThat(agreement.decisions()).isEqualTo(5);
        assertThat(agreement.agreedDecisions()).isEqualTo(4);
        // anna kept every figure (one with another value), ben dropped one: tp = machine - 2
        assertThat(agreement.score().tp()).isEqualTo(machine - 2);

        List<Figure> curated = bens.stream().map(ReviewedFigure::figure).limit(3).toList();
        java.time.Instant beforeCuration = java.time.Instant.now().minusSeconds(1);
        long batch = team.curate(report, curated);
        assertThat(figuresOf(ws, 1)).extracting(ReviewedFigure::figure).containsExactlyElementsOf(curated);
        assertThat(figuresOf(ws, 1)).allSatisfy(f -> assertThat(f.status()).isEqualTo(Status.CONFIRMED));
        assertThat(team.annotatorFor(report, "anna")).isEqualTo(FigureStore.REPORT);
        assertThat(ws.inTransaction(() -> ws.changes().batch(batch)))
                .hasSize(machine + 3).allSatisfy(c -> assertThat(c.action()).isEqualTo("curate"));
        assertThat(ws.inTransaction(() -> ws.team().curatedBy(report))).contains("lead");
        assertThat(team.curation(report)).hasValueSatisfying(c -> { // the curation window asks with both
            assertThat(c.by()).isEqualTo("lead");
            assertThat(c.at()).isBetween(beforeCuration, java.time.Instant.now().plusSeconds(1));
        });
        assertThat(ws.inTransaction(() -> ws.reports().summariesFor("anna")).get(1).figures()).isEqualTo(3);
    }

    @Test
    void theSchemaIsAtTheNewestMigration() {
        Workspace ws = open();
        assertThat(ws.inTransaction(() -> ws.team().all())).isEmpty();
        Workspace again = openAgain(); // a second open of a current schema does not migrate again
        assertThat(again.inTransaction(() -> again.reports().count())).isZero();
    }

    /**
     * The report list's counts are kept with each report: after every kind of change to figures (a decision, an edit,
     * an undo and a redo of it, a figure added, re-extraction, blind copies, curation, a conflict that writes nothing)
     * they equal a count over the figures themselves.
     */
    @Test
    void theReportListsCountsFollowEveryChangeToItsFigures() throws Exception {
        Workspace ws = open();
        Clock clock = Clock.systemUTC();
        new ImportService(ws, EXTRACTOR, "anna", clock).importPaths(List.of(SEEDS), Progress.NONE);
        ReviewService review = new ReviewService(ws, "anna", clock);
        ReextractService reextract = new ReextractService(ws, EXTRACTOR, "anna", clock);
        TeamService team = new TeamService(ws, EXTRACTOR, "lead", clock);
        java.util.Random random = new java.util.Random(20261205);
        List<Long> batches = new ArrayList<>();
        Set<String> kinds = new HashSet<>();
        for (int step = 0; step < 160; step++) {
            List<ReportSummary> reports = ws.inTransaction(() -> ws.reports().summaries());
            long reportId = reports.get(random.nextInt(reports.size())).report().id();
            List<ReviewedFigure> figures = ws.inTransaction(() -> ws.figures().byReport(reportId));
            ReviewedFigure f = figures.isEmpty() ? null : figures.get(random.nextInt(figures.size()));
            int action = random.nextInt(9);
            if (f == null && action < 4) {
                action = 5;
            }
            switch (action) {
                case 0, 1 -> batches.add(review.setStatus(f.id(), random.nextBoolean() ? Status.CONFIRMED : Status.REJECTED));
                case 2 -> batches.add(review.setStatus(f.id(), Status.PENDING));
                case 3 -> batches.add(review.edit(f.id(), "value", Integer.toString(random.nextInt(900) + 1)));
                case 4 -> {
                    if (!batches.isEmpty()) {
                        review.undo(batches.remove(batches.size() - 1)); // the undo of an addition deletes the figure
                    }
                }
                case 5 -> batches.add(review.add(reportId, new Figure("gdp", org.zhibiao.model.Kind.ACTUAL, 2020,
                        new java.math.BigDecimal(random.nextInt(500) + 1), "亿元", null, org.zhibiao.model.Qualifier.NONE,
                        "地区生产总值", new org.zhibiao.model.Span(0, 6), 1.0, "analyst")));
                case 6 -> reextract.reextract(reportId);
                case 7 -> {
                    if (team.curatedBy(reportId).isEmpty() && team.blindPairs().get(reportId) == null) {
                        team.assignBlind(reportId, "anna", "ben"); // copies of the figures, which are not the report's
                    }
                }
                default -> {
                    if (f != null) {
                        // a save over a figure someone changed meanwhile writes nothing, counts included
                        ReviewedFigure stale = new ReviewedFigure(f.id(), f.reportId(), f.figure(),
                                f.status() == Status.PENDING ? Status.CONFIRMED : Status.PENDING, "x", f.changedAt(),
                                f.version() - 1);
                        assertThatThrownBy(() -> ws.inTransaction(() -> {
                            ws.figures().update(stale);
                            return null;
                        })).isNotNull();
                    }
                }
            }
            kinds.add(Integer.toString(action));
            assertThat(counted(ws)).as("after step %d (action %d)", step, action).isEqualTo(countedFromFigures(ws));
        }
        assertThat(kinds).as("every kind of change was made").hasSize(9);
    }

    /** Each report's (figures, pending) as the report list reads them. */
    private static java.util.Map<Long, List<Integer>> counted(Workspace ws) {
        java.util.Map<Long, List<Integer>> out = new java.util.TreeMap<>();
        for (ReportSummary s : ws.inTransaction(() -> ws.reports().summaries())) {
            out.put(s.report().id(), List.of(s.figures(), s.pending(), s.reviewed()));
        }
        return out;
    }

    /** The same counted from the figures themselves. */
    private static java.util.Map<Long, List<Integer>> countedFromFigures(Workspace ws) {
        java.util.Map<Long, List<Integer>> out = new java.util.TreeMap<>();
        for (ReportSummary s : ws.inTransaction(() -> ws.reports().summaries())) {
            List<ReviewedFigure> own = ws.inTransaction(() -> ws.figures().byReport(s.report().id()));
            int pending = (int) own.stream().filter(x -> x.status() == Status.PENDING).count();
            out.put(s.report().id(), List.of(own.size(), pending, own.size() - pending));
        }
        return out;
    }
}
