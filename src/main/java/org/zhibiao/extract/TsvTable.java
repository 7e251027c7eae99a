package org.zhibiao.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small UTF-8 TSV file as the lexicons keep them: '#' comment lines, a header row, then rows.
 * Every row is checked to have the header's column count so that a bad edit is reported as file:line.
 */
public record TsvTable(String source, List<String> header, List<Row> rows) {

    /** One data row with its line number in the source, for error messages. */
    public record Row(String source, int line, List<String> cells, List<String> header) {

        public String get(String column) {
            int i = header.indexOf(column);
            if (i < 0) {
                throw new IllegalArgumentException(source + ": no column " + column);
            }
            return i < cells.size() ? cells.get(i) : "";
        }

        public LexiconException error(String message) {
            return new LexiconException(source + ":" + line + ": " + message);
        }
    }

    public static TsvTable resource(String name) {
        InputStream in = TsvTable.class.getResourceAsStream(name);
        if (in == null) {
            throw new LexiconException("missing resource " + name);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(name, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TsvTable read(String source, Reader reader) throws IOException {
        BufferedReader br = new BufferedReader(reader);
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = br.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = List.of(line.split("\t", -1));
            if (header == null) {
                header = cells;
                continue;
            }
            if (cells.size() != header.size()) {
                throw new LexiconException(source + ":" + n + ": expected " + header.size()
                        + " tab-separated columns, found " + cells.size());
            }
            rows.add(new Row(source, n, cells, header));
        }
        if (header == null) {
            throw new LexiconException(source + ": no header row");
        }
        return new TsvTable(source, header, rows);
    }
}
