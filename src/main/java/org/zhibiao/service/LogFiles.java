package org.zhibiao.service;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * Sends the log to a file as well, with the project's messages from INFO on: the desktop app's one file per launch
 * and the command line's {@code commands.log} are both written this way.
 */
public final class LogFiles {

    private LogFiles() {
    }

    /** Starts writing the log to the file (appending to it or starting it afresh), under the appender's name. */
    public static void attach(Path file, boolean append, String name) {
        attach((LoggerContext) LoggerFactory.getILoggerFactory(), file, append, name);
    }

    /** The same, on a context being configured (asking the factory for it then would start it a second time). */
    static void attach(LoggerContext ctx, Path file, boolean append, String name) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{30}: %msg%n");
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(ctx);
        appender.setName(name);
        appender.setFile(file.toString());
        appender.setAppend(append);
        appender.setEncoder(encoder);
        appender.start();
        ctx.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
        ctx.getLogger("org.zhibiao").setLevel(Level.INFO);
    }
}
