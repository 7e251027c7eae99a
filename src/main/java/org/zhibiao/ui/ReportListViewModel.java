package org.zhibiao.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zhibiao.model.ReportSummary;
import org.zhibiao.service.ReportQueries;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * The report list of the workbench: the reports with their review counts as this analyst sees them, and the one
 * shown. Counts are read again for the reports a change concerned only (a few reports' counts take milliseconds,
 * every report's seconds on a large workspace); reports others add or remove come and go.
 */
final class ReportListViewModel {

    /** Reviewed figures out of all, over the workspace. */
    record Counts(int reviewed, int total) {
    }

    private final ReportQueries queries;
    private final String analyst;
    private final TaskRunner runner;
    private final WorkbenchStatus status;
    private final ObservableList<ReportSummary> reports = FXCollections.observableArrayList();
    private final ObjectProperty<ReportSummary> shown = new SimpleObjectProperty<>();
    private final javafx.beans.property.BooleanProperty listed = new javafx.beans.property.SimpleBooleanProperty();

    ReportListViewModel(ReportQueries queries, String analyst, TaskRunner runner, WorkbenchStatus status) {
        this.queries = queries;
        this.analyst = analyst;
        this.runner = runner;
        this.status = status;
    }

    ObservableList<ReportSummary> reports() {
        return reports;
    }

    /** The report shown (its counts kept current when the list is read again). */
    ObjectProperty<ReportSummary> shownProperty() {
        return shown;
    }

    /** Whether the list was read once, with or without reports, or could not be (the first frame waits for it). */
    javafx.beans.property.ReadOnlyBooleanProperty listedProperty() {
        return listed;
    }

    long shownId() {
        return shown.get() == null ? -1 : shown.get().report().id();
    }

    /** Reads the list; then hands over the report to show first: the first with pending figures, else the first. */
    void load(Consumer<ReportSummary> showFirst) {
        runner.run(() -> queries.summariesFor(analyst), list -> use(list, showFirst), e -> {
            listed.set(true);
            status.failed(e);
        });
    }

    /** The same with the list read already (ReadAhead). */
    void use(List<ReportSummary> list, Consumer<ReportSummary> showFirst) {
        reports.setAll(list);
        listed.set(true);
        StartupSteps.mark("listed");
        ReportSummary first = list.stream().filter(s -> s.pending() > 0).findFirst()
                .orElse(list.isEmpty() ? null : list.get(0));
        if (first != null) {
            showFirst.accept(first);
        }
    }

    /** Reads the whole list again, then hands over the report with this id (shown afresh). */
    void reload(long reportId, Consumer<ReportSummary> show) {
        runner.run(() -> queries.summariesFor(analyst), list -> {
            reports.setAll(list);
            list.stream().filter(s -> s.report().id() == reportId).findFirst().ifPresent(s -> {
                shown.set(null);
                show.accept(s);
            });
        }, status::failed);
    }

    /** Reads the report list again (counts, assignments), updating it in place and keeping the shown report. */
    void refresh() {
        runner.run(() -> queries.summariesFor(analyst), this::merge, status::failed);
    }

    /**
     * Reads again the counts of the reports with these ids only, unless one of them is not in the list yet (someone
     * imported it): then the whole list.
     */
    void refresh(Collection<Long> ids) {
        if (ids == null || ids.stream().anyMatch(id -> id == null || indexOf(id) < 0)) {
            refresh();
            return;
        }
        List<Long> only = List.copyOf(new LinkedHashSet<>(ids));
        runner.run(() -> queries.summariesFor(analyst, only), this::update, status::failed);
    }

    /** Takes a new report list: counts updated in place; reports others added or removed come and go. */
    void merge(List<ReportSummary> all) {
        List<Long> now = all.stream().map(s -> s.report().id()).toList();
        List<Long> before = reports.stream().map(s -> s.report().id()).toList();
        if (!now.equals(before)) {
            reports.setAll(all);
        }
        update(all);
    }

    /** Takes new counts of some reports, in place; the others stay as they are. */
    void update(List<ReportSummary> some) {
        for (ReportSummary s : some) {
            int i = indexOf(s.report().id());
            if (i >= 0 && !reports.get(i).equals(s)) {
                reports.set(i, s);
            }
            if (shown.get() != null && shown.get().report().id() == s.report().id() && !shown.get().equals(s)) {
                shown.set(s);
            }
        }
    }

    int indexOf(long id) {
        for (int i = 0; i < reports.size(); i++) {
            if (reports.get(i).report().id() == id) {
                return i;
            }
        }
        return -1;
    }

    /** The next report after the shown one (round the list) that still has pending figures, or null. */
    ReportSummary nextWithPending() {
        int at = shown.get() == null ? -1 : indexOf(shownId());
        for (int k = 1; k <= reports.size(); k++) {
            ReportSummary s = reports.get((at + k) % reports.size());
            if (s.pending() > 0 && s.report().id() != shownId()) {
                return s;
            }
        }
        return null;
    }

    /** Reviewed and all figures over the workspace. */
    Counts counts() {
        int reviewed = 0;
        int total = 0;
        for (ReportSummary s : reports) {
            reviewed += s.reviewed();
            total += s.figures();
        }
        return new Counts(reviewed, total);
    }
}
