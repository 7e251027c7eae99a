package org.zhibiao.model;

/** What a figure states: a result or a target, for one year or for several. Codes as in the gold schema. */
public enum Kind {
    /** A result achieved (or estimated, 预计) for one past year. */
    ACTUAL("actual"),
    /** The expected target for one plan year (主要预期目标). */
    TARGET("target"),
    /** A multi-year target: 今后五年 … 年均增长, 到2026年 … 达到. */
    PLAN("plan"),
    /** A result over several past years: 五年来 / “十三五”期间 … 年均增长. */
    PERIOD("period");

    private final String code;

    Kind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Kind fromCode(String code) {
        for (Kind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind: " + code);
    }
}
