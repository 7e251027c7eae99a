package org.zhibiao.ui;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.zhibiao.ui.Messages.tr;

/**
 * Which indicator a selected figure is, chosen by typing: a search field over a list of indicators by name
 * ({@link IndicatorSearch}: Chinese or English name, synonym, code, pinyin initials), the lexicon's guess first and
 * selected. Up and Down move in the list while the keyboard stays in the field; Enter takes the selected one.
 */
final class IndicatorPicker {

    private final Dialog<String> dialog = new Dialog<>();
    private final TextField search = new TextField();
    private final ListView<String> list = new ListView<>();

    IndicatorPicker(Window owner, IndicatorSearch searchable, Function<String, String> name, String guess,
                    String selectedText) {
        dialog.initOwner(owner);
        dialog.setTitle(tr("addFigure.title"));
        dialog.setHeaderText(tr("addFigure.header", selectedText));
        search.setId("indicator-search");
        search.setPromptText(tr("addFigure.search"));
        list.setId("indicator-list");
        list.setPrefHeight(300);
        list.setFocusTraversable(false); // the keyboard stays in the search field; Up and Down move in the list
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String code, boolean empty) {
                super.updateItem(code, empty);
                setText(empty || code == null ? null : name.apply(code) + "  ·  " + code);
            }
        });
        ObservableList<String> shown = FXCollections.observableArrayList(ordered(searchable.find(""), guess));
        list.setItems(shown);
        list.getSelectionModel().select(guess);
        search.textProperty().addListener((o, was, typed) -> {
            List<String> found = searchable.find(typed);
            shown.setAll(typed == null || typed.isBlank() ? ordered(found, guess) : found);
            list.getSelectionModel().selectFirst();
            list.scrollTo(0);
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                int i = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                if (i >= 0 && i < shown.size()) {
                    list.getSelectionModel().select(i);
                    list.scrollTo(i);
                }
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem());
                dialog.close();
            }
        });
        Label none = new Label(tr("addFigure.noneFound"));
        list.setPlaceholder(none);
        dialog.getDialogPane().setContent(new VBox(6, search, list));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> b == ButtonType.OK ? list.getSelectionModel().getSelectedItem() : null);
        // the dialog gives the keyboard to its OK button when it opens: the first time, it goes to the search field
        boolean[] placed = {false};
        javafx.beans.value.ChangeListener<javafx.scene.Node> toSearch = (f, before, focused) -> {
            if (!placed[0] && focused != null && focused != search) {
                placed[0] = true;
                search.requestFocus();
            }
        };
        if (dialog.getDialogPane().getScene() != null) {
            dialog.getDialogPane().getScene().focusOwnerProperty().addListener(toSearch);
        }
        dialog.getDialogPane().sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener(toSearch);
            }
        });
        dialog.setOnShown(e -> search.requestFocus());
    }

    /** The guess first, then the rest in their order. */
    private static List<String> ordered(List<String> codes, String guess) {
        List<String> out = new ArrayList<>();
        if (guess != null && codes.contains(guess)) {
            out.add(guess);
        }
        codes.stream().filter(c -> !c.equals(guess)).forEach(out::add);
        return out;
    }

    Optional<String> showAndWait() {
        return dialog.showAndWait();
    }
}
