package org.zhibiao.ui;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** The real JavaFX scene, headless on Monocle (see the surefire configuration). */
@ExtendWith(ApplicationExtension.class)
class ZhibiaoAppTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new ZhibiaoApp().start(stage);
    }

    @Test
    void mainWindowIsTitledZhibiao() {
        assertThat(stage.getTitle()).isEqualTo("Zhibiao");
        assertThat(stage.isShowing()).isTrue();
        Label welcome = (Label) stage.getScene().lookup("#welcome");
        assertThat(welcome.getText()).contains("指标");
    }
}
