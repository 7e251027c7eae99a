package org.zhibiao.text;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The Traditional-Simplified pairs shipped as a resource are the ones ICU's transliterator gives. */
class ScriptTableTest {

    @Test
    void resourceSaysWhatIcuSays() throws Exception {
        String expected = ScriptTable.fromIcu();
        String shipped = "";
        try (InputStream in = ScriptTable.class.getResourceAsStream(ScriptTable.RESOURCE)) {
            if (in != null) {
                shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        if (!shipped.equals(expected)) {
            // after an ICU upgrade: copy this file over src/main/resources/org/zhibiao/text/
            Files.writeString(Path.of("target", ScriptTable.RESOURCE), expected, StandardCharsets.UTF_8);
        }
        assertThat(shipped).as("the shipped pairs (ICU's are written to target/" + ScriptTable.RESOURCE + ")")
                .isEqualTo(expected);
    }

    @Test
    void convertsTraditionalAndKeepsWhatSimplifiedTextAlsoUses() {
        ScriptTable table = ScriptTable.get();
        assertThat(table.toSimplified('經')).isEqualTo('经');
        assertThat(table.toSimplified('濟')).isEqualTo('济');
        assertThat(table.isTraditionalOnly('經')).isTrue();
        assertThat(table.toSimplified('著')).isEqualTo('著');
        assertThat(table.toSimplified('经')).isEqualTo('经');
        assertThat(table.isTraditionalOnly('经')).isFalse();
        assertThat(table.isSimplifiedOnly('这')).isTrue();
    }
}
