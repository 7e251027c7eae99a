package org.zhibiao.service;

import org.zhibiao.extract.TsvTable;
import org.zhibiao.model.DocType;
import org.zhibiao.model.Figure;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.ReportIdentity;
import org.zhibiao.model.Span;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-labelled truth in the gold schema's files: indicators.tsv (one row per figure) and docs.tsv (one row per
 * document). A bad row is named by file and line.
 */
public final class GoldFiles {

    private GoldFiles() {
    }

    /** The gold figures by document name. */
    public static Map<String, List<Figure>> figures(Path indicatorsTsv) throws IOException {
        TsvTable t = read(indicatorsTsv);
        Map<String, List<Figure>> out = new LinkedHashMap<>();
        for (TsvTable.Row r : t.rows()) {
            try {
                String year = r.get("year");
                Figure f = new Figure(r.get("indicator"), Kind.fromCode(r.get("kind")),
                        year.isBlank() ? null : Integer.valueOf(year.strip()), number(r.get("value")), r.get("unit").strip(),
                        number(r.get("growth_pct")), Qualifier.fromCode(r.get("qualifier").strip()),
                        r.get("text").replace("\\n", "\n"), new Span(0, 0), 1, "gold");
                out.computeIfAbsent(r.get("doc"), k -> new java.util.ArrayList<>()).add(f);
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
        }
        return out;
    }

    /** The gold identities by document name. */
    public static Map<String, ReportIdentity> identities(Path docsTsv) throws IOException {
        TsvTable t = read(docsTsv);
        Map<String, ReportIdentity> out = new HashMap<>();
        for (TsvTable.Row r : t.rows()) {
            try {
                out.put(r.get("doc"), new ReportIdentity(r.get("province"), r.get("prefecture"), r.get("region"), "",
                        year(r.get("report_year")), year(r.get("review_year")), DocType.fromCode(r.get("doc_type"))));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
        }
        return out;
    }

    private static TsvTable read(Path p) throws IOException {
        try (Reader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            return TsvTable.read(p.getFileName().toString(), in);
        }
    }

    private static Integer year(String s) {
        return s.isBlank() ? null : Integer.valueOf(s.strip());
    }

    private static BigDecimal number(String s) {
        return s == null || s.isBlank() ? null : new BigDecimal(s.strip());
    }
}
