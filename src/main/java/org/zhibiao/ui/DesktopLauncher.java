package org.zhibiao.ui;

import javafx.application.Application;

/** Starts the JavaFX application; kept apart so that the command line never loads JavaFX. */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        // the workspace, the lexicon and the log start opening while JavaFX starts its toolkit
        StartupSteps.mark("launch");
        EarlyOpen.begin(java.util.List.of(args));
        Application.launch(ZhibiaoApp.class, args);
    }
}
