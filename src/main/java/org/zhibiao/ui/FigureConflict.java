package org.zhibiao.ui;

import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.service.ReviewService;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.zhibiao.ui.Messages.tr;

/**
 * An analyst's change refused because someone changed the figure since it was shown: the change, the figure as the
 * other left it, and whether the change had been kept while the server was away ({@code queued}: the kept edits
 * behind it wait for the answer).
 */
record FigureConflict(FigureEdit.SetField change, ReviewedFigure current, boolean queued) {

    /** Who changed the figure last. */
    String other() {
        return current.analyst();
    }

    Instant at() {
        return current.changedAt();
    }

    String field() {
        return change.field();
    }

    String theirs() {
        return ReviewService.get(current, change.field());
    }

    String mine() {
        return change.value();
    }

    long figureId() {
        return current.id();
    }

    /** The other fields changed since the figure was shown, as {field, before, now}. */
    List<String[]> alsoChanged() {
        List<String[]> out = new ArrayList<>();
        for (String f : ReviewService.FIELDS) {
            String before = ReviewService.get(change.shown(), f);
            String now = ReviewService.get(current, f);
            // a correction turns the status to corrected by itself: not worth a line of its own
            boolean implied = f.equals("status") && now.equals("corrected") && !change.field().equals("status");
            if (!f.equals(change.field()) && !Objects.equals(before, now) && !implied) {
                out.add(new String[] {f, before, now});
            }
        }
        return out;
    }

    /** "ben changed this figure at 14:03: Value is now 130. Your value: 140." and any other field they changed. */
    String describe() {
        StringBuilder b = new StringBuilder(tr("conflict.message", other(), time(at()), fieldName(field()),
                shown(field(), theirs()), shown(field(), mine())));
        List<String[]> also = alsoChanged();
        if (!also.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (String[] a : also) {
                parts.add(fieldName(a[0]) + " " + shown(a[0], a[1]) + " → " + shown(a[0], a[2]));
            }
            b.append('\n').append(tr("conflict.alsoChanged", String.join("; ", parts)));
        }
        return b.toString();
    }

    /** When, in the analyst's time zone: the time of day for today, with the date before that. */
    static String time(Instant at) {
        ZoneId zone = ZoneId.systemDefault();
        boolean today = at.atZone(zone).toLocalDate().equals(LocalDate.now(zone));
        return DateTimeFormatter.ofPattern(today ? "HH:mm:ss" : "yyyy-MM-dd HH:mm").withZone(zone).format(at);
    }

    /** A field as the figure table's column calls it. */
    static String fieldName(String field) {
        return tr("figures.column." + (field.equals("growth_pct") ? "growth" : field));
    }

    /** A value as the analyst reads it: a status in words, nothing as "(empty)". */
    static String shown(String field, String value) {
        if (value == null || value.isEmpty()) {
            return tr("conflict.empty");
        }
        return field.equals("status") ? tr("status." + value) : value;
    }
}
