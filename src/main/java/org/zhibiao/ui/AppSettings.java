package org.zhibiao.ui;

import org.zhibiao.service.UserFolders;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The desktop app's preferences: analyst name, UI language, default export folder and the recent workspaces, kept in
 * {@code settings.properties} (UTF-8) in the user's configuration folder ({@link UserFolders#config()}).
 */
public final class AppSettings {

    public static final int RECENT_MAX = 8;
    /** Language values: follow the system, Chinese (Simplified), English. */
    public static final List<String> LANGUAGES = List.of("system", "zh_CN", "en");

    private final Path file;
    private final Properties props = new Properties();

    public AppSettings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                // unreadable settings: start from the defaults, the file is rewritten on the next change
            }
        }
    }

    public static AppSettings user() {
        return new AppSettings(UserFolders.config().resolve("settings.properties"));
    }

    public Path file() {
        return file;
    }

    /** The analyst's name; an older Zhibiao kept it in java.util.prefs, which is read once as a fallback. */
    public String analyst() {
        String a = props.getProperty("analyst", "");
        return a.isBlank() ? AnalystPreferences.user().analyst() : a;
    }

    public void setAnalyst(String name) {
        set("analyst", name.strip());
    }

    public String language() {
        String l = props.getProperty("language", "system");
        return LANGUAGES.contains(l) ? l : "system";
    }

    public void setLanguage(String language) {
        set("language", LANGUAGES.contains(language) ? language : "system");
    }

    /** The locale of the UI: the chosen language, or the system's. */
    public Locale locale() {
        return switch (language()) {
            case "zh_CN" -> Locale.SIMPLIFIED_CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> Locale.getDefault();
        };
    }

    public Path exportFolder() {
        String f = props.getProperty("exportFolder", "");
        return f.isBlank() ? Path.of(System.getProperty("user.home")) : Path.of(f);
    }

    public void setExportFolder(Path folder) {
        set("exportFolder", folder == null ? "" : folder.toString());
    }

    /** The team workspace opened last ({@code postgresql://HOST[:PORT]/DB}, never with a password), or empty. */
    public String lastTeamWorkspace() {
        return props.getProperty("lastTeamWorkspace", "");
    }

    public void setLastTeamWorkspace(String address) {
        set("lastTeamWorkspace", address);
    }

    /** The last opened workspaces, newest first. */
    public List<Path> recent() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < RECENT_MAX; i++) {
            String p = props.getProperty("recent." + i);
            if (p != null && !p.isBlank()) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    public void addRecent(Path workspace) {
        List<Path> list = new ArrayList<>(recent());
        Path abs = workspace.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        for (int i = 0; i < RECENT_MAX; i++) {
            if (i < list.size()) {
                props.setProperty("recent." + i, list.get(i).toString());
            } else {
                props.remove("recent." + i);
            }
        }
        save();
    }

    private void set(String key, String value) {
        props.setProperty(key, value);
        save();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                props.store(w, "Zhibiao preferences");
            }
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(AppSettings.class).warn("preferences not saved to {}: {}", file, e.getMessage());
        }
    }
}
