package org.zhibiao.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The five sample reports bundled in the jar (from seeds/), copied to a folder so that the import can read them. */
final class SampleReports {

    static final String FOLDER = "/org/zhibiao/seeds/";

    private SampleReports() {
    }

    static List<String> names() throws IOException {
        try (InputStream in = SampleReports.class.getResourceAsStream(FOLDER + "index.txt")) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    /** Copies the samples into a new temporary folder and returns the copies. */
    static List<Path> copyToTemp() throws IOException {
        Path dir = Files.createTempDirectory("zhibiao-samples");
        dir.toFile().deleteOnExit(); // registered first, deleted last, once its files are gone
        List<Path> out = new ArrayList<>();
        for (String name : names()) {
            try (InputStream in = SampleReports.class.getResourceAsStream(FOLDER + name)) {
                if (in != null) {
                    Path target = dir.resolve(name);
                    Files.copy(in, target);
                    target.toFile().deleteOnExit();
                    out.add(target);
                }
            }
        }
        return out;
    }
}
