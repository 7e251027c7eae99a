package org.zhibiao;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** What a newcomer meets on a fresh machine: scripts/run's check of the desktop app's needs, a quiet start. */
class FreshMachineTest {

    /** scripts/run on a Linux without GTK 3, Pango or a Chinese font: one line naming the packages, no build. */
    @Test
    void scriptsRunNamesThePackagesTheDesktopAppLacks(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectory(dir.resolve("bin"));
        // a system whose library cache and font list are empty (nothing of GTK, Pango or CJK fonts)
        for (String tool : List.of("ldconfig", "fc-list")) {
            Path t = bin.resolve(tool);
            Files.writeString(t, "#!/bin/sh\nexit 0\n");
            Files.setPosixFilePermissions(t, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        ProcessBuilder pb = new ProcessBuilder("bash", "scripts/run").redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isEqualTo(3);
        assertThat(out.strip()).doesNotContain("\n")
                .startsWith("zhibiao: the desktop app needs GTK 3, Pango, a Chinese font")
                .contains("sudo apt-get install libgtk-3-0 libpango-1.0-0 libpangoft2-1.0-0 fonts-noto-cjk");
    }

    @Test
    void theClassPathWarningOfJavaFxIsDroppedAndOtherJavaFxWarningsAreNot() {
        JavaFxOnClassPath.quietTheUnsupportedConfigurationWarning();
        Logger javafx = Logger.getLogger("javafx");
        List<String> seen = new ArrayList<>();
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord r) {
                seen.add(r.getMessage()); // reached only by records the logger's filter let through
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        javafx.addHandler(h);
        boolean parents = javafx.getUseParentHandlers();
        javafx.setUseParentHandlers(false);
        try {
            javafx.log(Level.WARNING, "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1'");
            javafx.log(Level.WARNING, "Could not resolve '-fx-accent' while resolving lookups");
        } finally {
            javafx.removeHandler(h);
            javafx.setUseParentHandlers(parents);
        }
        assertThat(seen).containsExactly("Could not resolve '-fx-accent' while resolving lookups");
    }
}
