package org.zhibiao.ui;

import static org.zhibiao.ui.Messages.tr;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.zhibiao.model.Assignment;
import org.zhibiao.service.TeamService;

import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The workbench's Team menu: assign reports, curate double annotations, say that a report given to one is done.
 * Built apart from the workbench so that the workbench only places it in its menu bar.
 */
final class TeamMenu {

    private TeamMenu() {
    }

    static Menu build(WorkbenchViewModel vm, Supplier<Window> window) {
        Menu team = new Menu(tr("menu.team"));
        team.setId("menu-team");
        MenuItem assign = new MenuItem(tr("team.assign"));
        assign.setOnAction(e -> assign(vm, window.get()));
        MenuItem curate = new MenuItem(tr("team.curate"));
        // after a curation the report's figures are new: the workbench loads them again
        curate.setOnAction(e -> CurationView.open(window.get(), vm.workspace(), vm.extractor(), vm.analyst(),
                vm.runner(), id -> vm.load()));
        MenuItem done = new MenuItem(tr("team.markDone"));
        done.setId("team-mark-done");
        done.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        // only the analyst a report is given to can say they finished it, and only once
        done.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !WorkbenchViewModel.canMarkDone(vm.reportProperty().get()), vm.reportProperty()));
        done.setOnAction(e -> vm.markDone());
        team.getItems().addAll(assign, curate, new SeparatorMenuItem(), done);
        return team;
    }

    private static void assign(WorkbenchViewModel vm, Window owner) {
        TeamService team = vm.team();
        vm.runner().run(team::assignments, known -> {
            TreeSet<String> names = new TreeSet<>(known.stream().map(Assignment::analyst).toList());
            AssignDialog dialog = new AssignDialog(owner, List.copyOf(vm.reports()), vm.reportProperty().get(), names);
            dialog.showAndWait().ifPresent(r -> vm.runner().run(() -> {
                AssignDialog.apply(team, r);
                return r;
            }, done -> vm.messageProperty().set(done.blind()
                    ? tr("assign.doneBlind", done.reportIds().size(), done.analyst(), done.blindWith())
                    : tr("assign.done", done.reportIds().size(), done.analyst())), fail(vm)));
        }, fail(vm));
    }

    private static Consumer<Throwable> fail(WorkbenchViewModel vm) {
        return e -> vm.errorProperty().set(org.zhibiao.service.WorkspaceFailures.say(e, Messages.locale()));
    }
}
