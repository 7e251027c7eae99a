package org.zhibiao;

import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * Zhibiao runs JavaFX from the class path of one jar (zhibiao.jar, also inside the packaged app), which JavaFX 16+
 * calls unsupported and announces with a warning on every start: "Unsupported JavaFX configuration: classes were
 * loaded from 'unnamed module …'". The configuration is the one every test and the packaged app run, so the
 * warning says nothing an analyst can act on and reads as trouble; this drops that one message and no other
 * JavaFX warning (see docs/decisions/0021-javafx-on-the-class-path.md).
 */
final class JavaFxOnClassPath {

    /** JavaFX logs through the java.util.logging logger "javafx"; held here so that its filter is not collected. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");
    private static final String WARNING = "Unsupported JavaFX configuration";

    private JavaFxOnClassPath() {
    }

    static void quietTheUnsupportedConfigurationWarning() {
        Filter previous = JAVAFX.getFilter();
        JAVAFX.setFilter(r -> !(r.getMessage() != null && r.getMessage().startsWith(WARNING))
                && (previous == null || previous.isLoggable(r)));
    }
}
