package org.zhibiao.ui;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zhibiao.export.ExportResult;
import org.zhibiao.extract.Extractor;
import org.zhibiao.service.ImportSummary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Bringing reports in and figures out: importing files or pasted text and exporting a workbook, in the background
 * with progress (import can be cancelled after the document in hand). Failed files are named with their reasons.
 */
final class TransferViewModel {

    private final WorkbenchServices services;
    private final Supplier<Extractor> extractor;
    private final OwnWrites own;
    private final TaskRunner runner;
    private final WorkbenchStatus status;
    private final Runnable afterImport;
    private volatile boolean cancel;
    private final ObservableList<String> notImported = FXCollections.observableArrayList();

    /**
     * @param extractor   the engine in use (it changes when the analyst extends the dictionary)
     * @param afterImport what the workbench does once reports came in (read the list again)
     */
    TransferViewModel(WorkbenchServices services, Supplier<Extractor> extractor, OwnWrites own, TaskRunner runner,
                      WorkbenchStatus status, Runnable afterImport) {
        this.services = services;
        this.extractor = extractor;
        this.own = own;
        this.runner = runner;
        this.status = status;
        this.afterImport = afterImport;
    }

    /**
     * The files the last import could not take, one line each with the reason; the view shows them in a list that
     * can be read whole and dismissed (dismissing empties it).
     */
    ObservableList<String> notImported() {
        return notImported;
    }

    /** Stops a running import after the document in hand; what was imported stays. */
    void cancelImport() {
        cancel = true;
    }

    void importFiles(List<Path> paths, Consumer<ImportSummary> done) {
        cancel = false;
        notImported.clear();
        TaskProgress bar = new TaskProgress(status.progress(), runner, () -> cancel);
        var importer = services.engine().importer(extractor.get());
        runner.run(() -> own.bulk(() -> importer.importPaths(paths, bar)), summary -> {
            bar.finish();
            status.message().set(Messages.tr("vm.imported", summary.imported().size(), summary.figures(),
                    summary.duplicates().size(), summary.failed().size()));
            if (!summary.failed().isEmpty()) {
                StringBuilder b = new StringBuilder(Messages.tr("vm.notImported") + " ");
                List<String> lines = new ArrayList<>();
                summary.failed().keySet().forEach(p -> {
                    String why = summary.reason(p, Messages.locale());
                    b.append(p.getFileName()).append(" (").append(why).append("); ");
                    lines.add(p.getFileName() + " — " + why);
                });
                status.error().set(b.toString());
                notImported.setAll(lines); // the whole list, for a dialog: the status line cuts a long one off
            }
            afterImport.run();
            done.accept(summary);
        }, e -> {
            bar.finish();
            status.failed(e);
        });
    }

    void importText(String name, String text) {
        var importer = services.engine().importer(extractor.get());
        runner.run(() -> own.bulk(() -> importer.importText(name, text)), n -> {
            status.message().set(n < 0 ? Messages.tr("vm.pasteDuplicate") : Messages.tr("vm.pasted", name, n));
            afterImport.run();
        }, status::failed);
    }

    /**
     * Exports the workspace (or the given reports: what the report list's filter shows) to an Excel workbook, in
     * the background with a progress bar; the previous file is kept if anything fails.
     */
    void exportXlsx(Path target, Collection<Long> reportIds, Locale locale, Consumer<ExportResult> done) {
        status.error().set("");
        TaskProgress bar = new TaskProgress(status.progress(), runner, () -> false);
        var exporter = services.engine().exporter(extractor.get());
        runner.run(() -> exporter.export(target, locale, reportIds, bar), r -> {
            bar.finish();
            status.message().set(Messages.tr("vm.exported", r.figures(), r.reports(), r.file()));
            done.accept(r);
        }, e -> {
            bar.finish();
            status.failed(e);
        });
    }
}
