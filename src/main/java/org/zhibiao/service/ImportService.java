package org.zhibiao.service;

import org.zhibiao.model.Problem;
import org.zhibiao.extract.Extractor;
import org.zhibiao.model.Change;
import org.zhibiao.model.Progress;
import org.zhibiao.model.Figure;
import org.zhibiao.model.Status;
import org.zhibiao.store.ChangeLog;
import org.zhibiao.store.FigureStore;
import org.zhibiao.store.Workspace;
import org.zhibiao.store.AlreadyThereException;
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
            throw new WorkspaceException(Problem.of(Problem.Kind.FOLDER_UNREADABLE, paths.size() == 1 ? paths.get(0) : ""), e);
        }
        refuseWhenTheDiskIsTooSmall(files);
        List<Path> imported = new ArrayList<>();
        List<Path> duplicates = new ArrayList<>();
        Map<Path, String> failed = new LinkedHashMap<>();
        Map<Path, Problem> reasons = new LinkedHashMap<>();
        int figures = 0;
        // reading and extraction run on every core, a few documents ahead; storing stays in file order on this
        // thread (one writer)
        try (ReadAhead ahead = new ReadAhead(reader, files)) {
        for (int i = 0; i < files.size() && !progress.cancelled(); i++) {
            Path file = files.get(i);
            // what is stored of the document, without its normalised text (ToStore)
            ToStore r = ToStore.of(ahead.next());
            String outcome;
            if (!r.ok()) {
                failed.put(file, r.error());
                reasons.put(file, r.problem());
                outcome = r.error();
            } else {
                int stored;
                try {
                    stored = store(file, r);
                } catch (AlreadyThereException e) {
                    stored = -1; // another program sharing the workspace imported the same text meanwhile
                } catch (WorkspaceException e) {
                    // the document's transaction was rolled back; if the workspace cannot be written any more (a full
                    // disk), the rest of the batch is reported as not imported rather than tried
                    failed.put(file, e.getMessage());
                    reasons.put(file, e.problem());
                    progress.update(i + 1, files.size(), file, e.getMessage());
                    if (workspace.broken() != null) {
                        for (int k = i + 1; k < files.size(); k++) {
                            failed.put(files.get(k), "not imported: " + workspace.broken().english());
                            reasons.put(files.get(k), workspace.broken());
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
        return new ImportSummary(imported, duplicates, failed, figures, reasons);
    }

    /**
     * While an import runs the workspace file holds, besides the reports, space of replaced chunks not yet reused:
     * a 1,000-report import peaked at about 3.5 times its input while H2 kept that space for 45 s, 1.6 to 2.3 times
     * since it reuses it at once (Workspace.dataSource). An import that would fill the disk half way is refused
     * before it starts, with the space it needs.
     */
    static final int DISK_PER_INPUT_BYTE = 4;
    private static final long DISK_MARGIN = 4L << 20;

    private void refuseWhenTheDiskIsTooSmall(List<Path> files) {
        Path file = workspace.file();
        if (file == null) {
            return; // a server workspace: the server's disk is its own
        }
        long input = 0;
        for (Path f : files) {
            try {
                input += java.nio.file.Files.isRegularFile(f) ? java.nio.file.Files.size(f) : 0;
            } catch (IOException e) {
                // a file that cannot be measured is reported when it is read
            }
        }
        long needed = DISK_PER_INPUT_BYTE * input + DISK_MARGIN;
        long free;
        try {
            free = java.nio.file.Files.getFileStore(file.toAbsolutePath().getParent()).getUsableSpace();
        } catch (IOException e) {
            return; // nothing known about the disk: the import says so if it fills
        }
        if (free < needed) {
            throw new WorkspaceException(Problem.Kind.DISK_TOO_SMALL, String.valueOf(needed >> 20),
                    String.valueOf(free >> 20));
        }
    }

    /**
     * Imports text pasted by the analyst as a report named {@code name}.
     *
     * @return the new report's figure count, or -1 if the workspace already has this text
     */
    public int importText(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new WorkspaceException(Problem.Kind.NO_TEXT);
        }
        org.zhibiao.text.NormalizedText normalized = new org.zhibiao.text.Normalizer().normalize(text);
        return store(Path.of(name), new ToStore("pasted", text, reader.extractor().read(normalized), null));
    }

    /**
     * What an import keeps of a document it has read until the document is stored: its original text and what was
     * read from it, but not the normalised text the figures were found in, nor more of a figure's source text than
     * the store keeps. For a 50 MB report each of the two was 34 MB, held through the whole store for nothing.
     */
    private record ToStore(String format, String original, Extractor.Reading reading, Problem problem) {

        static ToStore of(DocumentReader.Result r) {
            if (!r.ok()) {
                return new ToStore(r.format(), null, null, r.problem());
            }
            Extractor.Reading read = r.reading();
            List<Figure> figures = read.figures().stream().map(FigureStore::asStored).toList();
            return new ToStore(r.format(), r.text().original(),
                    new Extractor.Reading(read.identity(), figures, read.frame(), read.reasons()), null);
        }

        boolean ok() {
            return problem == null;
        }

        String error() {
            return problem == null ? null : problem.english();
        }
    }

    /** Stores one document; returns its figure count, or -1 if the workspace already has it. */
    private int store(Path file, ToStore r) {
        String text = r.original();
        String hash = sha256(text);
        Instant now = clock.instant();
        // the change-log batch of an earlier attempt of this very store, kept across attempts: batches come from a
        // sequence, so no other program's import can have the same one
        long[] attempted = {-1};
        return workspace.inTransaction(() -> {
            var there = workspace.reports().byHash(hash);
            if (there.isPresent()) {
                var r0 = there.get();
                // this very import, committed just before the program serving the workspace went away and the
                // work was run again, is imported, not found already there. Not told by time, analyst and file
                // name: two programs importing the same folder as the same analyst met all three within a
                // millisecond, and both said "imported"
                boolean ours = attempted[0] >= 0 && workspace.changes().batch(attempted[0]).stream()
                        .anyMatch(c -> Long.valueOf(r0.id()).equals(c.reportId()));
                return ours ? workspace.figures().byReport(r0.id()).size() : -1;
            }
            ChangeLog log = workspace.changes();
            long batch = log.newBatch();
            attempted[0] = batch;
            long reportId = workspace.reports().insert(file.getFileName().toString(), hash, r.format(),
                    r.reading().identity(), text, now, analyst);
            List<Figure> figures = r.reading().figures();
            List<Long> ids = workspace.figures().insertAll(reportId, figures, Status.PENDING, analyst, now);
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

    /**
     * The SHA-256 of the text's UTF-8 bytes, encoded a piece at a time: the whole text as bytes at once was, for a
     * 50 MB report, 150 MB more at the moment its text was also held twice (where an import with little memory
     * failed).
     */
    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            java.nio.charset.CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE);
            java.nio.CharBuffer in = java.nio.CharBuffer.wrap(text);
            java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(1 << 16);
            java.nio.charset.CoderResult r;
            do {
                r = utf8.encode(in, out, true);
                out.flip();
                md.update(out);
                out.clear();
            } while (r.isOverflow());
            do {
                r = utf8.flush(out);
                out.flip();
                md.update(out);
                out.clear();
            } while (r.isOverflow());
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
