package org.zhibiao.service;

import org.zhibiao.model.Problem;
import org.zhibiao.extract.DocumentFrame;
import org.zhibiao.extract.Extractor;
import org.zhibiao.text.DecodedText;
import org.zhibiao.text.Decoder;
import org.zhibiao.text.DocumentReaders;
import org.zhibiao.text.DocumentException;
import org.zhibiao.text.NormalizedText;
import org.zhibiao.text.Normalizer;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads report files: decode, normalise, identify and extract. The CLI and the UI both go through here. */
public final class DocumentReader {

    /** One document read, or the reason it could not be. */
    public record Result(Path file, String format, NormalizedText text, Extractor.Reading reading, Problem problem) {

        /** A document that could not be read, and why. */
        public static Result failed(Path file, Problem.Kind why) {
            return new Result(file, null, null, null, Problem.of(why));
        }

        public boolean ok() {
            return problem == null;
        }

        /** Why it could not be read, in English (the command line's words and the log's), or null. */
        public String error() {
            return problem == null ? null : problem.english();
        }
    }

    private final DocumentReaders readers = new DocumentReaders();
    private final Decoder decoder = new Decoder();
    private final Normalizer normalizer = new Normalizer();
    private final Extractor extractor;
    private final boolean figures;

    public DocumentReader(Extractor extractor) {
        this(extractor, true);
    }

    private DocumentReader(Extractor extractor, boolean figures) {
        this.extractor = extractor;
        this.figures = figures;
    }

    /**
     * A reader that says whose report each document is and stops there: its readings have the frame and no figures.
     * Identifying is the document frame alone, under half of the engine's work (the identify command).
     */
    public static DocumentReader identityOnly(Extractor extractor) {
        return new DocumentReader(extractor, false);
    }

    public Extractor extractor() {
        return extractor;
    }

    public Result read(Path file) {
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            return Result.failed(file, linkLoops(file) ? Problem.Kind.FILE_LINK_LOOP : Problem.Kind.FILE_LINK_DANGLING);
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // a pipe or a device would be read until it ends, which may be never
            return Result.failed(file, Files.isDirectory(file) ? Problem.Kind.FILE_FOLDER : Problem.Kind.FILE_NOT_REGULAR);
        }
        try {
            DecodedText decoded = readers.read(file);
            NormalizedText text = normalizer.normalize(decoded.text());
            return new Result(file, decoded.charset(), text, reading(text), null);
        } catch (DocumentException e) {
            return new Result(file, null, null, null, e.problem());
        } catch (NoSuchFileException e) {
            return Result.failed(file, Problem.Kind.FILE_MISSING);
        } catch (AccessDeniedException e) {
            return Result.failed(file, Problem.Kind.FILE_DENIED);
        } catch (IOException e) {
            // the system's own words (a path, an errno name) are not for the analyst: the common causes are named
            String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            return Result.failed(file, m.contains("symbolic links") ? Problem.Kind.FILE_LINK_LOOP
                    : m.contains("is a directory") ? Problem.Kind.FILE_FOLDER : Problem.Kind.FILE_SYSTEM);
        } catch (StackOverflowError e) {
            return Result.failed(file, Problem.Kind.FILE_TOO_DEEP);
        } catch (OutOfMemoryError e) {
            return Result.failed(file, Problem.Kind.FILE_TOO_LARGE);
        }
    }

    private Extractor.Reading reading(NormalizedText text) {
        if (figures) {
            return extractor.read(text);
        }
        DocumentFrame frame = extractor.frame(text);
        return new Extractor.Reading(frame.identity(), List.of(), frame, List.of());
    }

    /**
     * Reads from bytes in memory and says how long each stage took: {@code times[0]} decoding, {@code times[1]}
     * the text package's normalisation, then one slot per engine step (for {@code bench}).
     */
    public Extractor.Reading read(byte[] bytes, long[] times) throws DocumentException {
        long t0 = System.nanoTime();
        String decoded = decoder.decode(bytes).text();
        long t1 = System.nanoTime();
        NormalizedText text = normalizer.normalize(decoded);
        long t2 = System.nanoTime();
        times[0] += t1 - t0;
        times[1] += t2 - t1;
        return extractor.read(text, (step, nanos) -> times[2 + step] += nanos);
    }

    /** Reads from bytes already in memory (pasted text, benchmarks). */
    public Extractor.Reading read(byte[] bytes) throws DocumentException {
        return extractor.read(normalizer.normalize(decoder.decode(bytes).text()));
    }

    /**
     * The files a list of paths names: files as given, directories walked recursively in name order, hidden
     * files skipped. A path that does not exist is returned as is, so that reading it reports the error.
     */
    private static boolean linkLoops(Path link) {
        try {
            link.toRealPath();
            return false;
        } catch (java.nio.file.FileSystemException e) {
            return String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("symbolic links")
                    || String.valueOf(e.getReason()).toLowerCase(java.util.Locale.ROOT).contains("symbolic links");
        } catch (IOException e) {
            return false;
        }
    }

    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    // a link that leads nowhere (dangling, or back to itself) is listed, to be reported, not skipped
                    walk.filter(f -> Files.isRegularFile(f) || Files.isSymbolicLink(f) && !Files.exists(f))
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
