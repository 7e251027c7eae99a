package org.zhibiao.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI's words, from {@code org/zhibiao/ui/messages*.properties} (UTF-8): English in the base bundle, Chinese in
 * {@code messages_zh_CN}. The locale is chosen once per window (preferences, else the system's).
 */
public final class Messages {

    static final String BUNDLE = "org.zhibiao.ui.messages";
    private static volatile ResourceBundle bundle = load(Locale.getDefault());

    private Messages() {
    }

    static ResourceBundle load(Locale locale) {
        // no fallback to the default locale: English asked for is English even on a Chinese system
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * Reads the words of this locale ahead, on any thread: {@link ResourceBundle} keeps what it read, so the FX
     * thread's {@link #use} then finds them (20–30 ms of a cold start's FX thread otherwise).
     */
    static void preload(Locale locale) {
        load(locale);
    }

    /** Uses this locale for every window built from now on. */
    public static void use(Locale locale) {
        bundle = load(locale);
    }

    public static Locale locale() {
        return bundle.getLocale();
    }

    /** The text of a key, with {0}, {1} … filled in when arguments are given. */
    public static String tr(String key, Object... args) {
        String s;
        try {
            s = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? s : new MessageFormat(s, bundle.getLocale()).format(args);
    }
}
