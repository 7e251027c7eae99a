package org.zhibiao;

import org.zhibiao.cli.ZhibiaoCommand;

/**
 * Entry point of zhibiao.jar. With no arguments the desktop app opens; with a command it works headless and
 * never touches JavaFX (the UI classes are not even loaded).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            org.zhibiao.ui.DesktopLauncher.launch(args);
            return;
        }
        System.exit(ZhibiaoCommand.run(args));
    }
}
