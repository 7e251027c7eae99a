package org.zhibiao;

import org.zhibiao.cli.ZhibiaoCommand;

/**
 * Entry point of zhibiao.jar. With no arguments (or only --workspace FILE / --analyst NAME) the desktop app opens;
 * with a command it works headless and never touches JavaFX (the UI classes are not even loaded).
 */
public final class Main {

    private Main() {
    }

    private static boolean noDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase();
        boolean x11 = !os.contains("win") && !os.contains("mac");
        return x11 && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null;
    }

    /**
     * The largest temporary direct buffer the JDK keeps for reuse, per thread, after a file read or write through a
     * channel. The JDK copies every heap buffer a channel reads or writes into a direct buffer of the same size and
     * by default keeps it, however large, for the thread's next I/O: H2's write of a 30 MB chunk of a long report
     * kept 30 MB outside the heap, reading a 50 MB file kept 50 MB, until the program ended. Larger buffers are now
     * freed after their one use; smaller I/O keeps its reused buffer.
     */
    static final String NIO_CACHED_BUFFER_MAX = String.valueOf(1 << 20);

    public static void main(String[] args) {
        // first, before this JVM builds anything: a command that reads reports, started by bare `java -jar`, runs in
        // a JVM with the options scripts/run gives it (decisions 0057, 0059)
        java.util.OptionalInt relaunched = org.zhibiao.cli.ReadingJvm.run(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        // read once, when the JDK's channel code is first used: before anything here reads or writes a file
        if (System.getProperty("jdk.nio.maxCachedBufferSize") == null) {
            System.setProperty("jdk.nio.maxCachedBufferSize", NIO_CACHED_BUFFER_MAX);
        }
        if (args.length == 0 || args[0].startsWith("--workspace") || args[0].startsWith("--analyst")) {
            if (noDisplay()) {
                System.err.println("zhibiao: there is no display to open the desktop app on; "
                        + "the commands work without one (java -jar zhibiao.jar --help)");
                System.exit(2);
            }
            JavaFxOnClassPath.quietTheUnsupportedConfigurationWarning();
            org.zhibiao.ui.DesktopLauncher.launch(args);
            return;
        }
        // before anything loads java.awt: POI measures text with AWT fonts, and a non-headless AWT dies when
        // DISPLAY names a display that does not answer (commands never draw on a screen)
        System.setProperty("java.awt.headless", "true");
        org.zhibiao.cli.ZhibiaoCommand.startLog();
        System.exit(ZhibiaoCommand.run(args));
    }
}
