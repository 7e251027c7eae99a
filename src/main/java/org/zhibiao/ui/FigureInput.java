package org.zhibiao.ui;

import org.zhibiao.extract.Extractor;
import org.zhibiao.extract.QuantityScanner;
import org.zhibiao.extract.Units;
import org.zhibiao.model.Figure;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.ReportIdentity;
import org.zhibiao.model.Span;
import org.zhibiao.text.Normalizer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the analyst types into a figure's fields, checked before anything is saved, and what they select in the report
 * text, read as a figure with the engine's own rules. Uses the workbench's current engine (the analyst may extend
 * the dictionary meanwhile). Called on the JavaFX thread.
 */
final class FigureInput {

    private final Supplier<Extractor> extractor;
    private final Units units = Units.loadDefault();

    FigureInput(Supplier<Extractor> extractor) {
        this.extractor = extractor;
    }

    /** Why a typed value is not valid for a field, or null if it is. */
    String validate(String field, String value) {
        switch (field) {
            case "value", "growth_pct" -> {
                if (!value.isEmpty()) {
                    try {
                        new BigDecimal(value.replace(",", ""));
                    } catch (NumberFormatException e) {
                        return Messages.tr("vm.notNumber", value, field.replace("_pct", ""));
                    }
                }
            }
            case "year" -> {
                if (!value.isEmpty() && !value.matches("(19[5-9]|20\\d)\\d")) {
                    return Messages.tr("vm.notYear", value);
                }
            }
            case "unit" -> {
                if (!value.isEmpty() && !value.equals(units.match(value, 0))) {
                    return Messages.tr("vm.notUnit", value);
                }
            }
            case "indicator" -> {
                if (!extractor.get().lexicon().indicators().containsKey(value)) {
                    return Messages.tr("vm.notIndicator", value);
                }
            }
            case "kind" -> {
                try {
                    Kind.fromCode(value);
                } catch (IllegalArgumentException e) {
                    return Messages.tr("vm.notKind", value);
                }
            }
            case "qualifier" -> {
                try {
                    Qualifier.fromCode(value);
                } catch (IllegalArgumentException e) {
                    return Messages.tr("vm.notQualifier", value);
                }
            }
            default -> {
                return Messages.tr("vm.notEditable", field);
            }
        }
        return null;
    }

    /** The indicator a selection names, by the lexicon (新增市场主体5000家 → new_market_entities). */
    Optional<String> guessIndicator(String selected) {
        return extractor.get().lexicon().find(selected).stream().filter(m -> !m.term().blocks())
                .map(m -> m.term().indicators().get(0)).findFirst();
    }

    /** The figure an analyst's selection states, read with the engine's own number and growth rules. */
    Figure prefill(String indicator, String selected, Span span, ReportIdentity id) {
        List<Figure> found = extractor.get().figures(new Normalizer().normalize(selected),
                id.reportYear(), id.reviewYear());
        Optional<Figure> same = found.stream().filter(f -> f.indicator().equals(indicator)).findFirst();
        BigDecimal value = same.map(Figure::value).orElse(null);
        String unit = same.map(Figure::unit).orElse("");
        BigDecimal growth = same.map(Figure::growthPct).orElse(null);
        Qualifier q = same.map(Figure::qualifier).orElse(Qualifier.NONE);
        if (same.isEmpty()) {
            var scanned = new QuantityScanner(units).scan(selected);
            for (var quantity : scanned) {
                if (!quantity.isPercent() && value == null) {
                    value = quantity.value();
                    unit = quantity.unit();
                } else if (quantity.isPercent() && growth == null) {
                    growth = quantity.value();
                }
            }
        }
        Kind kind = same.map(Figure::kind).orElse(Kind.ACTUAL);
        Integer year = same.map(Figure::year).orElse(id.reviewYear());
        return new Figure(indicator, kind, year, value, unit, growth, q, selected, span, 1.0, "added by hand");
    }
}
