package org.zhibiao.ui;

import static org.zhibiao.ui.Messages.tr;

import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.zhibiao.extract.Indicator;
import org.zhibiao.extract.Term;
import org.zhibiao.service.Dictionary;

import java.util.List;

/**
 * The indicator dictionary: every name the engine knows for each indicator, with forms to add a synonym or define
 * a new indicator. Additions are stored in the user's dictionary and used by the next extraction.
 */
final class DictionaryDialog {

    private DictionaryDialog() {
    }

    static void show(Window owner, WorkbenchViewModel vm, Dictionary dictionary) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(tr("dictionary.title"));
        d.setHeaderText(tr("dictionary.header", dictionary.folder()));
        TableView<Term> table = new TableView<>();
        table.setId("dictionary");
        TextField filter = new TextField();
        filter.setPromptText(tr("dictionary.filter"));
        ChoiceBox<String> indicator = new ChoiceBox<>();
        TextField synonym = new TextField();
        synonym.setPromptText(tr("dictionary.example.synonym"));
        TextField code = new TextField();
        code.setPromptText(tr("dictionary.example.code"));
        TextField name = new TextField();
        name.setPromptText(tr("dictionary.example.name"));
        ChoiceBox<String> unitClass = new ChoiceBox<>(FXCollections.observableArrayList(
                Dictionary.UNIT_CLASSES.stream().sorted().toList()));
        unitClass.setValue("money");
        Label feedback = new Label();
        feedback.getStyleClass().add("error-label");

        Runnable reload = () -> {
            var lexicon = vm.extractor().lexicon();
            List<Term> terms = lexicon.terms().stream().filter(t -> !t.blocks())
                    .sorted(java.util.Comparator.comparing((Term t) -> t.indicators().get(0)).thenComparing(Term::name)).toList();
            FilteredList<Term> shown = new FilteredList<>(FXCollections.observableArrayList(terms));
            filter.textProperty().addListener((o, a, b) -> shown.setPredicate(t -> b == null || b.isBlank()
                    || t.name().contains(b.strip()) || String.join(",", t.indicators()).contains(b.strip())));
            table.setItems(shown);
            indicator.setItems(FXCollections.observableArrayList(lexicon.indicators().keySet().stream().sorted().toList()));
            if (indicator.getValue() == null) {
                indicator.setValue("gdp");
            }
        };
        TableColumn<Term, String> ind = new TableColumn<>(tr("dictionary.column.indicator"));
        ind.setCellValueFactory(t -> new SimpleStringProperty(String.join(" + ", t.getValue().indicators())));
        ind.setPrefWidth(190);
        TableColumn<Term, String> zh = new TableColumn<>(tr("dictionary.column.chinese"));
        zh.setCellValueFactory(t -> {
            Indicator i = vm.extractor().lexicon().indicators().get(t.getValue().indicators().get(0));
            return new SimpleStringProperty(i == null ? "" : i.nameZh());
        });
        zh.setPrefWidth(150);
        TableColumn<Term, String> term = new TableColumn<>(tr("dictionary.column.term"));
        term.setCellValueFactory(t -> new SimpleStringProperty(t.getValue().name()));
        term.setPrefWidth(260);
        TableColumn<Term, String> source = new TableColumn<>(tr("dictionary.column.entry"));
        source.setCellValueFactory(t -> new SimpleStringProperty(t.getValue().id()));
        table.getColumns().addAll(List.of(ind, zh, term, source));
        table.setPrefHeight(360);
        reload.run();

        Button addSynonym = new Button(tr("dictionary.addSynonym"));
        addSynonym.setOnAction(e -> apply(feedback, vm, dictionary, reload,
                () -> dictionary.addSynonym(indicator.getValue(), synonym.getText()), tr("dictionary.synonymAdded")));
        Button addIndicator = new Button(tr("dictionary.defineIndicator"));
        addIndicator.setOnAction(e -> apply(feedback, vm, dictionary, reload,
                () -> dictionary.addIndicator(code.getText().strip(), unitClass.getValue(), name.getText(), ""),
                tr("dictionary.indicatorDefined")));
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(6);
        form.addRow(0, new Label(tr("dictionary.synonymFor")), indicator, synonym, addSynonym);
        form.addRow(1, new Label(tr("dictionary.newIndicator")), code, name, unitClass, addIndicator);
        d.getDialogPane().setContent(new VBox(8, filter, table, form, feedback));
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.getDialogPane().setPrefWidth(760);
        d.show();
    }

    private static void apply(Label feedback, WorkbenchViewModel vm, Dictionary dictionary, Runnable reload,
                              Runnable change, String done) {
        try {
            change.run();
            vm.useExtractor(dictionary.extractor());
            reload.run();
            feedback.setText(tr("dictionary.usedNext", done));
        } catch (IllegalArgumentException | IllegalStateException ex) {
            feedback.setText(ex.getMessage());
        }
    }
}
