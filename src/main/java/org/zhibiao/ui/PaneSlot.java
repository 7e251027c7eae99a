package org.zhibiao.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import java.util.function.Supplier;

/**
 * A pane of the workbench that the window's first frame shows as its title only, and that is built when
 * {@link #content} is first asked for: on the pulse after that frame (see {@link FirstFrame}), or at once when a key
 * or a menu needs it before. On a cold start every kind of control the first frame holds costs its classes, skins
 * and styles; the text and figure panes are most of them, and show nothing until the first report is read anyway.
 */
final class PaneSlot extends StackPane {

    private final Supplier<Region> build;
    private Region content;

    /** A slot built at once: what tests and every later workbench get. */
    static PaneSlot now(Supplier<Region> build) {
        PaneSlot slot = new PaneSlot(null, build);
        slot.content();
        return slot;
    }

    /** A slot showing {@code title} as the pane's own title would, until it is built. */
    static PaneSlot later(String title, Supplier<Region> build) {
        return new PaneSlot(title, build);
    }

    private PaneSlot(String title, Supplier<Region> build) {
        this.build = build;
        if (title != null) {
            Label heading = new Label(title);
            heading.getStyleClass().add("pane-title");
            StackPane.setAlignment(heading, Pos.TOP_LEFT);
            getChildren().add(heading);
        }
    }

    /** The pane, built now if it was not yet (on the FX thread, as any change to a shown scene). */
    Region content() {
        if (content == null) {
            content = build.get();
            getChildren().setAll(content);
        }
        return content;
    }

    boolean built() {
        return content != null;
    }
}
