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
        System.out.flush();
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
