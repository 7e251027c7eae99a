package org.zhibiao.ui;

import java.util.prefs.Preferences;

/** The analyst's name, asked once and kept in the user's preferences (the OS's own store for them). */
public final class AnalystPreferences {

    private static final String KEY = "analyst";
    private final Preferences node;

    public AnalystPreferences(Preferences node) {
        this.node = node;
    }

    public static AnalystPreferences user() {
        return new AnalystPreferences(Preferences.userRoot().node("org/zhibiao"));
    }

    public String analyst() {
        return node.get(KEY, "");
    }

    public void setAnalyst(String name) {
        node.put(KEY, name.strip());
        try {
            node.flush();
        } catch (java.util.prefs.BackingStoreException e) {
            // kept for this session; asked again next time
        }
    }
}
