package org.zhibiao.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.zhibiao.extract.Extractor;
import org.zhibiao.extract.RegionResolver;
import org.zhibiao.service.Dictionary;
import org.zhibiao.service.OpenWorkspace;
import org.zhibiao.service.WorkspaceTarget;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every window and dialog at 1366×768, in Chinese and in English: no label, header, tab or button shows its text cut
 * off. JavaFX 21 has no {@code isTextTruncated}; the skin's text node holds what is drawn, ellipsis and all, so a
 * control whose drawn text differs from its text is cut. Table and list cells are content, not labels, and are not
 * checked.
 */
@ExtendWith(ApplicationExtension.class)
class TruncationTest {

    private static final Extractor EXTRACTOR = Extractor.loadDefault();
    private static final RegionResolver REGIONS = RegionResolver.loadDefault();

    @TempDir
    static Path dir;

    private final List<OpenWorkspace> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(OpenWorkspace::close);
        Messages.use(Locale.getDefault());
    }

    @Test
    void nothingIsCutInChinese(FxRobot robot) throws Exception {
        assertThat(cutEverywhere(robot, Locale.SIMPLIFIED_CHINESE)).isEmpty();
    }

    @Test
    void nothingIsCutInEnglish(FxRobot robot) throws Exception {
        assertThat(cutEverywhere(robot, Locale.ENGLISH)).isEmpty();
    }

    /** Opens each window and dialog in the locale and returns what is cut, by window. */
    private Map<String, List<String>> cutEverywhere(FxRobot robot, Locale locale) throws Exception {
        Messages.use(locale);
        Path folder = Files.createTempDirectory(dir, "ws");
        Map<String, List<String>> cut = new LinkedHashMap<>();
        // first an empty workspace: the lists' hints are shown instead of reports
        OpenWorkspace none = WorkspaceTarget.file(folder.resolve("empty")).open(Clock.systemUTC());
        opened.add(none);
        Stage[] bare = new Stage[1];
        robot.interact(() -> {
            bare[0] = new Stage();
            ZhibiaoApp.show(bare[0], none, EXTRACTOR, REGIONS, "王敏", ImmediateFxRunner.create());
            bare[0].setWidth(1366);
            bare[0].setHeight(768);
            bare[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        check(cut, "empty workbench", bare[0].getScene());
        robot.interact(bare[0]::close);

        OpenWorkspace ws = WorkspaceTarget.file(folder.resolve("w")).open(Clock.systemUTC());
        opened.add(ws);
        ws.importer(EXTRACTOR, "王敏", Clock.systemUTC()).importPaths(List.of(Path.of("seeds")),
                org.zhibiao.model.Progress.NONE);
        Stage[] main = new Stage[1];
        WorkbenchView[] view = new WorkbenchView[1];
        robot.interact(() -> {
            main[0] = new Stage();
            view[0] = ZhibiaoApp.show(main[0], ws, EXTRACTOR, REGIONS, "王敏", ImmediateFxRunner.create());
            main[0].setWidth(1366);
            main[0].setHeight(768);
            main[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view[0].viewModel().selectReport(view[0].viewModel().reports().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        check(cut, "workbench", main[0].getScene());

        Stage[] holder = new Stage[1];
        robot.interact(() -> holder[0] = new Stage());
        Stage compare = holder[0];
        robot.interact(() -> {
            ComparisonView.show(compare, ws, EXTRACTOR, ImmediateFxRunner.create());
            compare.setWidth(1366);
            compare.setHeight(768);
            compare.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        check(cut, "comparison", compare.getScene());
        robot.interact(compare::close);

        robot.interact(() -> holder[0] = new Stage());
        Stage curation = holder[0];
        robot.interact(() -> {
            CurationView.show(curation, ws, EXTRACTOR, "王敏", ImmediateFxRunner.create(), id -> { });
            curation.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        check(cut, "curation", curation.getScene());
        robot.interact(curation::close);

        Window owner = main[0];
        dialog(robot, cut, "preferences", () -> AppDialogs.preferences(owner, new AppSettings(folder.resolve("settings.properties"))));
        dialog(robot, cut, "about", () -> AppDialogs.about(owner, "w", folder.resolve("settings.properties"), folder));
        dialog(robot, cut, "shortcuts", () -> ShortcutSheet.show(owner));
        dialog(robot, cut, "dictionary", () -> DictionaryDialog.show(owner, view[0].viewModel(), Dictionary.user()));
        dialog(robot, cut, "assign", () -> new AssignDialog(owner, List.copyOf(view[0].viewModel().reports()),
                view[0].viewModel().reportProperty().get(), List.of("王敏", "李强")).showAndWait());
        dialog(robot, cut, "damaged workspace", () -> AppDialogs.confirm(owner, Messages.tr("app.damaged.title"),
                Messages.tr("app.damaged.offer", "w.mv.db", "2026-12-05 03:04"), Messages.tr("app.damaged.restore")));
        dialog(robot, cut, "error", () -> AppDialogs.alert(owner, Messages.tr("vm.revertWhole")));
        dialog(robot, cut, "indicator picker", () -> new IndicatorPicker(owner, new IndicatorSearch(EXTRACTOR.lexicon()),
                view[0].viewModel()::indicatorName, "gdp", "全县地区生产总值完成128亿元").showAndWait());
        dialog(robot, cut, "note", () -> view[0].noteOnFigure());
        dialog(robot, cut, "files not imported", () -> AppDialogs.problems(owner, Messages.tr("import.failedTitle"),
                List.of("scan.pdf: " + org.zhibiao.model.Problem.of(org.zhibiao.model.Problem.Kind.FILE_PDF_SCAN)
                        .render(Messages.locale())), () -> { }));
        robot.interact(main[0]::close);
        return cut;
    }

    /** Opens a modal dialog later on the FX thread (it waits there), checks the window it opened, closes it. */
    private void dialog(FxRobot robot, Map<String, List<String>> cut, String name, Runnable open) {
        List<Window> before = new ArrayList<>(Window.getWindows());
        Platform.runLater(open);
        WaitForAsyncUtils.waitForFxEvents();
        List<Window> now = new ArrayList<>(Window.getWindows());
        now.removeAll(before);
        assertThat(now).as(name + " opened a window").isNotEmpty();
        for (Window w : now) {
            check(cut, name, w.getScene());
            robot.interact(w::hide);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void check(Map<String, List<String>> cut, String window, Scene scene) {
        List<String> found = new ArrayList<>();
        walk(scene.getRoot(), found);
        if (!found.isEmpty()) {
            cut.put(window, found);
        }
    }

    private static void walk(Node n, List<String> found) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && !(n instanceof IndexedCell<?>) && l.getText() != null && !l.getText().isBlank()) {
            String shown = drawn(l);
            String text = l.isMnemonicParsing() ? l.getText().replace("_", "") : l.getText();
            if (shown != null && !shown.equals(text) && !shown.replace("\n", "").equals(text.replace("\n", ""))) {
                found.add(l.getClass().getSimpleName() + " \"" + text + "\" shown as \"" + shown + "\" in "
                        + Math.round(l.getWidth()) + " px");
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, found);
            }
        }
    }

    /** The text a labeled control's skin draws (its LabeledText child), or null before it is skinned. */
    private static String drawn(Labeled l) {
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t && c.getStyleClass().contains("text")) {
                return t.getText();
            }
        }
        return null;
    }
}
