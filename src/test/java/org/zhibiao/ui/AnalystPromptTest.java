package org.zhibiao.ui;

import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first-run question for the analyst's name, through the real dialog: Esc does not end the app but goes on under
 * the computer's user name, unsaved; a typed name is saved for next time.
 */
@ExtendWith(ApplicationExtension.class)
class AnalystPromptTest {

    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    private CompletableFuture<String> ask(AppSettings settings) {
        CompletableFuture<String> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(ZhibiaoApp.askAnalyst(stage, settings)));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    @Test
    void escapeGoesOnUnderTheUserNameAndSavesNothing(FxRobot robot) throws Exception {
        AppSettings settings = new AppSettings(dir.resolve("settings.properties"));
        CompletableFuture<String> answer = ask(settings);

        robot.type(KeyCode.ESCAPE);

        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(ZhibiaoApp.unnamedAnalyst()).isNotBlank();
        assertThat(new AppSettings(dir.resolve("settings.properties")).analyst()).isBlank();
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void aTypedNameIsUsedAndKeptForNextTime(FxRobot robot) throws Exception {
        AppSettings settings = new AppSettings(dir.resolve("settings.properties"));
        CompletableFuture<String> answer = ask(settings);

        robot.lookup("#analyst-name").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> robot.lookup("#analyst-name").queryAs(javafx.scene.control.TextField.class).setText(" 李华 "));
        robot.type(KeyCode.ENTER);

        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("李华");
        assertThat(new AppSettings(dir.resolve("settings.properties")).analyst()).isEqualTo("李华");
    }
}
