package org.zhibiao.ui;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.zhibiao.model.ReviewedFigure;

import java.util.List;

/**
 * The report text with every figure highlighted in place, coloured by status; the selected figure is outlined.
 * Clicking a highlight selects its figure; selecting a figure scrolls the text to it.
 */
final class ReportTextView {

    private final WorkbenchViewModel vm;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> pane = new VirtualizedScrollPane<>(area);
    private final FindBar find = new FindBar(area);

    ReportTextView(WorkbenchViewModel vm, Runnable addFigure) {
        this.vm = vm;
        area.setId("report-text");
        area.getStyleClass().add("report-text");
        area.setEditable(false);
        area.setWrapText(true);
        MenuItem add = new MenuItem(Messages.tr("review.addFigure") + "  (Ctrl+N)");
        add.setOnAction(e -> addFigure.run());
        area.setContextMenu(new ContextMenu(add));
        area.setOnMouseClicked(e -> {
            if (area.getSelection().getLength() > 0) {
                return;
            }
            int pos = area.hit(e.getX(), e.getY()).getInsertionIndex();
            for (ReviewedFigure f : vm.figures()) {
                if (f.figure().span().start() <= pos && pos < f.figure().span().end()) {
                    vm.figureProperty().set(f);
                    return;
                }
            }
        });
        vm.reportTextProperty().addListener((o, a, b) -> render());
        vm.figures().addListener((javafx.collections.ListChangeListener<ReviewedFigure>) c -> render());
        vm.figureProperty().addListener((o, a, b) -> show(b));
        String shown = vm.reportTextProperty().get();
        if (shown != null && !shown.isEmpty()) {
            show(vm.figureProperty().get()); // built after the report was read (the window's first frame came first)
        }
    }

    private void show(ReviewedFigure f) {
        render();
        if (f != null && f.figure().span().start() <= area.getLength()) {
            area.moveTo(f.figure().span().start());
            area.requestFollowCaret();
        }
    }

    VirtualizedScrollPane<StyleClassedTextArea> node() {
        return pane;
    }

    StyleClassedTextArea area() {
        return area;
    }

    /** Ctrl+F: the find bar above the text. */
    FindBar findBar() {
        return find;
    }

    private void render() {
        String text = vm.reportTextProperty().get();
        if (!area.getText().equals(text)) {
            area.replaceText(text);
        }
        int n = area.getLength();
        if (n == 0) {
            return;
        }
        area.clearStyle(0, n);
        ReviewedFigure selected = vm.figureProperty().get();
        for (ReviewedFigure f : vm.figures()) {
            int s = Math.min(f.figure().span().start(), n);
            int e = Math.min(f.figure().span().end(), n);
            if (e > s) {
                boolean isSelected = selected != null && selected.id() == f.id();
                area.setStyle(s, e, isSelected ? List.of("fig-" + f.status().code(), "fig-selected")
                        : List.of("fig-" + f.status().code()));
            }
        }
    }
}
