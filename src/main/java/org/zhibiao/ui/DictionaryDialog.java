package org.zhibiao.ui;

import javafx.beans.binding.Bindings;
import static org.zhibiao.ui.Messages.tr;

import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
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
        ComboBox<String> indicator = new ComboBox<>();
        indicator.setId("dictionary-indicator");
        indicator.setVisibleRowCount(14);
        // indicators by their name in the UI's language, the code after it (analysts read names, not codes)
        indicator.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String code) {
                if (code == null) {
                    return "";
                }
                Indicator i = vm.extractor().lexicon().indicators().get(code);
                return i == null ? code : (Messages.locale().getLanguage().equals("zh") ? i.nameZh() : i.nameEn()) + " · " + code;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        TextField synonym = new TextField();
        synonym.setPromptText(tr("dictionary.example.synonym"));
        synonym.setId("dictionary-synonym");
        TextField code = new TextField();
        code.setPromptText(tr("dictionary.example.code"));
        code.setId("dictionary-code");
        TextField name = new TextField();
        name.setPromptText(tr("dictionary.example.name"));
        name.setId("dictionary-name");
        ChoiceBox<String> unitClass = new ChoiceBox<>(FXCollections.observableArrayList(
                Dictionary.UNIT_CLASSES.stream().sorted().toList()));
        unitClass.setValue("money");
        Label feedback = new Label();
        feedback.setId("dictionary-feedback");
        feedback.setWrapText(true);
        feedback.getStyleClass().add("error-label");

        javafx.collections.ObservableList<Term> all = FXCollections.observableArrayList();
        FilteredList<Term> shown = new FilteredList<>(all);
        filter.textProperty().addListener((o, a, b) -> shown.setPredicate(t -> b == null || b.isBlank()
                || t.name().contains(b.strip()) || String.join(",", t.indicators()).contains(b.strip())));
        table.setItems(shown);
        Runnable reload = () -> {
            var lexicon = vm.extractor().lexicon();
            all.setAll(lexicon.terms().stream().filter(t -> !t.blocks())
                    .sorted(java.util.Comparator.comparing((Term t) -> t.indicators().get(0)).thenComparing(Term::name)).toList());
            // the picker keeps what the analyst chose across a reload (it was emptied by every addition)
            String chosen = indicator.getValue();
            indicator.getItems().setAll(lexicon.indicators().keySet().stream().sorted().toList());
            indicator.setValue(chosen != null && lexicon.indicators().containsKey(chosen) ? chosen : "gdp");
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
        addSynonym.setId("dictionary-add-synonym");
        addSynonym.setOnAction(e -> apply(feedback, vm, dictionary, reload,
                () -> dictionary.addSynonym(indicator.getValue(), synonym.getText()), tr("dictionary.synonymAdded")));
        Button addIndicator = new Button(tr("dictionary.defineIndicator"));
        addIndicator.setId("dictionary-define");
        addIndicator.setOnAction(e -> {
            String defined = code.getText().strip();
            if (apply(feedback, vm, dictionary, reload,
                    () -> dictionary.addIndicator(defined, unitClass.getValue(), name.getText(), ""),
                    tr("dictionary.indicatorDefined"))) {
                indicator.setValue(defined); // the next synonym is most likely for the indicator just defined
            }
        });
        Button remove = new Button(tr("dictionary.remove"));
        remove.setId("dictionary-remove");
        remove.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Term t = table.getSelectionModel().getSelectedItem();
            return t == null || !t.id().startsWith("user.");
        }, table.getSelectionModel().selectedItemProperty()));
        remove.setOnAction(e -> {
            Term t = table.getSelectionModel().getSelectedItem();
            apply(feedback, vm, dictionary, reload, () -> dictionary.removeAddition(t.id()),
                    tr("dictionary.removed", t.name()));
        });
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(6);
        form.addRow(0, new Label(tr("dictionary.synonymFor")), indicator, synonym, addSynonym);
        form.addRow(1, new Label(tr("dictionary.newIndicator")), code, name, unitClass, addIndicator);
        form.addRow(2, new Label(tr("dictionary.removeHint")), remove);
        indicator.setPrefWidth(230);
        // labels and buttons keep their whole text; the text fields give way
        form.getChildren().forEach(n -> {
            if (n instanceof javafx.scene.control.Labeled || n instanceof ChoiceBox<?>) {
                ((javafx.scene.layout.Region) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        });
        d.getDialogPane().setContent(new VBox(8, filter, table, form, feedback));
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.getDialogPane().setPrefWidth(880);
        d.show();
    }

    /** Makes a change to the dictionary and uses it from now on; says what happened; true if it was made. */
    private static boolean apply(Label feedback, WorkbenchViewModel vm, Dictionary dictionary, Runnable reload,
                                 Runnable change, String done) {
        try {
            change.run();
            vm.useExtractor(dictionary.extractor());
            reload.run();
            feedback.setText(tr("dictionary.usedNext", done));
            return true;
        } catch (IllegalArgumentException | IllegalStateException ex) {
            feedback.setText(org.zhibiao.service.WorkspaceFailures.say(ex, Messages.locale()));
            return false;
        }
    }
}
