package org.zhibiao.ui;

import javafx.application.Application;

/** Starts the JavaFX application; kept apart so that the command line never loads JavaFX. */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(ZhibiaoApp.class, args);
    }
}
