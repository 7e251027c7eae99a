package org.zhibiao.ui;

import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The desktop app's log: one file per launch ({@code zhibiao-YYYYMMDD-HHMMSS.log}) in the user's log folder, the
 * last {@value #KEEP} kept. Configured here, at UI start, so that the command line keeps logging warnings to stderr
 * only (LogSetup).
 */
final class GuiLog {

    static final int KEEP = 10;
    private static Path current;

    private GuiLog() {
    }

    /** Starts the log file of this launch in folder; returns it, or null when the folder cannot be written. */
    static synchronized Path start(Path folder) {
        if (current != null) {
            return current;
        }
        try {
            Files.createDirectories(folder);
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path file = folder.resolve("zhibiao-" + stamp + ".log");
            for (int i = 1; Files.exists(file); i++) {
                file = folder.resolve("zhibiao-" + stamp + "-" + i + ".log");
            }
            org.zhibiao.service.LogFiles.attach(file, false, "GUI-FILE");
            current = file;
            prune(folder, KEEP);
            return file;
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(GuiLog.class).warn("no log file in {}: {}", folder, e.getMessage());
            return null;
        }
    }

    /** Deletes all but the newest keep log files of the folder. */
    static void prune(Path folder, int keep) throws IOException {
        List<Path> logs;
        try (Stream<Path> s = Files.list(folder)) {
            logs = s.filter(p -> p.getFileName().toString().matches("zhibiao-.*\\.log"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
        for (Path old : logs.subList(Math.min(keep, logs.size()), logs.size())) {
            Files.deleteIfExists(old);
        }
    }
}
