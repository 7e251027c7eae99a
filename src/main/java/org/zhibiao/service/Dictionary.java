package org.zhibiao.service;

import org.zhibiao.extract.Extractor;
import org.zhibiao.extract.Lexicon;
import org.zhibiao.extract.LexiconException;
import org.zhibiao.extract.TsvTable;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An analyst's own additions to the indicator dictionary: synonyms of existing indicators and new indicators, kept
 * as two TSV files in the user's configuration folder (same format as the bundled lexicon) and merged into the
 * engine the next time it is built. Each addition is checked by building the lexicon before the file is written.
 */
public final class Dictionary {

    private static final String TERMS_HEADER = "id\tindicator\tterm\tpriority\tnote\n";
    private static final String INDICATORS_HEADER = "code\tunit_class\tname_zh\tname_en\n";
    public static final Set<String> UNIT_CLASSES = Set.of("money", "people", "count", "weight", "rate");

    private final Path folder;

    public Dictionary(Path folder) {
        this.folder = folder;
    }

    /**
     * The user's dictionary in their configuration folder (~/.config/zhibiao on Linux), the same folder the settings
     * use, including its {@code zhibiao.configDir} override: tests never read the developer's own dictionary.
     */
    public static Dictionary user() {
        return new Dictionary(UserFolders.config());
    }

    public Path folder() {
        return folder;
    }

    /** The bundled lexicon with the user's additions. */
    public Lexicon lexicon() {
        return build(read("indicators.tsv", INDICATORS_HEADER), read("terms.tsv", TERMS_HEADER));
    }

    public Extractor extractor() {
        return Extractor.with(lexicon());
    }

    /** Adds a synonym to an indicator; refused with a reason if it is not valid or already means something. */
    public void addSynonym(String indicator, String term) {
        String t = clean(term);
        String terms = read("terms.tsv", TERMS_HEADER);
        String row = "user." + (count(terms) + 1) + "\t" + indicator + "\t" + t + "\t10\tadded by an analyst\n";
        build(read("indicators.tsv", INDICATORS_HEADER), terms + row);
        write("terms.tsv", terms + row);
    }

    /** Defines a new indicator with its first name. */
    public void addIndicator(String code, String unitClass, String nameZh, String nameEn) {
        if (!code.matches("[a-z][a-z_]{1,40}")) {
            throw new IllegalArgumentException("An indicator code is lower-case letters and _, e.g. tourism_revenue.");
        }
        if (!UNIT_CLASSES.contains(unitClass)) {
            throw new IllegalArgumentException("The unit class must be one of " + UNIT_CLASSES + ".");
        }
        String name = clean(nameZh);
        String indicators = read("indicators.tsv", INDICATORS_HEADER) + code + "\t" + unitClass + "\t" + name + "\t"
                + clean(nameEn.isBlank() ? code : nameEn) + "\n";
        String terms = read("terms.tsv", TERMS_HEADER);
        terms += "user." + (count(terms) + 1) + "\t" + code + "\t" + name + "\t10\tadded by an analyst\n";
        build(indicators, terms);
        write("indicators.tsv", indicators);
        write("terms.tsv", terms);
    }

    /**
     * Removes an analyst's addition (a row of the user's terms.tsv, by its id such as {@code user.3}); an indicator
     * the analyst defined goes with its last name. Refused if the id is not the user's.
     */
    public void removeAddition(String id) {
        if (id == null || !id.startsWith("user.")) {
            throw new IllegalArgumentException("Only names added by an analyst can be removed.");
        }
        String terms = read("terms.tsv", TERMS_HEADER);
        StringBuilder kept = new StringBuilder();
        String removedIndicator = null;
        for (String line : terms.split("\n", -1)) {
            if (line.startsWith(id + "\t")) {
                removedIndicator = line.split("\t")[1];
                continue;
            }
            if (!line.isEmpty()) {
                kept.append(line).append('\n');
            }
        }
        if (removedIndicator == null) {
            throw new IllegalArgumentException("There is no added name " + id + ".");
        }
        String indicators = read("indicators.tsv", INDICATORS_HEADER);
        String still = removedIndicator;
        boolean named = kept.toString().lines().skip(1).anyMatch(l -> l.split("\t").length > 1 && l.split("\t")[1].equals(still));
        if (!named) {
            // an indicator the analyst defined is dropped with its last name; a bundled one is never touched
            indicators = indicators.lines().filter(l -> !l.startsWith(still + "\t")).reduce("", (a, b) -> a + b + "\n");
        }
        build(indicators, kept.toString());
        write("terms.tsv", kept.toString());
        write("indicators.tsv", indicators);
    }

    private static String clean(String s) {
        String t = s == null ? "" : s.strip();
        if (t.isEmpty() || t.contains("\t") || t.contains("\n") || t.matches(".*[\\[\\]{}|].*")) {
            throw new IllegalArgumentException("A name must be plain text without tabs, line breaks or [ ] { } |.");
        }
        return t;
    }

    /** The highest number among the user's ids: the next id is above it, so it never collides with one in use. */
    private static int count(String tsv) {
        return tsv.lines().filter(l -> l.startsWith("user.")).mapToInt(l -> {
            String n = l.substring(5, l.indexOf('\t') < 0 ? l.length() : l.indexOf('\t'));
            return n.matches("\\d{1,9}") ? Integer.parseInt(n) : 0;
        }).max().orElse(0);
    }

    private Lexicon build(String indicators, String terms) {
        List<TsvTable> ind = new ArrayList<>(List.of(TsvTable.resource("indicators.tsv")));
        List<TsvTable> ter = new ArrayList<>(List.of(TsvTable.resource("terms.tsv")));
        try {
            ind.add(TsvTable.read(folder.resolve("indicators.tsv").toString(), new StringReader(indicators)));
            ter.add(TsvTable.read(folder.resolve("terms.tsv").toString(), new StringReader(terms)));
            return new Lexicon(ind, ter);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (LexiconException e) {
            throw new IllegalArgumentException(e.getMessage().replaceFirst("^[^:]+:\\d+: ", ""), e);
        }
    }

    private String read(String name, String header) {
        Path f = folder.resolve(name);
        if (!Files.exists(f)) {
            return header;
        }
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            StringBuilder b = new StringBuilder();
            char[] buf = new char[8192];
            int n;
            while ((n = r.read(buf)) > 0) {
                b.append(buf, 0, n);
            }
            String s = b.toString();
            return s.endsWith("\n") ? s : s + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("The dictionary file " + f + " cannot be read: " + e.getMessage(), e);
        }
    }

    private void write(String name, String content) {
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, name, ".part");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("The dictionary file " + folder.resolve(name) + " cannot be written: " + e.getMessage(), e);
        }
    }
}
