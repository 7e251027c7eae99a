package org.zhibiao.ui;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.util.Duration;

import java.lang.management.ManagementFactory;

/**
 * For the cold start benchmark (scripts/startup-bench.sh), with {@code -Dzhibiao.startupProbe=true} or {@code =exit}:
 * prints {@code zhibiao.startupProbe shown=EPOCH_MS jvmStart=EPOCH_MS} after the first pulse that laid out the
 * workbench with its report list as read from the workspace, and {@code zhibiao.startupSteps …} (see
 * {@link StartupSteps}) after the first that laid out the whole workbench with the first report's text and figures;
 * with {@code =exit} the app quits two seconds after that. Nothing without the property.
 */
final class StartupProbe {

    private static final String MODE = System.getProperty("zhibiao.startupProbe");
    private static boolean shown;
    private static boolean followed;

    private StartupProbe() {
    }

    /** The window shows the workbench with its report list: the moment the benchmark measures. */
    static void shown() {
        if (MODE == null || shown) {
            return;
        }
        shown = true;
        long now = System.currentTimeMillis();
        StartupSteps.mark("shown");
        System.out.println("zhibiao.startupProbe shown=" + now + " jvmStart=" + jvmStart());
        if (Boolean.getBoolean("zhibiao.startupCpu")) {
            System.out.println("zhibiao.startupThreads " + threadCpu());
        }
        System.out.flush();
    }

    /** Each thread's CPU time so far (ms, from /proc on Linux; the JIT's and the collector's threads included). */
    private static String threadCpu() {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (java.nio.file.Path t : (Iterable<java.nio.file.Path>) tasks::iterator) {
                String stat = java.nio.file.Files.readString(t.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                if (ticks > 0) {
                    out.add(ticks * 10 + ":" + name.replace(' ', '_'));
                }
            }
        } catch (Exception e) {
            return "unavailable (" + e + ")";
        }
        out.sort(java.util.Comparator.comparingLong((String x) -> Long.parseLong(x.substring(0, x.indexOf(':')))).reversed());
        return String.join(" ", out);
    }

    /**
     * Stamps {@code whole} after the first pulse that laid out every pane with the first report in it (or with no
     * report to show), then prints the steps; the first workbench of the process only.
     */
    static void follow(Scene scene, WorkbenchView view) {
        if (MODE == null || followed) {
            return;
        }
        followed = true;
        WorkbenchViewModel vm = view.viewModel();
        Runnable[] onPulse = new Runnable[1];
        onPulse[0] = () -> {
            boolean reportIn = !vm.reportTextProperty().get().isEmpty();
            boolean nothingToShow = vm.listedProperty().get() && vm.reports().isEmpty();
            if (view.panesComplete() && (reportIn || nothingToShow)) {
                scene.removePostLayoutPulseListener(onPulse[0]);
                Platform.runLater(StartupProbe::whole);
            }
        };
        scene.addPostLayoutPulseListener(onPulse[0]);
    }

    private static void whole() {
        StartupSteps.mark("whole");
        System.out.println(StartupSteps.since(jvmStart()));
        System.out.flush();
        if ("exit".equals(MODE)) {
            PauseTransition wait = new PauseTransition(Duration.seconds(2));
            wait.setOnFinished(e -> Platform.exit());
            wait.play();
        }
    }

    private static long jvmStart() {
        return ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
