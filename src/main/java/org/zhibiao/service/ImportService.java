package org.zhibiao.service;

import org.zhibiao.extract.Extractor;
import org.zhibiao.model.Change;
import org.zhibiao.model.Progress;
import org.zhibiao.model.Figure;
import org.zhibiao.model.Status;
import org.zhibiao.store.ChangeLog;
import org.zhibiao.store.Workspace;
import org.zhibiao.store.WorkspaceException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports report files into a workspace: read, identify, extract, store. Each document is stored in one
 * transaction with its figures and change-log entries, so an import killed half-way leaves whole reports only, and
 * running it again adds the rest: a document whose text the workspace already holds is skipped (content hash).
 */
public final class ImportService {

    private final Workspace workspace;
    private final DocumentReader reader;
    private final String analyst;
    private final Clock clock;

    public ImportService(Workspace workspace, Extractor extractor, String analyst, Clock clock) {
        this.workspace = workspace;
        this.reader = new DocumentReader(extractor);
        this.analyst = analyst;
        this.clock = clock;
    }

    public ImportSummary importPaths(List<Path> paths, Progress progress) {
        List<Path> files;
        try {
            files = DocumentReader.expand(paths);
        } catch (IOException e) {
            throw new WorkspaceException("The folder cannot be read: " + e.getMessage(), e);
        }
        List<Path> imported = new ArrayList<>();
        List<Path> duplicates = new ArrayList<>();
        Map<Path, String> failed = new LinkedHashMap<>();
        int figures = 0;
        // reading and extraction run on every core, a few documents ahead; storing stays in file order on this
        // thread (one writer)
        try (ReadAhead ahead = new ReadAhead(reader, files)) {
        for (int i = 0; i < files.size() && !progress.cancelled(); i++) {
            Path file = files.get(i);
            DocumentReader.Result r = ahead.next();
            String outcome;
            if (!r.ok()) {
                failed.put(file, r.error());
                outcome = r.error();
            } else {
                int stored;
                try {
                    stored = store(file, r);
                } catch (WorkspaceException e) {
                    // the document's transaction was rolled back; if the workspace cannot be written any more (a full
                    // disk), the rest of the batch is reported as not imported rather than tried
                    failed.put(file, e.getMessage());
                    progress.update(i + 1, files.size(), file, e.getMessage());
                    if (workspace.broken() != null) {
                        for (int k = i + 1; k < files.size(); k++) {
                            failed.put(files.get(k), "not imported: " + workspace.broken());
                        }
                        break;
                    }
                    continue;
                }
                if (stored < 0) {
                    duplicates.add(file);
                    outcome = "already in the workspace";
                } else {
                    imported.add(file);
                    figures += stored;
                    outcome = "imported, " + stored + " figures";
                }
            }
            progress.update(i + 1, files.size(), file, outcome);
        }
        }
        return new ImportSummary(imported, duplicates, failed, figures);
    }

    /**
     * Imports text pasted by the analyst as a report named {@code name}.
     *
     * @return the new report's figure count, or -1 if the workspace already has this text
     */
    public int importText(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new WorkspaceException("There is no text to import.");
        }
        org.zhibiao.text.NormalizedText normalized = new org.zhibiao.text.Normalizer().normalize(text);
        Path file = Path.of(name);
        return store(file, new DocumentReader.Result(file, "pasted", normalized, reader.extractor().read(normalized), null));
    }

    /** Stores one document; returns its figure count, or -1 if the workspace already has it. */
    private int store(Path file, DocumentReader.Result r) {
        String text = r.text().original();
        String hash = sha256(text);
        Instant now = clock.instant();
        return workspace.inTransaction(() -> {
            if (workspace.reports().byHash(hash).isPresent()) {
                return -1;
            }
            long reportId = workspace.reports().insert(file.getFileName().toString(), hash, r.format(),
                    r.reading().identity(), text, now, analyst);
            List<Figure> figures = r.reading().figures();
            List<Long> ids = workspace.figures().insertAll(reportId, figures, Status.PENDING, analyst, now);
            ChangeLog log = workspace.changes();
            long batch = log.newBatch();
            List<Change> changes = new ArrayList<>(ids.size() + 1);
            changes.add(ChangeLog.change(batch, now, analyst, "import", reportId, null, "*", null, file.getFileName().toString()));
            for (int i = 0; i < ids.size(); i++) {
                changes.add(ChangeLog.change(batch, now, analyst, "import", reportId, ids.get(i), "*", null,
                        FigureText.describe(figures.get(i))));
            }
            log.append(changes);
            return figures.size();
        });
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
