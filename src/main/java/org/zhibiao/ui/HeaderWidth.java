package org.zhibiao.ui;

import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Column widths that never cut the header: a width chosen for the Chinese header ("增速%") is too narrow for the
 * English one ("Growth %"), so a column is made at least as wide as its title needs in the language shown.
 */
final class HeaderWidth {

    /** The header's padding and sort arrow, beside its text. */
    private static final double PADDING = 22;

    private HeaderWidth() {
    }

    /** Sets the column's preferred width to the given one, or to what its title needs when that is more. */
    static void fit(TableColumn<?, ?> column, double width) {
        fit(column, column.getText(), width);
    }

    /** As {@link #fit(TableColumn, double)} for a column whose header is a graphic showing this title. */
    static void fit(TableColumn<?, ?> column, String title, double width) {
        Text measure = new Text(title == null ? "" : title);
        measure.setFont(Font.getDefault());
        double needed = Math.ceil(measure.getLayoutBounds().getWidth() + PADDING);
        column.setPrefWidth(Math.max(width, needed));
        column.setMinWidth(Math.min(needed, Math.max(width, needed)));
    }
}
