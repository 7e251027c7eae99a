package org.zhibiao.cli;

import org.zhibiao.service.LogSetup;
import org.zhibiao.service.UserFolders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The command line's log: {@code commands.log} in the user's log folder, appended to by every command and set aside
 * as {@code commands.log.1} past {@value #LIMIT} bytes. The user reads one sentence per problem on stderr; what a
 * developer needs to understand it (the database's own message, the stack) is here.
 */
final class CommandLog {

    static final long LIMIT = 4L << 20;
    private static volatile Path current;

    private CommandLog() {
    }

    /** The log file of this run, or null when none could be started. */
    static Path current() {
        return current;
    }

    static synchronized void start() {
        if (current != null) {
            return;
        }
        Path folder = UserFolders.logs();
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve("commands.log");
            if (Files.exists(file) && Files.size(file) > LIMIT) {
                Files.move(file, folder.resolve("commands.log.1"), StandardCopyOption.REPLACE_EXISTING);
            }
            // attached when something first logs: a command that logs nothing does not start logback
            LogSetup.whenStarted(file, "COMMAND-FILE");
            current = file;
        } catch (IOException | RuntimeException e) {
            // a log that cannot be written (a read-only home) must not stop the command
            current = null;
        }
    }
}
