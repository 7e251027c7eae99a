package org.zhibiao.model;

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
}
