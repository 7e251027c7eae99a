package org.zhibiao.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zhibiao.extract.Extractor;
import org.zhibiao.model.Change;
import org.zhibiao.model.Figure;
import org.zhibiao.model.ReportIdentity;
import org.zhibiao.model.ReportSummary;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Span;
import org.zhibiao.model.Status;
import org.zhibiao.service.ImportSummary;
import org.zhibiao.model.Progress;
import org.zhibiao.service.ReviewService;
import org.zhibiao.service.TeamService;
import org.zhibiao.service.OpenWorkspace;
import org.zhibiao.service.ReportQueries;
import org.zhibiao.service.WorkspaceFailures;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The review of figures in an annotation session: the shown report's text and figures, decisions and corrections,
 * undo and redo, conflicts with others and their changes. It is given its services ({@link WorkbenchServices}) and a
 * {@link TaskRunner}, and shares the status line with the view models it works beside: the report list
 * ({@link ReportListViewModel}), import and export ({@link TransferViewModel}) and the report as a whole
 * ({@link ReportDetailsViewModel}); the few calls the view makes to those go through here. Views bind to its
 * properties and call its methods; it never touches a node. Every action goes to the workspace at once (there is
 * no Save), through the {@link TaskRunner}, and undo/redo run across the whole session, whatever report is shown.
 *
 * <p>On a workspace shared with others, every decision and edit is checked against the version of the figure the
 * analyst saw: a figure someone changed meanwhile is not overwritten but handed to the conflict handler, and edits
 * made while the server cannot be reached are kept and saved in order when it answers again ({@link EditSaver}).
 * Others' changes show up by themselves ({@link OthersChanges}).
 */
public final class WorkbenchViewModel {

    private final WorkbenchServices services;
    private final ReportQueries queries;
    private EngineSupply engine;
    private final ReviewService review;
    private TeamService team;
    private final TaskRunner runner;
    private final Clock clock;
    private final FigureInput input = new FigureInput(() -> engine.get());
    private final Instant sessionStart;

    private final PendingEdits pending = new PendingEdits();
    private final WorkbenchStatus status = new WorkbenchStatus(pending);
    private final ReportListViewModel list;
    private final TransferViewModel transfer;
    private final ReportDetailsViewModel details;
    private final ObservableList<ReportSummary> reports;
    private final ObjectProperty<ReportSummary> report;
    private final StringProperty reportText = new SimpleStringProperty("");
    private final ObservableList<ReviewedFigure> figures = FXCollections.observableArrayList();
    /** The report's figures before the review order and confidence filter: figures shows them arranged. */
    private List<ReviewedFigure> allFigures = List.of();
    private final ReviewOrder order = new ReviewOrder();
    private final ObjectProperty<ReviewedFigure> figure = new SimpleObjectProperty<>();
    private final ObservableList<Change> history = FXCollections.observableArrayList();
    private final StringProperty message = status.message();
    private final StringProperty error = status.error();
    private final IntegerProperty sessionDecisions = new SimpleIntegerProperty();
    private final List<Runnable> changeListeners = new java.util.ArrayList<>();
    private final Deque<Long> undo = new ArrayDeque<>();
    private final Deque<Long> redo = new ArrayDeque<>();
    private final OwnWrites own;
    private final EditSaver saver;
    private final OthersChanges others;
    private final BooleanProperty blind = new SimpleBooleanProperty();
    private String annotator = ReportQueries.OWN_FIGURES; // whose figures of the shown report: its own or our blind copy

    WorkbenchViewModel(WorkbenchServices services, Extractor extractor, TaskRunner runner, Clock clock) {
        this(services, EngineSupply.ready(extractor), runner, clock);
    }

    /** With an engine that may still be being built: the workbench shows at once, named by the lexicon. */
    WorkbenchViewModel(WorkbenchServices services, EngineSupply engine, TaskRunner runner, Clock clock) {
        this.services = services;
        this.queries = services.queries();
        this.engine = engine;
        this.review = services.review();
        this.team = services.engine().team(() -> this.engine.get());
        this.own = new OwnWrites(queries, review.analyst());
        this.runner = runner;
        this.list = new ReportListViewModel(queries, review.analyst(), runner, status);
        this.reports = list.reports();
        this.report = list.shownProperty();
        this.transfer = new TransferViewModel(services, () -> this.engine.get(), own, runner, status, () -> {
            // the analyst stays where they were: new reports join the list, the shown one and its figure stay
            if (report.get() == null) {
                load();
            } else {
                list.refresh();
            }
            changed();
        });
        this.details = new ReportDetailsViewModel(services, () -> this.engine.get(), own, runner, status, list,
                new ReportDetailsViewModel.Workbench() {
                    @Override
                    public void reload(long reportId, Long figureId) {
                        list.reload(reportId, s -> showReport(s, figureId));
                    }

                    @Override
                    public Long selectedFigure() {
                        return figure.get() == null ? null : figure.get().id();
                    }

                    @Override
                    public void changed() {
                        WorkbenchViewModel.this.changed();
                    }
                });
        Screen screen = new Screen();
        this.saver = new EditSaver(review, own, pending, runner, message, error, screen);
        this.others = new OthersChanges(own, runner, review.analyst(), message, saver, screen);
        this.clock = clock;
        this.sessionStart = clock.instant();
        figure.addListener((o, a, b) -> loadHistory(b));
        order.doubtfulFirstProperty().addListener((o, a, b) -> rearrange());
        order.pendingOnlyProperty().addListener((o, a, b) -> rearrange());
        order.belowProperty().addListener((o, a, b) -> rearrange());
    }

    /** Called after every change to the workspace (a review decision, an undo, an import), on the FX thread. */
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    private void changed() {
        changeListeners.forEach(Runnable::run);
    }

    public TaskRunner runner() {
        return runner;
    }

    /** Uses a new engine (after the analyst extended the dictionary) for the next import and re-extraction. */
    public void useExtractor(Extractor newExtractor) {
        this.engine = EngineSupply.ready(newExtractor);
        this.team = services.engine().team(() -> newExtractor);
    }

    /** The engine in use; waits for it while it is still being built (the first moments after start). */
    public Extractor extractor() {
        return engine.get();
    }

    /** The team service for the engine in use (assignments, blind copies, curation). */
    TeamService team() {
        return team;
    }

    // ---- state -------------------------------------------------------------------------------------------

    public ObservableList<ReportSummary> reports() {
        return reports;
    }

    public ObjectProperty<ReportSummary> reportProperty() {
        return report;
    }

    public StringProperty reportTextProperty() {
        return reportText;
    }

    public ObservableList<ReviewedFigure> figures() {
        return figures;
    }

    public ObjectProperty<ReviewedFigure> figureProperty() {
        return figure;
    }

    public ObservableList<Change> history() {
        return history;
    }

    /** What just happened, for the status bar. */
    public StringProperty messageProperty() {
        return message;
    }

    /** What went wrong (bad input, a failed import), shown until the next action. */
    public StringProperty errorProperty() {
        return error;
    }

    /** True while the shown report is the analyst's blind copy: the machine's figures and their own decisions. */
    public BooleanProperty blindProperty() {
        return blind;
    }

    /** Empty while all is well; else that the team workspace cannot be reached and what is kept meanwhile. */
    public ReadOnlyStringProperty connectionProperty() {
        return pending.bannerProperty();
    }

    /** Edits kept because the server could not be reached, not yet saved. */
    public int pendingEdits() {
        return pending.size();
    }

    public IntegerProperty sessionDecisionsProperty() {
        return sessionDecisions;
    }

    /** Progress of long work, 0..1, or null when nothing runs. */
    public ObjectProperty<Double> progressProperty() {
        return status.progress();
    }

    public String analyst() {
        return review.analyst();
    }

    public String workspaceName() {
        return services.workspace().name();
    }

    public OpenWorkspace workspace() {
        return services.workspace();
    }

    public List<String> indicatorCodes() {
        return List.copyOf(engine.lexicon().indicators().keySet()).stream().sorted().toList();
    }

    /** An indicator's name in the UI's language (the code when the lexicon does not know it). */
    public String indicatorName(String code) {
        var i = engine.lexicon().indicators().get(code);
        if (i == null) {
            return code;
        }
        return Messages.locale().getLanguage().equals("zh") || i.nameEn() == null || i.nameEn().isBlank()
                ? i.nameZh() : i.nameEn();
    }

    public Duration sessionTime() {
        return Duration.between(sessionStart, clock.instant());
    }

    /** Reviewed figures out of all of the shown report. */
    ReportListViewModel.Counts reportCounts() {
        int reviewed = (int) figures.stream().filter(f -> f.status().isDecided()).count();
        return new ReportListViewModel.Counts(reviewed, figures.size());
    }

    /** Reviewed figures out of all over the workspace. */
    ReportListViewModel.Counts workspaceCounts() {
        return list.counts();
    }

    // ---- loading -----------------------------------------------------------------------------------------

    /** Loads the report list and selects the first report with pending figures, at its first pending figure. */
    public void load() {
        list.load(first -> showReport(first, null));
    }

    /** Whether the report list was read once (or could not be): what the first frame of the window waits for. */
    public javafx.beans.property.ReadOnlyBooleanProperty listedProperty() {
        return list.listedProperty();
    }

    public void selectReport(ReportSummary s) {
        if (s != null && (report.get() == null || report.get().report().id() != s.report().id())) {
            showReport(s, null);
        }
    }

    /** A report's figures as this analyst works on them, read off the JavaFX thread. */
    private record Shown(String annotator, List<ReviewedFigure> figures) {
    }

    /** The figures of a report the analyst works on: their blind copy while they annotate it blind, else its own. */
    private Shown figuresOf(long reportId) {
        String who = team.annotatorFor(reportId, analyst());
        return new Shown(who, queries.figures(reportId, who));
    }

    private void use(Shown shown) {
        annotator = shown.annotator();
        blind.set(!annotator.equals(ReportQueries.OWN_FIGURES));
        allFigures = pending.overlay(shown.figures());
        figures.setAll(order.arrange(allFigures));
    }

    /** Doubtful first and the confidence filter; changing either rearranges the shown report's figures. */
    ReviewOrder reviewOrder() {
        return order;
    }

    private void rearrange() {
        ReviewedFigure selected = figure.get();
        figures.setAll(order.arrange(allFigures));
        figure.set(selected != null && figures.contains(selected) ? selected : figures.isEmpty() ? null : figures.get(0));
    }

    /** Shows a report; selects the given figure, else its first pending one, else its first. */
    private void showReport(ReportSummary s, Long figureId) {
        long id = s.report().id();
        run(() -> Map.entry(queries.text(id), figuresOf(id)), loaded -> {
            StartupSteps.mark("report");
            report.set(s);
            reportText.set(loaded.getKey());
            use(loaded.getValue());
            ReviewedFigure target = figureId == null ? null : find(figureId).orElse(null);
            if (target == null) {
                target = figures.stream().filter(f -> f.status() == Status.PENDING).findFirst()
                        .orElse(figures.isEmpty() ? null : figures.get(0));
            }
            figure.set(target);
        });
    }

    private void loadHistory(ReviewedFigure f) {
        if (f == null) {
            history.clear();
            return;
        }
        // quietly: a history that cannot be read while the server is away is no news (the banner says it is away)
        runner.run(() -> queries.history(f.id()), history::setAll,
                e -> history.clear());
    }

    // ---- navigation --------------------------------------------------------------------------------------

    public void next() {
        move(1);
    }

    public void previous() {
        move(-1);
    }

    private void move(int step) {
        if (figures.isEmpty()) {
            return;
        }
        int i = figure.get() == null ? -1 : figures.indexOf(figure.get());
        int j = Math.max(0, Math.min(figures.size() - 1, i + step));
        figure.set(figures.get(j));
    }

    /** The next pending figure after the selected one; in the next report with pending figures when none is left. */
    public void nextPending() {
        int start = figure.get() == null ? -1 : figures.indexOf(figure.get());
        for (int k = 1; k <= figures.size(); k++) {
            ReviewedFigure f = figures.get((start + k) % figures.size());
            if (f.status() == Status.PENDING) {
                figure.set(f);
                return;
            }
        }
        ReportSummary next = list.nextWithPending();
        if (next != null) {
            showReport(next, null);
            return;
        }
        message.set(Messages.tr("vm.allReviewed"));
    }

    // ---- review ------------------------------------------------------------------------------------------

    public void accept() {
        decide(Status.CONFIRMED, "vm.accepted", true);
    }

    public void reject() {
        decide(Status.REJECTED, "vm.rejected", true);
    }

    public void restore() {
        decide(Status.PENDING, "vm.restored", false);
    }

    private void decide(Status status, String done, boolean advance) {
        FigureEdit.Then then = advance ? FigureEdit.Then.NEXT_PENDING : FigureEdit.Then.STAY;
        ReviewedFigure f = figure.get();
        if (f == null) {
            return;
        }
        saver.save(new FigureEdit.SetField(f, "status", status.code(), Messages.tr(done, describe(f)), then));
    }

    /**
     * Corrects a field from what the analyst typed. Invalid input is refused with a message and nothing changes.
     *
     * @return whether the edit was accepted for writing
     */
    public boolean edit(ReviewedFigure f, String field, String typed) {
        return edit(f, field, typed, FigureEdit.Then.STAY);
    }

    /**
     * Corrects a field from what the analyst typed in the figure table and ended with Enter: once saved, the row
     * below is selected, as in a spreadsheet. Invalid input is refused and the selection stays.
     */
    public boolean editAndMoveDown(ReviewedFigure f, String field, String typed) {
        return edit(f, field, typed, FigureEdit.Then.NEXT_ROW);
    }

    private boolean edit(ReviewedFigure f, String field, String typed, FigureEdit.Then then) {
        String value = typed == null ? "" : typed.strip();
        String problem = validate(field, value);
        if (problem != null) {
            error.set(problem);
            return false;
        }
        saver.save(new FigureEdit.SetField(f, field, value, Messages.tr("vm.edited", describe(f), field, value), then));
        return true;
    }

    /** Why a typed value is not valid for a field, or null if it is. */
    public String validate(String field, String value) {
        return input.validate(field, value);
    }

    /** A figure the engine missed, from text the analyst selected: number, unit and growth are read from it. */
    public void addFigure(int start, int end, String indicator) {
        ReportSummary s = report.get();
        if (s == null || end <= start) {
            error.set(Messages.tr("vm.selectFirst"));
            return;
        }
        String selected = reportText.get().substring(start, end);
        Figure prefilled = input.prefill(indicator, selected, new Span(start, end), s.report().identity());
        saver.save(new FigureEdit.AddFigure(s.report().id(), prefilled, annotator, Messages.tr("vm.added", indicator)));
    }

    /** The indicator a selection names, by the lexicon (新增市场主体5000家 → new_market_entities). */
    public Optional<String> guessIndicator(String selected) {
        return input.guessIndicator(selected);
    }

    public void undo() {
        if (undo.isEmpty()) {
            message.set(Messages.tr("vm.nothingToUndo"));
            return;
        }
        history(undo, redo, true);
    }

    public void redo() {
        if (redo.isEmpty()) {
            message.set(Messages.tr("vm.nothingToRedo"));
            return;
        }
        history(redo, undo, false);
    }

    /** An undo or redo: done, or refused because its batch is another analyst's (refusedBy) or its figure changed. */
    private record Reverted(long batch, long figureId, String refusedBy) {
    }

    /**
     * Undoes the newest batch of {@code from} (a redo undoes an undo) with {@link ReviewService#undo}, which never
     * reverts someone else's work: a refusal says why and nothing is reverted.
     */
    private void history(Deque<Long> from, Deque<Long> to, boolean isUndo) {
        error.set("");
        if (pending.holding()) {
            error.set(Messages.tr("vm.undoWaits")); // kept edits go first, or the undo would overtake them
            return;
        }
        long batch = from.pop();
        runner.run(() -> {
            String owner = queries.batch(batch).stream().findFirst()
                    .map(Change::analyst).orElse(analyst());
            if (!owner.equals(analyst())) {
                return new Reverted(-1, -1, owner);
            }
            long next = own.batch(() -> review.undo(batch));
            return new Reverted(next, review.figureOf(next), null);
        }, r -> {
            if (r.refusedBy() != null) {
                error.set(Messages.tr("vm.undoNotYours", r.refusedBy()));
                return;
            }
            to.push(r.batch());
            sessionDecisions.set(Math.max(0, sessionDecisions.get() + (isUndo ? -1 : 1)));
            message.set(Messages.tr(isUndo ? "vm.undone" : "vm.redone"));
            refresh(r.figureId() < 0 ? null : r.figureId());
            changed();
        }, e -> {
            var theirs = WorkspaceFailures.conflict(e);
            if (theirs.isPresent()) {
                // someone changed the figure since: this step can no longer be undone; it leaves the stack
                error.set(Messages.tr("vm.undoConflict", theirs.get().analyst(), FigureConflict.time(theirs.get().changedAt())));
                refresh(theirs.get().id());
            } else if (WorkspaceFailures.unavailable(e)) {
                from.push(batch); // nothing happened: it can be tried again once the server is back
                pending.connection(false);
                error.set(Messages.tr("vm.offline"));
            } else {
                failed(e);
            }
        });
    }

    /** The analyst's note on the selected figure (the newest in its history), or "". */
    public String note() {
        return history.stream().filter(c -> c.field().equals("note")).reduce((a, b) -> b)
                .map(c -> c.newValue() == null ? "" : c.newValue()).orElse("");
    }

    /** Leaves a note on the selected figure (empty removes it); undone like any change. */
    public void note(String text) {
        ReviewedFigure f = figure.get();
        if (f == null) {
            return;
        }
        error.set("");
        runner.run(() -> own.batch(() -> review.note(f.id(), text)), batch -> {
            if (batch >= 0) {
                undo.push(batch);
                redo.clear();
                message.set(Messages.tr("vm.noted", describe(f)));
            }
            loadHistory(f);
        }, e -> {
            if (e instanceof IllegalArgumentException) {
                error.set(Messages.tr("vm.noteTooLong", ReviewService.NOTE_LIMIT));
            } else {
                failed(e);
            }
        });
    }

    /** Reverts the selected figure's field to the value it had after a change in its history. */
    public void revertTo(Change c) {
        ReviewedFigure f = figure.get();
        if (f == null || c == null) {
            return;
        }
        if (c.field().equals("*")) {
            error.set(Messages.tr("vm.revertWhole")); // a whole figure comes and goes with Undo, not from its history
            return;
        }
        String value = c.newValue() == null ? "" : c.newValue();
        if (c.field().equals("status")) {
            saver.save(new FigureEdit.SetField(f, "status", value, Messages.tr("vm.statusSetBack", value), FigureEdit.Then.STAY));
        } else {
            edit(f, c.field(), value);
        }
    }

    // ---- the report as a whole, import and export: their own view models ------------------------------------

    ReportDetailsViewModel details() {
        return details;
    }

    TransferViewModel transfer() {
        return transfer;
    }

    public void updateIdentity(ReportIdentity id) {
        details.updateIdentity(id);
    }

    public void reextract() {
        details.reextract();
    }

    /** Stops a running import after the document in hand; what was imported stays. */
    public void cancelImport() {
        transfer.cancelImport();
    }

    public void importFiles(List<Path> paths, Consumer<ImportSummary> done) {
        transfer.importFiles(paths, done);
    }

    public void exportXlsx(Path target, java.util.Collection<Long> reportIds, java.util.Locale locale,
                           Consumer<org.zhibiao.export.ExportResult> done) {
        transfer.exportXlsx(target, reportIds, locale, done);
    }

    public void importText(String name, String text) {
        transfer.importText(name, text);
    }

    /** Whether the shown report is given to this analyst and they have not yet said it is finished. */
    public static boolean canMarkDone(ReportSummary s) {
        return ReportDetailsViewModel.canMarkDone(s);
    }

    public void markDone() {
        details.markDone();
    }

    /** Reads the report list again (counts, assignments), updating it in place and keeping the shown report. */
    public void refreshReports() {
        list.refresh();
    }

    /** Reads again the counts of the reports with these ids only (the whole list when one is new). */
    public void refreshReports(java.util.Collection<Long> ids) {
        list.refresh(ids);
    }

    /** Decides what happens when someone else changed a figure the analyst changed: the view asks them. */
    public void onConflict(Consumer<FigureConflict> handler) {
        saver.onConflict(handler);
    }

    /** The analyst keeps the other's figure: theirs is shown again and their change is dropped. */
    public void keepTheirs(FigureConflict c) {
        saver.keepTheirs(c);
    }

    /** The analyst's change goes over the other's: saved again against the figure as the other left it. */
    public void useMine(FigureConflict c) {
        saver.useMine(c);
    }

    /**
     * Starts looking for others' changes (and for a lost server's return) while the workspace is open. Called before
     * {@link #load()}: where the log stands is read first, so that nothing changed while loading goes unseen.
     */
    public void watch() {
        others.watch();
    }

    /**
     * {@link #watch()} then {@link #load()}, from what was read as the workspace opened, when it comes; as they
     * would when the read failed or was for another analyst.
     */
    public void watchAndLoad(java.util.concurrent.CompletableFuture<ReadAhead> ahead) {
        if (ahead.isDone()) {
            use(ahead); // usually: the list is in the window before it first shows
        } else {
            ahead.whenComplete((read, failed) -> runner.post(() -> use(ahead)));
        }
    }

    private void use(java.util.concurrent.CompletableFuture<ReadAhead> ahead) {
        if (closed) {
            return; // another workspace took the window meanwhile
        }
        ReadAhead read = ahead.exceptionally(e -> null).join();
        if (read == null || !read.analyst().equals(analyst())) {
            watch();
            load();
            return;
        }
        others.watchFrom(read.latestChange());
        list.use(read.reports(), first -> showReport(first, null));
    }

    /** Stops looking; the workspace is about to close (windows that show it close with it). */
    public void close() {
        closed = true;
        others.close();
        List<Runnable> closing = List.copyOf(closeListeners);
        closeListeners.clear();
        closing.forEach(Runnable::run);
    }

    private final List<Runnable> closeListeners = new java.util.ArrayList<>();
    private boolean closed;

    /** Called when the workspace closes: windows that show it close too. */
    void onClose(Runnable listener) {
        closeListeners.add(listener);
    }

    /** A cell of the figure table is being edited: the table is not reloaded under the analyst's typing. */
    public void editing(boolean on) {
        others.editing(on);
    }

    /** The workbench as saving and others' changes see it: the figure table, its reloads, the undo stack. */
    private final class Screen implements EditSaver.Workbench, OthersChanges.Workbench {
        @Override
        public void undoable(long batch) {
            undo.push(batch);
            redo.clear();
            sessionDecisions.set(sessionDecisions.get() + 1);
        }

        @Override
        public void refresh(Long figureId, Runnable then) {
            WorkbenchViewModel.this.refresh(figureId, then);
        }

        @Override
        public void reload() {
            WorkbenchViewModel.this.refresh(figure.get() == null ? null : figure.get().id());
        }

        @Override
        public boolean preview(FigureEdit.SetField change) {
            int i = indexOfFigure(change.figureId());
            if (i < 0) {
                return false;
            }
            ReviewedFigure preview = change.preview();
            boolean selected = figure.get() != null && figure.get().id() == change.figureId();
            figures.set(i, preview);
            allFigures = allFigures.stream().map(f -> f.id() == change.figureId() ? preview : f).toList();
            if (selected) {
                figure.set(preview);
            }
            return true;
        }

        @Override
        public void nextPending() {
            WorkbenchViewModel.this.nextPending();
        }

        @Override
        public void nextRow() {
            next();
        }

        @Override
        public void changed() {
            WorkbenchViewModel.this.changed();
        }

        @Override
        public void failed(Throwable e) {
            WorkbenchViewModel.this.failed(e);
        }

        @Override
        public long shownReport() {
            return report.get() == null ? -1 : report.get().report().id();
        }

        @Override
        public void reloadReports(java.util.Collection<Long> reportIds) {
            refreshReports(reportIds);
        }
    }

    // ---- plumbing ----------------------------------------------------------------------------------------

    private void refresh(Long figureId) {
        refresh(figureId, () -> { });
    }

    /** What a refresh reads from the workspace, off the JavaFX thread. */
    private record Refresh(List<ReportSummary> reports, long reportId, Shown shown) {
    }

    /** Reloads the figures and the report list, keeping the selection on a figure (in another report for an undo there). */
    private void refresh(Long figureId, Runnable then) {
        long shown = report.get() == null ? -1 : report.get().report().id();
        run(() -> {
            long reportId = shown;
            if (figureId != null) {
                reportId = queries.figure(figureId)
                        .map(ReviewedFigure::reportId).orElse(shown);
            }
            long id = reportId;
            // only the reports concerned: the shown one and the one of the figure (an undo in another report)
            List<Long> concerned = java.util.stream.LongStream.of(shown, id).filter(x -> x >= 0).distinct().boxed().toList();
            List<ReportSummary> some = queries.summariesFor(review.analyst(), concerned);
            Shown list = id < 0 ? new Shown(ReportQueries.OWN_FIGURES, List.of()) : figuresOf(id);
            return new Refresh(some, id, list);
        }, r -> {
            list.update(r.reports());
            if (r.reportId() != shown) {
                r.reports().stream().filter(s -> s.report().id() == r.reportId()).findFirst()
                        .ifPresent(s -> showReport(s, figureId));
                return;
            }
            int was = figureId == null ? -1 : indexOfFigure(figureId);
            use(r.shown());
            ReviewedFigure select = figureId == null ? null : find(figureId).orElse(null);
            if (select == null && was >= 0) {
                // the figure left the list ("pending only" and it was decided): the row above it is selected, so
                // that moving on (next pending, next row) lands on the figure that came after it
                figure.set(was == 0 || figures.isEmpty() ? null : figures.get(Math.min(was, figures.size()) - 1));
            } else {
                figure.set(select != null ? select : figures.isEmpty() ? null : figures.get(0));
            }
            then.run();
            if (figure.get() == null && !figures.isEmpty()) {
                figure.set(figures.get(0));
            }
        });
    }

    private int indexOfFigure(long id) {
        for (int i = 0; i < figures.size(); i++) {
            if (figures.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private Optional<ReviewedFigure> find(long id) {
        return figures.stream().filter(f -> f.id() == id).findFirst();
    }

    private String describe(ReviewedFigure f) {
        return indicatorName(f.figure().indicator()) + " " + f.figure().kind().code() + " " + f.figure().year();
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        runner.run(work, done, this::failed);
    }

    private void failed(Throwable e) {
        status.failed(e);
    }
}
