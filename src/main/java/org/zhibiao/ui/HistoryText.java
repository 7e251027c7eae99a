package org.zhibiao.ui;

import org.zhibiao.model.Change;
import org.zhibiao.service.FigureText;

import java.time.format.DateTimeFormatter;
import java.util.Set;

import static org.zhibiao.ui.Messages.tr;

/**
 * A change of the history list in the analyst's words: the action and the field by name, a whole figure described
 * (the log keeps it in a machine form), a status by its name.
 */
final class HistoryText {

    private static final Set<String> ACTIONS = Set.of("import", "review", "edit", "add", "extract", "assign",
            "assign-blind", "done", "curate", "revert", "note");
    private static final Set<String> FIELDS = Set.of("indicator", "kind", "year", "value", "unit", "growth_pct",
            "qualifier", "status", "note");

    private HistoryText() {
    }

    static String line(Change c, DateTimeFormatter when) {
        return when.format(c.at()) + "  " + c.analyst() + "  " + action(c.action()) + "  " + what(c);
    }

    static String action(String code) {
        String base = code.startsWith("revert:") ? "revert" : code;
        return ACTIONS.contains(base) ? tr("history.action." + base) : code;
    }

    static String what(Change c) {
        if (c.field().equals("*")) {
            return c.oldValue() == null ? tr("history.created", FigureText.readable(c.newValue())) : tr("history.removed");
        }
        String field = FIELDS.contains(c.field()) ? tr("history.field." + c.field()) : c.field();
        return field + ": " + value(c.field(), c.oldValue()) + " → " + value(c.field(), c.newValue());
    }

    private static String value(String field, String v) {
        if (v == null || v.isEmpty()) {
            return "—";
        }
        return field.equals("status") ? tr("status." + v) : v;
    }
}
