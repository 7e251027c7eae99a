package org.zhibiao.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.zhibiao.analysis.Curation;
import org.zhibiao.model.Figure;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.service.ReviewService;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One row of the curation table: A's and B's figure for the same thing and what the lead keeps of it. The choice is
 * an observable property so that the table, the undecided count and the save button follow every key press without
 * the rows being replaced (which would lose the table's selection).
 */
public final class CurationLine {

    /** Where the kept figure comes from. */
    public enum Pick { A, B, EDITED, DROPPED, UNDECIDED }

    /**
     * What the lead keeps of a row.
     *
     * @param pick   where it comes from
     * @param figure the figure kept; null when dropped or not yet decided
     */
    public record Kept(Pick pick, Figure figure) {
        static final Kept DROPPED = new Kept(Pick.DROPPED, null);
        static final Kept UNDECIDED = new Kept(Pick.UNDECIDED, null);
    }

    /** The fields shown for each side, as {@link ReviewService} names them. */
    public static final List<String> SIDE_FIELDS = List.of("value", "unit", "growth_pct", "qualifier", "status");

    private final Curation.Row row;
    private final boolean check;
    private final ObjectProperty<Kept> kept = new SimpleObjectProperty<>();

    /**
     * Starts with the obvious choice: an agreed row keeps A's figure, a row only one analyst kept keeps that one
     * but is marked to be checked (the other rejected or never had it), and a row where they differ waits for
     * the lead.
     */
    public CurationLine(Curation.Row row) {
        this.row = row;
        if (row.agreed()) {
            check = false;
            kept.set(new Kept(Pick.A, row.a().figure()));
        } else if (row.a() == null || row.b() == null) {
            check = true;
            kept.set(row.a() != null ? new Kept(Pick.A, row.a().figure()) : new Kept(Pick.B, row.b().figure()));
        } else {
            check = false;
            kept.set(Kept.UNDECIDED);
        }
    }

    public Curation.Row row() {
        return row;
    }

    public ReviewedFigure a() {
        return row.a();
    }

    public ReviewedFigure b() {
        return row.b();
    }

    /** Only one analyst kept this figure: the default takes it, but the lead should look. */
    public boolean check() {
        return check;
    }

    /** A and B differ: one of them lacks the figure, or a scored field differs. */
    public boolean disagrees() {
        return !row.agreed();
    }

    public ReadOnlyObjectProperty<Kept> keptProperty() {
        return kept;
    }

    public Kept kept() {
        return kept.get();
    }

    public boolean undecided() {
        return kept.get().pick() == Pick.UNDECIDED;
    }

    /** Keeps A's figure; false if A has none. */
    boolean takeA() {
        return take(Pick.A, row.a());
    }

    /** Keeps B's figure; false if B has none. */
    boolean takeB() {
        return take(Pick.B, row.b());
    }

    void drop() {
        kept.set(Kept.DROPPED);
    }

    void keepEdited(Figure f) {
        kept.set(new Kept(Pick.EDITED, f));
    }

    private boolean take(Pick pick, ReviewedFigure f) {
        if (f == null) {
            return false;
        }
        kept.set(new Kept(pick, f.figure()));
        return true;
    }

    /** The figure the edit dialog starts from: the one kept, else A's, else B's. */
    public Figure editBase() {
        Figure k = kept.get().figure();
        return k != null ? k : row.either();
    }

    /** A side's field as text, empty when that side has no figure. */
    public static String field(ReviewedFigure f, String field) {
        return f == null ? "" : ReviewService.get(f, field);
    }

    /**
     * Whether A and B show something different in a field: numbers compared by value (129.50 is 129.5), a side
     * without the figure differs in every field.
     */
    public boolean differs(String field) {
        if (row.a() == null || row.b() == null) {
            return true;
        }
        Figure a = row.a().figure();
        Figure b = row.b().figure();
        return switch (field) {
            case "value" -> !sameNumber(a.value(), b.value());
            case "growth_pct" -> !sameNumber(a.growthPct(), b.growthPct());
            case "unit" -> !a.unit().strip().equals(b.unit().strip());
            case "qualifier" -> a.qualifier() != b.qualifier();
            case "status" -> row.a().status() != row.b().status();
            default -> !Objects.equals(field(row.a(), field), field(row.b(), field));
        };
    }

    private static boolean sameNumber(BigDecimal x, BigDecimal y) {
        return x == null || y == null ? x == y : x.compareTo(y) == 0;
    }
}
