package org.zhibiao.extract;

import org.junit.jupiter.api.Test;
import org.zhibiao.model.Region;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records the engine hashes and compares for every report (Region, Key, Reason) write out equals and hashCode
 * instead of a record's generated ones (bound through invokedynamic at their first call): with a record's meaning,
 * every component counted, and a record's formula, so that nothing hashed by them orders differently.
 */
class WrittenEqualityTest {

    private static final Region REGION = new Region("210703", "凌河区", Region.Level.COUNTY, "锦州市", "辽宁省");

    @Test
    void regionsAreEqualByEveryComponent() {
        assertThat(new Region("210703", "凌河区", Region.Level.COUNTY, "锦州市", "辽宁省")).isEqualTo(REGION)
                .hasSameHashCodeAs(REGION);
        assertThat(List.of(
                new Region("210704", "凌河区", Region.Level.COUNTY, "锦州市", "辽宁省"),
                new Region("210703", "凌海市", Region.Level.COUNTY, "锦州市", "辽宁省"),
                new Region("210703", "凌河区", Region.Level.PREFECTURE, "锦州市", "辽宁省"),
                new Region("210703", "凌河区", Region.Level.COUNTY, "", "辽宁省"),
                new Region("210703", "凌河区", Region.Level.COUNTY, "锦州市", "吉林省"),
                new Region(null, "凌河区", Region.Level.COUNTY, "锦州市", "辽宁省")))
                .allSatisfy(other -> assertThat(other).isNotEqualTo(REGION));
        assertThat(REGION).isNotEqualTo(null).isNotEqualTo("凌河区");
        assertThat(REGION.hashCode()).isEqualTo(new RegionAsRecord(REGION.code(), REGION.name(), REGION.level(),
                REGION.prefecture(), REGION.province()).hashCode());
        Region nulls = new Region(null, null, null, null, null);
        assertThat(nulls).isEqualTo(new Region(null, null, null, null, null)).hasSameHashCodeAs(new Region(null, null, null, null, null));
    }

    @Test
    void keysAreEqualByNameTypeAndWhetherTheyAreWorking() {
        Key<String> key = new Key<>("text", String.class);
        assertThat(new Key<>("text", String.class)).isEqualTo(key).hasSameHashCodeAs(key);
        assertThat(new Key<>("text", CharSequence.class)).isNotEqualTo(key);
        assertThat(new Key<>("chars", String.class)).isNotEqualTo(key);
        assertThat(Key.working("text", String.class)).isNotEqualTo(key);
        assertThat(key.hashCode()).isEqualTo(new KeyAsRecord("text", String.class, false).hashCode());
    }

    @Test
    void reasonsAreEqualByEveryComponentWithWeightsComparedAsRecordsCompareThem() {
        Reason r = Reason.at(Reason.What.TITLE, 3, 9, 10, 2023);
        assertThat(Reason.at(Reason.What.TITLE, 3, 9, 10, 2023)).isEqualTo(r).hasSameHashCodeAs(r);
        assertThat(List.of(
                Reason.at(Reason.What.DELIVERY_LINE, 3, 9, 10, 2023),
                Reason.at(Reason.What.TITLE, 4, 9, 10, 2023),
                Reason.at(Reason.What.TITLE, 3, 8, 10, 2023),
                Reason.at(Reason.What.TITLE, 3, 9, 4, 2023),
                Reason.at(Reason.What.TITLE, 3, 9, 10, 2022)))
                .allSatisfy(other -> assertThat(other).isNotEqualTo(r));
        // as a record's equals: NaN equals NaN, 0.0 is not -0.0
        assertThat(Reason.at(Reason.What.TITLE, 0, 0, Double.NaN)).isEqualTo(Reason.at(Reason.What.TITLE, 0, 0, Double.NaN));
        assertThat(Reason.at(Reason.What.TITLE, 0, 0, 0.0)).isNotEqualTo(Reason.at(Reason.What.TITLE, 0, 0, -0.0));
        assertThat(r.hashCode()).isEqualTo(new ReasonAsRecord(r.what(), 3, 9, 10.0, r.args()).hashCode());
        assertThat(List.of(r, Reason.at(Reason.What.TITLE, 3, 9, 10, 2023)).stream().distinct().toList()).containsExactly(r);
    }

    @Test
    void theRecordsWriteTheirOwnEqualsAndHashCode() throws NoSuchMethodException {
        for (Class<?> c : List.of(Region.class, Key.class, Reason.class)) {
            assertThat(c.getDeclaredMethod("equals", Object.class).isSynthetic()).isFalse();
            assertThat(c.getDeclaredMethod("hashCode")).isNotNull();
        }
    }

    // records of the same components, with the equals and hashCode the JDK generates
    private record RegionAsRecord(String code, String name, Region.Level level, String prefecture, String province) {
    }

    private record KeyAsRecord(String name, Class<?> type, boolean working) {
    }

    private record ReasonAsRecord(Reason.What what, int start, int end, double weight, List<String> args) {
    }
}
