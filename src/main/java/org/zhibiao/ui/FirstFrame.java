package org.zhibiao.ui;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * How the app's window first shows a workbench made with {@link WorkbenchView#firstFrame}: menus, report list and
 * status bar, the text and figure panes as their titles. Once a pulse has laid out the report list as read from the
 * workspace, the rest of the workbench is built on the FX thread while the render thread draws that frame; once a
 * pulse has laid out the whole workbench, what waits for it runs (the engine's build: on two cores it would slow
 * the panes down). On a cold start the panes cost about as much again as the first frame (docs/benchmarks.md).
 */
final class FirstFrame {

    /**
     * How long the panes wait for the report list once the window is up: the list of a large workspace takes
     * seconds to read, and the panes are better built meanwhile than after it.
     */
    static final Duration LIST_WAIT = Duration.millis(300);

    private final Scene scene;
    private final WorkbenchView view;
    private final Runnable listShown;
    private final Runnable complete;
    private final PauseTransition listWait = new PauseTransition(LIST_WAIT);
    private final Runnable onPulse = this::pulse;
    private boolean listSeen;
    private boolean waiting;
    private boolean panesDue;
    private boolean completed;

    private FirstFrame(Scene scene, WorkbenchView view, Runnable listShown, Runnable complete) {
        this.scene = scene;
        this.view = view;
        this.listShown = listShown;
        this.complete = complete;
        listWait.setOnFinished(e -> buildPanes());
    }

    /**
     * Follows the scene's pulses: {@code listShown} after the first that laid out the read report list,
     * {@code complete} after the first that laid out the whole workbench. Call before the scene is shown.
     */
    static void follow(Scene scene, WorkbenchView view, Runnable listShown, Runnable complete) {
        scene.addPostLayoutPulseListener(new FirstFrame(scene, view, listShown, complete).onPulse);
    }

    private void pulse() {
        StartupSteps.mark("firstLayout");
        if (panesDue) { // the panes built after the last pulse are laid out in this one
            panesDue = false;
            completed = true;
            Platform.runLater(complete);
        }
        if (!listSeen && view.viewModel().listedProperty().get()) {
            listSeen = true;
            StartupSteps.mark("listLayout");
            listWait.stop();
            Platform.runLater(listShown); // this pulse's frame holds the list
            Platform.runLater(this::buildPanes);
        } else if (!listSeen && !waiting) {
            waiting = true;
            listWait.play();
        }
        if (listSeen && completed) {
            scene.removePostLayoutPulseListener(onPulse);
        }
    }

    /** Builds the panes (a key may have built them already); the next pulse lays them out. */
    private void buildPanes() {
        if (panesDue || completed) {
            return;
        }
        StartupSteps.mark("panes");
        view.completePanes();
        StartupSteps.mark("panesBuilt");
        panesDue = true;
        Platform.requestNextPulse();
    }
}
