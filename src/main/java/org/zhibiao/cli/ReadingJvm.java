package org.zhibiao.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs a command that reads reports ({@code import}, {@code extract}, {@code identify}, {@code evaluate}) in a
 * second JVM with the options {@code scripts/run} gives it, when the jar was started with none
 * ({@code java -jar zhibiao.jar extract …}). Decisions 0057 (import, for its memory) and 0059 (the others, for
 * their speed).
 *
 * <p>Why: with no options this JVM picks G1 with a heap of up to a quarter of the machine, and G1 grows the heap
 * with the rate of allocation, not with what is alive: importing a 50 MB text, which allocates about 1.4 GB while it
 * keeps under 200 MB, peaked at 850–1,070 MB of RSS, where the serial collector with a small young generation peaks
 * near 345 MB. The reading commands under 100 MB of input ran twice as long with the defaults: the optimising
 * compiler and G1's threads took the second core from the reading threads (extract of 1,000 reports 2.6 s against
 * 1.2 s). Options cannot be written into a jar, and none of them can be changed once the JVM runs. Any option
 * given to {@code java} is taken as the user's choice: then, and under {@code scripts/run} and the packaged app
 * (which give their own), the command runs here as before.
 */
public final class ReadingJvm {

    /**
     * Set where a JVM's options were chosen for it: in the second JVM, which then never starts a third, and by
     * {@code scripts/run} and the packaged app, whose commands then run where they are without this JVM being asked for
     * its options (the management classes that tell them took 13 ms of the main thread at every command's start).
     */
    static final String MARK = "zhibiao.readingJvm";

    /** Input from which the optimising compiler pays back and the collector keeps its sizes (as in scripts/run). */
    private static final long LARGE_INPUT = 100L << 20;

    /** The commands scripts/run gives the options of a reading command (its case of extract|identify|import|evaluate). */
    private static final Set<String> READING = Set.of("import", "extract", "identify", "evaluate");

    /** The options of those commands that take a value, which is no input. */
    private static final Set<String> VALUED = Set.of("--workspace", "--analyst", "--format", "--gold", "--reports",
            "--show", "--output", "-o");

    private ReadingJvm() {
    }

    /**
     * @return the second JVM's exit status when the command ran there; empty when it is to run in this one (another
     * command, options given, not started from a jar, or the second JVM could not be started)
     */
    public static OptionalInt run(String[] args) {
        if (args.length == 0 || !READING.contains(args[0]) || System.getProperty(MARK) != null) {
            return OptionalInt.empty();
        }
        Path jar = startedFrom();
        if (jar == null || !ManagementFactory.getRuntimeMXBean().getInputArguments().isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options(jar, inputBytes(args)));
        command.add("-D" + MARK + "=true");
        command.add("-jar");
        // as this JVM was given it (the second one starts in the same folder): the class-data archive names the
        // jar as it was given when the archive was made, and is not used for a jar named differently
        command.add(System.getProperty("java.class.path"));
        command.addAll(List.of(args));
        if (System.getenv("ZHIBIAO_SHOW_JAVA") != null) {
            System.err.println(String.join(" ", command)); // as scripts/run shows its options
        }
        Process p;
        try {
            p = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return OptionalInt.empty(); // no java beside this one: run here, with this JVM's defaults
        }
        // stopped (a signal, the end of a session): stop the second too; an import closes its workspace as it ends
        Thread stop = new Thread(p::destroy, "zhibiao-reading-jvm-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int status = p.waitFor();
                Runtime.getRuntime().removeShutdownHook(stop);
                return OptionalInt.of(status);
            } catch (InterruptedException e) {
                // nothing here interrupts this thread: wait on for the command
            }
        }
    }

    /** The options scripts/run gives a reading command over this much input, and its class-data archive when it is there. */
    static List<String> options(Path jar, long inputBytes) {
        List<String> o = new ArrayList<>();
        Path archive = jar.resolveSibling("zhibiao-cli.jsa");
        if (Files.isRegularFile(archive)) {
            // mapped where it was dumped, as scripts/run maps it: relocating it costs about 70 ms (decision 0049)
            o.addAll(List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0",
                    "-XX:SharedArchiveFile=" + archive));
        }
        o.add("-XX:+UseSerialGC");
        if (inputBytes < LARGE_INPUT) {
            o.addAll(List.of("-XX:TieredStopAtLevel=1", "-Xmn16m", "-Xms32m", "-XX:MinHeapFreeRatio=10",
                    "-XX:MaxHeapFreeRatio=30", "-XX:Tier3InvocationThreshold=50", "-XX:Tier3MinInvocationThreshold=25",
                    "-XX:Tier3CompileThreshold=500", "-XX:Tier3BackEdgeThreshold=20000"));
        }
        return o;
    }

    /** The jar this JVM was started from with {@code java -jar}, or null (classes from a folder, an IDE, tests). */
    private static Path startedFrom() {
        String cp = System.getProperty("java.class.path", "");
        if (!cp.endsWith(".jar") || cp.contains(java.io.File.pathSeparator)) {
            return null;
        }
        Path jar = Path.of(cp).toAbsolutePath();
        return Files.isRegularFile(jar) ? jar : null;
    }

    /** The size of the files the command names (its arguments that are files or folders). */
    static long inputBytes(String[] args) {
        long total = 0;
        for (int i = 1; i < args.length; i++) {
            if (VALUED.contains(args[i])) {
                i++; // the option's value is no input
                continue;
            }
            if (args[i].startsWith("-")) {
                continue;
            }
            total += size(Path.of(args[i]));
        }
        return total;
    }

    private static long size(Path p) {
        if (Files.isRegularFile(p)) {
            try {
                return Files.size(p);
            } catch (IOException e) {
                return 0;
            }
        }
        if (!Files.isDirectory(p)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(p)) {
            return files.filter(Files::isRegularFile).mapToLong(ReadingJvm::size).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }
}
