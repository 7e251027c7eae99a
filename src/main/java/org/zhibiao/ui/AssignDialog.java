package org.zhibiao.ui;

import static org.zhibiao.ui.Messages.tr;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.zhibiao.model.ReportSummary;
import org.zhibiao.service.TeamService;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Gives reports to an analyst: the reports to give (the workbench's current one preselected), the analyst, and
 * optionally a second analyst to annotate them blind alongside. Names are typed or picked from those already
 * assigned, so that one person does not become two by a typo.
 */
final class AssignDialog {

    /**
     * What the lead asked for.
     *
     * @param reportIds the reports
     * @param analyst   who gets them
     * @param blindWith the second analyst for double annotation, or empty for a plain assignment
     */
    record Request(List<Long> reportIds, String analyst, String blindWith) {

        boolean blind() {
            return !blindWith.isEmpty();
        }
    }

    private final Dialog<Request> dialog = new Dialog<>();
    private final ListView<ReportSummary> reports = new ListView<>();
    private final ComboBox<String> analyst = new ComboBox<>();
    private final ComboBox<String> blindWith = new ComboBox<>();
    private final BooleanBinding valid;

    AssignDialog(Window owner, List<ReportSummary> all, ReportSummary current, Collection<String> knownAnalysts) {
        reports.setId("assign-reports");
        reports.getItems().setAll(all);
        reports.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        reports.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ReportSummary s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : name(s));
            }
        });
        reports.setPrefHeight(260);
        if (current != null) {
            all.stream().filter(s -> s.report().id() == current.report().id()).findFirst().ifPresent(s -> {
                reports.getSelectionModel().select(s);
                reports.scrollTo(s);
            });
        }
        for (ComboBox<String> box : List.of(analyst, blindWith)) {
            box.setEditable(true);
            box.getItems().setAll(knownAnalysts);
            box.setPrefWidth(220);
        }
        analyst.setId("assign-analyst");
        blindWith.setId("assign-blind-with");
        blindWith.setPromptText(tr("assign.blindWith.prompt"));

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        grid.add(new Label(tr("assign.reports")), 0, 0, 2, 1);
        grid.add(reports, 0, 1, 2, 1);
        GridPane.setVgrow(reports, Priority.ALWAYS);
        grid.addRow(2, new Label(tr("assign.analyst")), analyst);
        grid.addRow(3, new Label(tr("assign.blindWith")), blindWith);

        dialog.setTitle(tr("assign.title"));
        dialog.setHeaderText(tr("assign.header"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        // an editable ComboBox commits its text on Enter only; read the editor so a typed name counts at once
        valid = Bindings.createBooleanBinding(() -> request().isPresent(),
                reports.getSelectionModel().getSelectedItems(), analyst.getEditor().textProperty(),
                analyst.valueProperty(), blindWith.getEditor().textProperty(), blindWith.valueProperty());
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(valid.not());
        dialog.setResultConverter(b -> b == ButtonType.OK ? request().orElse(null) : null);
    }

    /** The request the fields now make, if it is complete: a report, a name, and a blind partner not the same. */
    Optional<Request> request() {
        String a = typed(analyst);
        String b = typed(blindWith);
        List<Long> ids = reports.getSelectionModel().getSelectedItems().stream().map(s -> s.report().id()).toList();
        if (ids.isEmpty() || a.isEmpty() || a.equals(b)) {
            return Optional.empty();
        }
        return Optional.of(new Request(ids, a, b));
    }

    private static String typed(ComboBox<String> box) {
        String t = box.getEditor().getText();
        if (t == null || t.isBlank()) {
            t = box.getValue();
        }
        return t == null ? "" : t.strip();
    }

    ListView<ReportSummary> reports() {
        return reports;
    }

    ComboBox<String> analyst() {
        return analyst;
    }

    ComboBox<String> blindWith() {
        return blindWith;
    }

    BooleanBinding validProperty() {
        return valid;
    }

    Optional<Request> showAndWait() {
        return dialog.showAndWait();
    }

    /** Carries out a request: one assignment per report, blind ones in pairs. */
    static void apply(TeamService team, Request r) {
        for (long id : r.reportIds()) {
            if (r.blind()) {
                team.assignBlind(id, r.analyst(), r.blindWith());
            } else {
                team.assign(id, r.analyst());
            }
        }
    }

    /** A report as lists name it: region and year, else the file it came from. */
    static String name(ReportSummary s) {
        var id = s.report().identity();
        if (id.region() == null || id.region().isBlank()) {
            return s.report().fileName();
        }
        return id.region() + (id.reportYear() == null ? "" : " " + id.reportYear()) + "  · " + s.report().fileName();
    }
}
