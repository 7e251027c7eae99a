package org.zhibiao.export;

import org.zhibiao.extract.Extractor;
import org.zhibiao.service.ImportService;
import org.zhibiao.service.ImportSummary;
import org.zhibiao.model.Progress;
import org.zhibiao.store.Workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** A workspace for export tests: the seeds and two counties' reports of 2023 and 2024 (targets, then results). */
final class ExportFixture {

    static final Path SEEDS = Path.of("seeds");
    static final Path REPORTS = Path.of("src/test/resources/export");

    private ExportFixture() {
    }

    static Workspace workspace(Path dir) {
        Workspace ws = Workspace.open(dir.resolve("w"));
        ImportSummary s = new ImportService(ws, Extractor.loadDefault(), "test", Clock.systemUTC())
                .importPaths(List.of(SEEDS, REPORTS), Progress.NONE);
        if (!s.ok() || s.imported().size() != 9) {
            throw new IllegalStateException("fixture import failed: " + s.failed());
        }
        return ws;
    }

    /** A minimal RFC 4180 reader: quoted fields with doubled quotes, commas and line breaks inside. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
