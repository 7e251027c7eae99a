package org.zhibiao.ui;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The desktop app's main window. The workbench views arrive with the workspace and review issues. */
public final class ZhibiaoApp extends Application {

    public static final String TITLE = "Zhibiao";

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(mainView(), 1200, 760));
        stage.setTitle(TITLE);
        stage.getIcons().add(new Image(ZhibiaoApp.class.getResourceAsStream("zhibiao.png")));
        stage.show();
    }

    static BorderPane mainView() {
        Label welcome = new Label("Zhibiao 指标 — 政府工作报告指标工作台");
        welcome.setId("welcome");
        welcome.setStyle("-fx-font-size: 18px;");
        BorderPane root = new BorderPane(welcome);
        root.setPadding(new Insets(24));
        return root;
    }
}
