package org.zhibiao.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every key the UI asks for is in the English and the Chinese bundle, and the two bundles hold the same keys. */
class MessagesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/zhibiao/ui");

    private static Properties bundle(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static Set<String> keysUsed() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern call = Pattern.compile("\\btr\\(\"([A-Za-z0-9_.]+)\"\\s*[,)]");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/zhibiao/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        AppSettings.LANGUAGES.forEach(l -> keys.add("preferences.language." + l)); // built from the code
        return keys;
    }

    @Test
    void everyKeyUsedIsInBothBundles() throws IOException {
        Set<String> used = keysUsed();
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(bundle("messages.properties").stringPropertyNames()).containsAll(used);
        assertThat(bundle("messages_zh_CN.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void bothBundlesHoldTheSameKeysAndNoneIsEmpty() throws IOException {
        Properties en = bundle("messages.properties");
        Properties zh = bundle("messages_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).allSatisfy(k -> {
            assertThat(en.getProperty(k)).as(k).isNotBlank();
            assertThat(zh.getProperty(k)).as(k).isNotBlank();
        });
    }

    @Test
    void theLocaleChoosesTheBundleWithoutFallingBackToTheSystemOne() {
        assertThat(Messages.load(Locale.SIMPLIFIED_CHINESE).getString("menu.file")).isEqualTo("文件");
        assertThat(Messages.load(Locale.CHINA).getString("menu.file")).isEqualTo("文件");
        assertThat(Messages.load(Locale.ENGLISH).getString("menu.file")).isEqualTo("File");
        assertThat(Messages.load(Locale.GERMAN).getString("menu.file")).isEqualTo("File");
    }
}
