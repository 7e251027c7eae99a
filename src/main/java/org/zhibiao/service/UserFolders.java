package org.zhibiao.service;

import org.zhibiao.store.WorkspaceLocation;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The user's folders for Zhibiao's settings and logs, as each OS expects them. Settings: {@code $XDG_CONFIG_HOME/zhibiao}
 * or {@code ~/.config/zhibiao} on Linux, {@code %APPDATA%\Zhibiao} on Windows, {@code ~/Library/Application Support/Zhibiao}
 * on macOS. Logs: {@code ~/.local/share/zhibiao/logs} (or under {@code $XDG_DATA_HOME}), {@code %LOCALAPPDATA%\Zhibiao\logs},
 * {@code ~/Library/Logs/Zhibiao}. The system property {@code zhibiao.configDir} overrides the settings folder (tests).
 */
public final class UserFolders {

    private UserFolders() {
    }

    private static String os() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    }

    public static Path config() {
        String override = System.getProperty("zhibiao.configDir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = System.getProperty("user.home");
        if (os().contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Zhibiao");
        }
        if (os().contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Zhibiao");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".config")).resolve("zhibiao");
    }

    public static Path logs() {
        String home = System.getProperty("user.home");
        if (os().contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return Path.of(local != null ? local : home, "Zhibiao", "logs");
        }
        if (os().contains("mac")) {
            return Path.of(home, "Library", "Logs", "Zhibiao");
        }
        return WorkspaceLocation.dataDirectory().resolve("logs");
    }
}
