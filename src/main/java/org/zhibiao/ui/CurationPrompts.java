package org.zhibiao.ui;

import static org.zhibiao.ui.Messages.tr;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.zhibiao.model.Curated;

/**
 * The curation window's two questions, asked before something is lost: the lead's choices not yet saved (on
 * switching report or closing the window), and a report's figures curated before (on saving again). Shown without
 * waiting, like the conflict dialog: the switch is asked from inside a selection change, where a nested event loop
 * does not belong. The action runs only on the confirming button; closing the dialog is the safe answer.
 */
final class CurationPrompts {

    static final String DISCARD = "curation-discard";
    static final String AGAIN = "curation-again";

    private CurationPrompts() {
    }

    /** "Discard the choices for …?"; {@code discard} runs if the lead says so. */
    static Alert discard(Window owner, String report, Runnable discard) {
        return ask(owner, DISCARD, tr("curation.discard.title"), tr("curation.discard", report), null,
                tr("curation.discard.yes"), tr("curation.discard.no"), discard);
    }

    /** "Already curated by … at …; curate again?"; {@code again} runs if the lead says so. */
    static Alert curateAgain(Window owner, Curated before, Runnable again) {
        return ask(owner, AGAIN, tr("curation.again.title"), tr("curation.again", before.by(),
                FigureConflict.time(before.at())), tr("curation.again.detail"), tr("curation.again.yes"),
                tr("curation.again.no"), again);
    }

    private static Alert ask(Window owner, String id, String title, String question, String detail, String yesText,
                             String noText, Runnable onYes) {
        ButtonType yes = new ButtonType(yesText, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(noText, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, detail == null ? question : detail, yes, no);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(detail == null ? null : question);
        alert.getDialogPane().setId(id);
        alert.getDialogPane().lookupButton(yes).setId(id + "-yes");
        alert.getDialogPane().lookupButton(no).setId(id + "-no");
        alert.setOnHidden(e -> {
            if (alert.getResult() == yes) {
                onYes.run();
            }
        });
        alert.show();
        return alert;
    }
}
