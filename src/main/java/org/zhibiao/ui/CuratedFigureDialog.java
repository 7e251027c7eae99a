package org.zhibiao.ui;

import static org.zhibiao.ui.Messages.tr;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.zhibiao.model.Figure;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.service.ReviewService;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Edits the figure a curation row keeps: value, unit, growth and qualifier, prefilled from the kept figure (else
 * A's, else B's). OK is refused while the view model rejects the input, so a typo never closes the dialog.
 */
final class CuratedFigureDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TextField value = new TextField();
    private final TextField unit = new TextField();
    private final TextField growth = new TextField();
    private final ComboBox<String> qualifier = new ComboBox<>();
    private final Label problem = new Label();

    private CuratedFigureDialog(Window owner, CurationViewModel vm, CurationLine line) {
        Figure base = line.editBase();
        ReviewedFigure shown = new ReviewedFigure(0, 0, base, org.zhibiao.model.Status.CORRECTED, "", null, 0);
        value.setId("curate-edit-value");
        value.setText(ReviewService.get(shown, "value"));
        unit.setId("curate-edit-unit");
        unit.setText(ReviewService.get(shown, "unit"));
        growth.setId("curate-edit-growth");
        growth.setText(ReviewService.get(shown, "growth_pct"));
        qualifier.setId("curate-edit-qualifier");
        qualifier.getItems().setAll(Arrays.stream(Qualifier.values()).map(Qualifier::code).toList());
        qualifier.setValue(base.qualifier().code());
        problem.getStyleClass().add("error-label");
        problem.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        grid.addRow(0, new Label(tr("figures.column.value")), value);
        grid.addRow(1, new Label(tr("figures.column.unit")), unit);
        grid.addRow(2, new Label(tr("figures.column.growth")), growth);
        grid.addRow(3, new Label(tr("figures.column.qualifier")), qualifier);
        grid.add(problem, 0, 4, 2, 1);

        dialog.setTitle(tr("curation.edit.title"));
        dialog.setHeaderText(vm.indicatorName(base.indicator()) + " · " + base.kind().code() + " · "
                + (base.year() == null ? "?" : base.year()) + "\n" + base.text());
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            String refused = vm.edit(line, typed());
            if (refused != null) {
                problem.setText(refused);
                e.consume(); // stays open: the analyst fixes the input
            }
        });
        vm.runner().afterThisEvent(() -> {
            value.requestFocus();
            value.selectAll();
        });
    }

    private Map<String, String> typed() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("value", value.getText());
        m.put("unit", unit.getText());
        m.put("growth_pct", growth.getText());
        m.put("qualifier", qualifier.getValue() == null ? "" : qualifier.getValue());
        return m;
    }

    /** Shows the dialog and waits; the row keeps the edited figure if the lead confirmed valid input. */
    static void show(Window owner, CurationViewModel vm, CurationLine line) {
        new CuratedFigureDialog(owner, vm, line).dialog.showAndWait();
    }
}
