package org.zhibiao.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ProblemTest.class.getResourceAsStream("/org/zhibiao/model/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKindIsOneSentenceInBothLanguages() throws IOException {
        Properties en = bundle("problems.properties");
        Properties zh = bundle("problems_zh_CN.properties");
        assertThat(zh.keySet()).isEqualTo(en.keySet());
        for (Problem.Kind k : Problem.Kind.values()) {
            assertThat(en.getProperty(k.key())).as(k.name()).isNotBlank();
            assertThat(zh.getProperty(k.key())).as(k.name()).isNotBlank();
        }
        assertThat(en.size()).isEqualTo(Problem.Kind.values().length);
    }

    @Test
    void aPhraseInsideAProblemIsSaidInTheSameLanguage() {
        Problem p = Problem.of(Problem.Kind.DAMAGED, "w.mv.db", Problem.of(Problem.Kind.DAMAGE_EMPTY),
                Problem.of(Problem.Kind.RESTORE_NEWEST, "w-20261205-010000.zip", "w.mv.db"));
        assertThat(p.render(Locale.ROOT)).isEqualTo("The workspace w.mv.db is damaged: the file is empty. The file was "
                + "not changed; restore the newest backup (w-20261205-010000.zip) with: zhibiao restore --workspace w.mv.db --from 1");
        assertThat(p.render(Locale.SIMPLIFIED_CHINESE)).startsWith("工作区 w.mv.db 已损坏:文件是空的。")
                .contains("w-20261205-010000.zip");
        assertThat(p.english()).isEqualTo(p.render(Locale.ENGLISH));
    }

    @Test
    void anApostropheInASentenceIsKept() {
        assertThat(Problem.of(Problem.Kind.SERVER_BAD_PASSWORD, "db.example:5432/team", "anna").english())
                .contains("user 'anna'");
    }
}
