package org.zhibiao.ui;

import javafx.application.HostServices;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.zhibiao.ui.Messages.tr;

/** The small dialogs of the app around the workbench: preferences, about, the log folder. */
final class AppDialogs {

    private AppDialogs() {
    }

    /** Zhibiao's version, from the resource the build writes. */
    static String version() {
        try (InputStream in = AppDialogs.class.getResourceAsStream("/org/zhibiao/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "");
            return v.isBlank() || v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }

    /** Preferences: analyst name, UI language, default export folder. Returns true when saved. */
    static boolean preferences(Window owner, AppSettings settings) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(tr("preferences.title"));
        d.setHeaderText(null);
        TextField analyst = new TextField(settings.analyst());
        analyst.setId("pref-analyst");
        ChoiceBox<String> language = new ChoiceBox<>();
        language.setId("pref-language");
        language.getItems().addAll(AppSettings.LANGUAGES);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : tr("preferences.language." + code);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        language.setValue(settings.language());
        TextField export = new TextField(settings.exportFolder().toString());
        export.setPrefColumnCount(28);
        Button choose = new Button(tr("preferences.choose"));
        choose.setOnAction(e -> {
            DirectoryChooser c = new DirectoryChooser();
            File start = new File(export.getText());
            if (start.isDirectory()) {
                c.setInitialDirectory(start);
            }
            File dir = c.showDialog(d.getDialogPane().getScene().getWindow());
            if (dir != null) {
                export.setText(dir.toString());
            }
        });
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label(tr("preferences.analyst")), analyst);
        g.addRow(1, new Label(tr("preferences.language")), language);
        g.addRow(2, new Label(tr("preferences.exportFolder")), export, choose);
        Label note = new Label(tr("preferences.restartNote") + "\n" + tr("preferences.file", settings.file()));
        note.setWrapText(true);
        d.getDialogPane().setContent(new VBox(12, g, note));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        boolean ok = d.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
        if (ok) {
            if (!analyst.getText().isBlank()) {
                settings.setAnalyst(analyst.getText());
            }
            settings.setLanguage(language.getValue());
            settings.setExportFolder(export.getText().isBlank() ? null : Path.of(export.getText().strip()));
        }
        return ok;
    }

    static void about(Window owner, String workspace, Path settingsFile, Path logFolder) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle(tr("about.title"));
        a.setHeaderText(tr("about.header", version()));
        a.setContentText(tr("about.body", System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("javafx.runtime.version", "?"), workspace, settingsFile, logFolder));
        a.show();
    }

    /** Opens the log folder in the OS's file manager; says where it is when that is not possible. */
    static void showLogFolder(Window owner, HostServices services, Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            // shown below all the same
        }
        boolean opened = false;
        if (services != null) {
            try {
                services.showDocument(folder.toUri().toString());
                opened = true;
            } catch (RuntimeException e) {
                opened = false;
            }
        }
        if (!opened) {
            Alert a = new Alert(Alert.AlertType.INFORMATION, tr("help.logFolderMessage", folder), ButtonType.OK);
            a.initOwner(owner);
            a.setHeaderText(null);
            a.show();
        }
    }

    /** An error said in one sentence, with only an OK button. */
    static void alert(Window owner, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.initOwner(owner);
        a.setHeaderText(null);
        a.showAndWait();
    }

    /** A question with one action button and Cancel; true when the action was chosen. */
    static boolean confirm(Window owner, String title, String message, String action) {
        ButtonType yes = new ButtonType(action, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.WARNING, message, yes, new ButtonType(tr("import.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(null);
        a.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return a.showAndWait().filter(yes::equals).isPresent();
    }

    /**
     * Several problems at once (the files an import could not take), in a list that can be read whole, scrolled and
     * copied; not modal, so the analyst can read it beside the workbench. {@code dismissed} runs when it closes.
     */
    static void problems(Window owner, String header, List<String> lines, Runnable dismissed) {
        Alert a = new Alert(Alert.AlertType.WARNING);
        a.initOwner(owner);
        a.setTitle(tr("import.failedTitle"));
        a.setHeaderText(header);
        TextArea list = new TextArea(String.join("\n", lines));
        list.setId("error-list");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(12, Math.max(3, lines.size())));
        a.getDialogPane().setContent(list);
        a.setResizable(true);
        a.setOnHidden(e -> dismissed.run());
        a.show();
    }
}
