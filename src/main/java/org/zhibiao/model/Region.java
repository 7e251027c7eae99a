package org.zhibiao.model;

import java.util.Objects;

/**
 * An administrative division from the gazetteer (GB/T 2260).
 *
 * @param code       six-digit division code, e.g. "210703"
 * @param name       full name as written, e.g. "凌河区"
 * @param level      province, prefecture or county
 * @param prefecture the prefecture-level name above a county-level unit, empty otherwise
 * @param province   the province-level name (the unit's own name for a province)
 */
public record Region(String code, String name, Level level, String prefecture, String province) {

    public enum Level { PROVINCE, PREFECTURE, COUNTY }

    // equals and hashCode written out, with a record's own meaning and formula: a record's generated ones are bound
    // through invokedynamic at their first call, which spins method-handle classes (the first report read by a command
    // waited for it), and the first JIT tier, which the commands run on, calls them through those handles uninlined

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Region r && Objects.equals(code, r.code) && Objects.equals(name, r.name)
                && level == r.level && Objects.equals(prefecture, r.prefecture) && Objects.equals(province, r.province);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(code);
        h = h * 31 + Objects.hashCode(name);
        h = h * 31 + Objects.hashCode(level);
        h = h * 31 + Objects.hashCode(prefecture);
        return h * 31 + Objects.hashCode(province);
    }
}
