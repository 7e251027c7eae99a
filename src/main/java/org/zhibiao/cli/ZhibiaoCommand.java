package org.zhibiao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.List;

/** The command line: {@code java -jar zhibiao.jar <command> …}. With no command the desktop app opens. */
@Command(name = "zhibiao", mixinStandardHelpOptions = true, version = "Zhibiao 0.1",
        description = "Reads Chinese government work reports and extracts their core indicators.")
public final class ZhibiaoCommand implements Runnable {

    /** The commands, in the order the help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(ExtractCommand.class, IdentifyCommand.class,
            ImportCommand.class, ListCommand.class, CompareCommand.class, ExportCommand.class, RestoreCommand.class,
            AssignCommand.class, AgreementCommand.class, EvaluateCommand.class, BenchCommand.class,
            GenerateCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed");
    }

    /** Starts the command line's log file (not done by {@link #run}, so that tests calling it write no log). */
    public static void startLog() {
        CommandLog.start();
    }

    /** Runs the command line and returns its exit status (see {@link Failure}: 0 done, 1 failed, 2 bad usage, 3-5). */
    public static int run(String... args) {
        EarlyEngine.startFor(args);
        // picocli looks for Groovy (closures in annotations, which no command here has) unless told not to: a class
        // searched through the whole jar, and the exception of not finding it, at every start
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
        CommandLine cl = new CommandLine(new ZhibiaoCommand());
        addCommands(cl, args);
        // one sentence for the user, no stack trace: workspace problems say what to do
        cl.setExecutionExceptionHandler(new OneSentence());
        cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true));
        cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
        try {
            return cl.execute(args);
        } finally {
            EarlyEngine.forget();
        }
    }

    /**
     * Adds the command named first, or every command when the first word names none (help, --version, a typo: the
     * usage then lists them all). Picocli reads each command's options by reflection when it is added; doing that
     * for one command instead of thirteen saves about a tenth of a second on every run.
     */
    private static void addCommands(CommandLine cl, String... args) {
        if (args.length > 0) {
            for (Class<?> c : COMMANDS) {
                Command command = c.getAnnotation(Command.class);
                if (command != null && command.name().equals(args[0]) && c != CommandLine.HelpCommand.class) {
                    cl.addSubcommand(c);
                    return;
                }
            }
        }
        COMMANDS.forEach(cl::addSubcommand);
    }

    /**
     * Reports a command's failure in one sentence (Failure). A class, not a lambda: the class-data archive keeps a
     * lambda's proxy, and dumping that proxy links picocli's interface and with it CommandLine, classes compiled for
     * Java 5 that the archive then leaves out once linked; each command read and verified CommandLine from the jar.
     */
    private static final class OneSentence implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine line, CommandLine.ParseResult parse) {
            return Failure.report(ex, line.getErr());
        }
    }
}
