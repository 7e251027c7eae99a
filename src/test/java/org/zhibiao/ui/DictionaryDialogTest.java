package org.zhibiao.ui;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhibiao.extract.Extractor;
import org.zhibiao.extract.RegionResolver;
import org.zhibiao.extract.Term;
import org.zhibiao.service.Dictionary;
import org.zhibiao.store.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The dictionary dialog driven in its scene: names in the picker, a defined indicator chosen, an addition removed. */
@ExtendWith(ApplicationExtension.class)
class DictionaryDialogTest {

    @TempDir
    static Path dir;

    private Workspace workspace;
    private WorkbenchView view;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        Messages.use(Locale.ENGLISH);
        this.stage = stage;
        workspace = Workspace.open(Files.createTempDirectory(dir, "ws").resolve("w"));
        view = ZhibiaoApp.show(stage, org.zhibiao.service.OpenWorkspace.of(workspace), Extractor.loadDefault(),
                RegionResolver.loadDefault(), "王敏", ImmediateFxRunner.create());
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
        Messages.use(Locale.getDefault());
    }

    @Test
    void definingAnIndicatorChoosesItAndAnAdditionCanBeRemoved(FxRobot robot) throws Exception {
        Path folder = Files.createTempDirectory(dir, "dict");
        Dictionary dictionary = new Dictionary(folder);
        Platform.runLater(() -> DictionaryDialog.show(stage, view.viewModel(), dictionary));
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<String> picker = robot.lookup("#dictionary-indicator").queryAs(ComboBox.class);
        assertThat(picker.getConverter().toString("gdp")).as("a name, not only a code").isEqualTo("GDP · gdp");

        robot.clickOn("#dictionary-code").write("tourism_revenue");
        robot.clickOn("#dictionary-name").write("旅游总收入");
        robot.clickOn("#dictionary-define");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picker.getValue()).as("the picker holds the indicator just defined").isEqualTo("tourism_revenue");

        robot.clickOn("#dictionary-synonym").write("旅游综合收入");
        robot.clickOn("#dictionary-add-synonym");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dictionary.lexicon().terms()).anyMatch(t -> t.name().equals("旅游综合收入")
                && t.indicators().equals(java.util.List.of("tourism_revenue")));

        TableView<Term> table = robot.lookup("#dictionary").queryAs(TableView.class);
        Button remove = robot.lookup("#dictionary-remove").queryAs(Button.class);
        robot.interact(() -> table.getSelectionModel().select(
                table.getItems().stream().filter(t -> t.id().equals("t.gdp") || t.indicators().contains("gdp")).findFirst().orElseThrow()));
        assertThat(remove.isDisabled()).as("a bundled name cannot be removed").isTrue();
        robot.interact(() -> table.getSelectionModel().select(
                table.getItems().stream().filter(t -> t.name().equals("旅游综合收入")).findFirst().orElseThrow()));
        assertThat(remove.isDisabled()).isFalse();
        robot.clickOn("#dictionary-remove");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dictionary.lexicon().terms()).noneMatch(t -> t.name().equals("旅游综合收入"));
        assertThat(table.getItems()).noneMatch(t -> t.name().equals("旅游综合收入"));
        assertThat(Files.readString(folder.resolve("terms.tsv"))).doesNotContain("旅游综合收入");

        TextField synonym = robot.lookup("#dictionary-synonym").queryAs(TextField.class);
        robot.interact(() -> synonym.setText("单位地区生产总值能耗"));
        robot.interact(() -> picker.setValue("gdp"));
        robot.clickOn("#dictionary-add-synonym");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dictionary-feedback").queryAs(Label.class).getText())
                .contains("never name an indicator").doesNotContain("[]");
    }
}
