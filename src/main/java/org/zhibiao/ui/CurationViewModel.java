package org.zhibiao.ui;

import static org.zhibiao.ui.Messages.tr;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.zhibiao.analysis.Agreement;
import org.zhibiao.analysis.Curation;
import org.zhibiao.extract.Extractor;
import org.zhibiao.extract.Indicator;
import org.zhibiao.model.Assignment;
import org.zhibiao.model.Curated;
import org.zhibiao.model.Figure;
import org.zhibiao.model.Report;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;
import org.zhibiao.service.ReviewService;
import org.zhibiao.service.TeamService;
import org.zhibiao.service.ReportQueries;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The state of the curation window: the double-annotated reports with their agreement, and for the chosen one the
 * aligned rows of the two analysts' versions with what the lead keeps of each. Reading and saving go through the
 * {@link TaskRunner}; saving is possible once no row is undecided.
 */
public final class CurationViewModel {

    /** A report two analysts annotated blind, with how far they agree and whether it has been curated. */
    public static final class PairedReport {
        private final long reportId;
        private final String title;
        private final Agreement agreement;
        private final StringProperty curatedBy;
        private final Set<String> done;

        PairedReport(long reportId, String title, Agreement agreement, String curatedBy, Set<String> done) {
            this.reportId = reportId;
            this.title = title;
            this.agreement = agreement;
            this.curatedBy = new SimpleStringProperty(curatedBy == null ? "" : curatedBy);
            this.done = Set.copyOf(done);
        }

        public long reportId() {
            return reportId;
        }

        public String title() {
            return title;
        }

        public Agreement agreement() {
            return agreement;
        }

        public String analystA() {
            return agreement.analystA();
        }

        public String analystB() {
            return agreement.analystB();
        }

        /** Who curated it; empty while it has not been curated. Observable: saving marks it at once. */
        public StringProperty curatedByProperty() {
            return curatedBy;
        }

        public boolean curated() {
            return !curatedBy.get().isEmpty();
        }

        /** Whether the analyst said they finished their blind version: the lead curates once both have. */
        public boolean done(String analyst) {
            return done.contains(analyst);
        }
    }

    private record Loaded(List<PairedReport> reports, Agreement.Overall overall) {
    }

    private final ReportQueries queries;
    private final Extractor extractor;
    private final TeamService team;
    private final String lead;
    private final TaskRunner runner;
    private final LongConsumer onCurated;

    private final ObservableList<PairedReport> reports = FXCollections.observableArrayList();
    private final ObjectProperty<PairedReport> selected = new SimpleObjectProperty<>();
    private final ObservableList<CurationLine> lines =
            FXCollections.observableArrayList(l -> new Observable[] {l.keptProperty()});
    private final StringProperty overall = new SimpleStringProperty("");
    private final StringProperty header = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty unsaved = new SimpleBooleanProperty(false);
    private final IntegerBinding undecided;
    private final BooleanBinding canSave;
    private long generation;

    /**
     * @param team      the team's use cases, acting as the lead: the change log records the curation under this name
     * @param onCurated told the report id after a curation was saved (the workbench reloads its figures)
     */
    public CurationViewModel(TeamService team, ReportQueries queries, Extractor extractor, String lead, TaskRunner runner,
                             LongConsumer onCurated) {
        this.queries = queries;
        this.extractor = extractor;
        this.team = team;
        this.lead = lead;
        this.runner = runner;
        this.onCurated = onCurated == null ? id -> { } : onCurated;
        undecided = Bindings.createIntegerBinding(() -> (int) lines.stream().filter(CurationLine::undecided).count(),
                lines);
        canSave = selected.isNotNull().and(busy.not()).and(undecided.isEqualTo(0));
        // a choice is an update of a row's kept figure; loading a report replaces the rows and is none
        lines.addListener((ListChangeListener<CurationLine>) c -> {
            while (c.next()) {
                if (c.wasUpdated()) {
                    unsaved.set(true);
                }
            }
        });
    }

    /** The seam for slow work and for screen work after an event. */
    public TaskRunner runner() {
        return runner;
    }

    /** Loads the double-annotated reports and their agreement; keeps the chosen report if it is still there. */
    public void refresh() {
        busy.set(true);
        runner.run(this::load, loaded -> {
            busy.set(false);
            long keep = selected.get() == null ? -1 : selected.get().reportId();
            reports.setAll(loaded.reports());
            Agreement.Overall o = loaded.overall();
            overall.set(tr("curation.overall", o.reports(), f1(o.score().f1()), kappa(o.kappa()),
                    o.agreedDecisions(), o.decisions()));
            PairedReport again = reports.stream().filter(r -> r.reportId() == keep).findFirst()
                    .orElse(reports.isEmpty() ? null : reports.get(0));
            select(again);
        }, this::fail);
    }

    private Loaded load() {
        List<Agreement> agreements = team.agreement();
        Map<Long, Set<String>> done = new HashMap<>();
        for (Assignment a : team.assignments()) {
            if (a.done()) {
                done.computeIfAbsent(a.reportId(), k -> new HashSet<>()).add(a.analyst());
            }
        }
        List<PairedReport> out = new ArrayList<>();
        for (Agreement a : agreements) {
            Report r = queries.report(a.reportId()).orElse(null);
            out.add(new PairedReport(a.reportId(), title(r, a.reportId()), a,
                    team.curatedBy(a.reportId()).orElse(null), done.getOrDefault(a.reportId(), Set.of())));
        }
        return new Loaded(out, Agreement.overall(agreements));
    }

    /** A report as the list names it: region and year, else its file name. */
    private static String title(Report r, long id) {
        if (r == null) {
            return "#" + id;
        }
        String region = r.identity().region();
        if (region == null || region.isBlank()) {
            return r.fileName();
        }
        Integer year = r.identity().reportYear();
        return year == null ? region : region + " " + year;
    }

    /** Shows a report's aligned rows, each with its default choice (any choices made on another report are lost). */
    public void select(PairedReport r) {
        if (r == selected.get() && r != null && !lines.isEmpty()) {
            return;
        }
        selected.set(r);
        lines.clear();
        unsaved.set(false);
        message.set("");
        if (r == null) {
            header.set("");
            return;
        }
        Agreement a = r.agreement();
        header.set(tr("curation.header", a.analystA(), a.analystB(), f1(a.score().f1()), kappa(a.kappa()),
                a.agreedDecisions(), a.decisions()));
        long mine = ++generation;
        runner.run(() -> Curation.align(team.version(r.reportId(), a.analystA()),
                team.version(r.reportId(), a.analystB())), rows -> {
            if (mine == generation) {
                lines.setAll(rows.stream().map(CurationLine::new).toList());
            }
        }, this::fail);
    }

    public boolean takeA(CurationLine line) {
        return line != null && line.takeA();
    }

    public boolean takeB(CurationLine line) {
        return line != null && line.takeB();
    }

    public void drop(CurationLine line) {
        if (line != null) {
            line.drop();
        }
    }

    /**
     * Keeps a figure edited by the lead: the row's figure with value, unit, growth and qualifier as typed, each
     * checked as the review checks a correction. Returns why the input was refused, or null when it was kept.
     */
    public String edit(CurationLine line, Map<String, String> typed) {
        ReviewedFigure f = new ReviewedFigure(0, selected.get() == null ? 0 : selected.get().reportId(),
                line.editBase(), Status.CORRECTED, lead, null, 0);
        try {
            for (Map.Entry<String, String> e : typed.entrySet()) {
                f = ReviewService.with(f, e.getKey(), e.getValue());
            }
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        line.keepEdited(f.figure());
        return null;
    }

    /** The figures the curation will keep, in row order. */
    public List<Figure> chosen() {
        return lines.stream().map(l -> l.kept().figure()).filter(Objects::nonNull).toList();
    }

    /**
     * Saves as {@link #save()} does, unless the report has been curated already (by anyone: the workspace is asked
     * now, not the list as it was loaded): then {@code curateAgain} is told by whom and when, and saving waits for
     * the lead to call {@link #save()}, since it replaces the report's figures again.
     */
    public void requestSave(Consumer<Curated> curateAgain) {
        if (!canSave.get()) {
            return;
        }
        PairedReport r = selected.get();
        runner.run(() -> team.curation(r.reportId()), before -> {
            if (before.isEmpty()) {
                save();
                return;
            }
            r.curatedByProperty().set(before.get().by());
            curateAgain.accept(before.get());
        }, this::fail);
    }

    /** Makes the kept figures the report's own (in the background) and marks the report curated, without asking. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        PairedReport r = selected.get();
        List<Figure> figures = chosen();
        busy.set(true);
        error.set("");
        unsaved.set(false); // the choices as of now are being saved; one made meanwhile counts as unsaved again
        runner.run(() -> team.curate(r.reportId(), figures), batch -> {
            busy.set(false);
            r.curatedByProperty().set(lead);
            message.set(tr("curation.saved", r.title(), figures.size()));
            onCurated.accept(r.reportId());
        }, e -> {
            if (r == selected.get()) {
                unsaved.set(true);
            }
            fail(e);
        });
    }

    private void fail(Throwable e) {
        busy.set(false);
        error.set(org.zhibiao.service.WorkspaceFailures.say(e, Messages.locale()));
    }

    /** An indicator's Chinese name, or its code when the lexicon does not know it. */
    public String indicatorName(String code) {
        Indicator i = extractor.lexicon().indicators().get(code);
        return i == null ? code : i.nameZh();
    }

    static String f1(double f1) {
        return String.format(Locale.ROOT, "%.2f", f1);
    }

    /** Kappa with two decimals; a dash when it is undefined (no decisions both analysts made). */
    static String kappa(double kappa) {
        return Double.isNaN(kappa) ? "–" : String.format(Locale.ROOT, "%.2f", kappa);
    }

    public ObservableList<PairedReport> reports() {
        return reports;
    }

    public ObjectProperty<PairedReport> selectedProperty() {
        return selected;
    }

    public ObservableList<CurationLine> lines() {
        return lines;
    }

    public IntegerBinding undecidedProperty() {
        return undecided;
    }

    /** True once the lead made a choice on the shown report that is not saved; switching report loses it. */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public StringProperty overallProperty() {
        return overall;
    }

    public StringProperty headerProperty() {
        return header;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public String lead() {
        return lead;
    }
}
