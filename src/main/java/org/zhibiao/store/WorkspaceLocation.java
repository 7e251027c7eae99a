package org.zhibiao.store;

import java.nio.file.Path;
import java.util.Locale;

/** Where workspaces live: the default one in the OS's data directory, and the file names of any other. */
public final class WorkspaceLocation {

    public static final String DB_SUFFIX = ".mv.db";

    private WorkspaceLocation() {
    }

    /** ~/.local/share/zhibiao on Linux (or $XDG_DATA_HOME), %APPDATA%\Zhibiao on Windows, ~/Library/Application Support/Zhibiao on macOS. */
    public static Path dataDirectory() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Zhibiao");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Zhibiao");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("zhibiao");
    }

    /** The default workspace: {@code workspace.mv.db} in the data directory. */
    public static Path defaultWorkspace() {
        return dataDirectory().resolve("workspace" + DB_SUFFIX);
    }

    /** The workspace file a user named, with or without the .mv.db ending, as the database file. */
    public static Path file(Path named) {
        Path abs = named.toAbsolutePath().normalize();
        return abs.toString().endsWith(DB_SUFFIX) ? abs : abs.resolveSibling(abs.getFileName() + DB_SUFFIX);
    }

    /** The H2 database name of a workspace file: its path without .mv.db. */
    static String databasePath(Path file) {
        String s = file(file).toString();
        return s.substring(0, s.length() - DB_SUFFIX.length());
    }

    /** The workspace's name as users see it: the file name without .mv.db. */
    public static String name(Path file) {
        String n = file(file).getFileName().toString();
        return n.substring(0, n.length() - DB_SUFFIX.length());
    }
}
