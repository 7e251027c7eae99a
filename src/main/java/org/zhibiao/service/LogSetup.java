package org.zhibiao.service;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

import java.nio.file.Path;

/**
 * The log's starting configuration, in code rather than logback.xml: reading the XML (Joran, an XML parser, a
 * model of every action) cost about 150 ms of every command's start, a third of a one-report {@code extract}.
 * Found by logback through {@code META-INF/services}. What it sets: warnings and errors go to the log, only errors
 * reach stderr (a command's stdout carries data, and the user reads one sentence per problem from the command
 * itself); Flyway's chatter is kept to errors. {@link LogFiles} adds the file a run writes to.
 *
 * <p>A command that logs nothing (an {@code extract} that goes well) never starts logback at all: the command line
 * names its log file through {@link #whenStarted}, and the file is attached when the first logger is asked for.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    private static Path pendingFile;
    private static String pendingName;
    private static boolean started;

    /**
     * Writes the log to the file (appending) from the moment logback starts, or at once if it already has. Cheap:
     * nothing of logback is loaded here.
     */
    public static synchronized void whenStarted(Path file, String appenderName) {
        if (started) {
            LogFiles.attach(file, true, appenderName);
        } else {
            pendingFile = file;
            pendingName = appenderName;
        }
    }

    private static synchronized void markStarted(LoggerContext ctx) {
        started = true;
        if (pendingFile != null) {
            LogFiles.attach(ctx, pendingFile, true, pendingName);
        }
    }

    @Override
    public ExecutionStatus configure(LoggerContext ctx) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%level %logger{20}: %msg%nopex%n");
        encoder.start();
        ThresholdFilter errorsOnly = new ThresholdFilter();
        errorsOnly.setLevel(Level.ERROR.levelStr);
        errorsOnly.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(ctx);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.addFilter(errorsOnly);
        stderr.start();
        Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        ctx.getLogger("org.flywaydb").setLevel(Level.ERROR);
        markStarted(ctx);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
