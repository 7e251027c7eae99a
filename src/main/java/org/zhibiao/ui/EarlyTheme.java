package org.zhibiao.ui;

import atlantafx.base.theme.PrimerLight;
import com.sun.javafx.css.StyleManager;
import javafx.application.Application;

import java.util.List;

/**
 * The theme's stylesheet read and indexed on a thread of its own from the moment JavaFX is up, while the FX thread
 * starts the app. Setting a user-agent stylesheet parses the theme (Primer Light, a binary stylesheet) and sorts
 * its thousands of selectors into JavaFX's lookup partitions: 50–80 ms of the FX thread on a cold start, before
 * the window could be built. JavaFX's style manager takes the same call from any thread under its own lock, and the
 * application's call on the FX thread then finds the stylesheet in place and returns; should the early call fail
 * (an internal class of JavaFX, which could change), the FX thread's call does the work as before.
 */
final class EarlyTheme {

    private static final String STYLESHEET = new PrimerLight().getUserAgentStylesheet();

    private EarlyTheme() {
    }

    /** Starts reading the theme; needs JavaFX to be up (Application.init is the first moment). */
    static void begin() {
        Background.supply("zhibiao-theme", () -> {
            StyleManager.getInstance().setUserAgentStylesheets(List.of(STYLESHEET));
            return null;
        });
    }

    /** Sets the theme for the app, on the FX thread; waits for the early reading if it is still going. */
    static void use() {
        Application.setUserAgentStylesheet(STYLESHEET);
    }
}
