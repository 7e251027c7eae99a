package org.zhibiao.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.zhibiao.extract.Extractor;
import org.zhibiao.extract.RegionResolver;
import org.zhibiao.store.Workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The main window's menus speak the locale's language: Chinese with zh_CN, English with en. */
@ExtendWith(ApplicationExtension.class)
class LocalizedMenusTest {

    private static final Extractor EXTRACTOR = Extractor.loadDefault();
    private static final RegionResolver REGIONS = RegionResolver.loadDefault();

    @TempDir
    Path dir;

    private Stage stage;
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void close() {
        Messages.use(Locale.getDefault());
        if (workspace != null) {
            workspace.close();
        }
    }

    private List<String> menus(FxRobot robot, Locale locale) {
        robot.interact(() -> {
            Messages.use(locale);
            if (workspace == null) {
                workspace = Workspace.open(dir.resolve("menus"));
            }
            ZhibiaoApp.show(stage, org.zhibiao.service.OpenWorkspace.of(workspace), EXTRACTOR, REGIONS, "王敏", ImmediateFxRunner.create());
        });
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().map(Menu::getText).toList();
    }

    private static List<String> items(MenuBar bar, int menu) {
        return bar.getMenus().get(menu).getItems().stream().map(MenuItem::getText).toList();
    }

    @Test
    void chineseWithTheChineseLocale(FxRobot robot) {
        assertThat(menus(robot, Locale.SIMPLIFIED_CHINESE)).containsExactly("文件", "编辑", "审核", "团队", "帮助");
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(items(bar, 0)).contains("新建工作区…", "打开工作区…", "最近的工作区", "偏好设置…");
        assertThat(items(bar, 3)).containsExactly("分配报告…", "整合双人标注…", null, "标记此报告已完成"); // null: a separator
        assertThat(items(bar, 4)).contains("打开日志文件夹", "关于 Zhibiao");
        assertThat(robot.lookup("#figures").queryTableView().getColumns().get(0).getText()).isEqualTo("指标");
    }

    @Test
    void englishWithTheEnglishLocale(FxRobot robot) {
        assertThat(menus(robot, Locale.ENGLISH)).containsExactly("File", "Edit", "Review", "Team", "Help");
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(items(bar, 0)).contains("New workspace…", "Open workspace…", "Recent workspaces", "Preferences…");
        assertThat(items(bar, 3)).containsExactly("Assign reports…", "Curate double annotations…", null,
                "Mark this report done");
        assertThat(items(bar, 4)).contains("Show log folder", "About Zhibiao");
        assertThat(robot.lookup("#figures").queryTableView().getColumns().get(0).getText()).isEqualTo("Indicator");
    }
}
