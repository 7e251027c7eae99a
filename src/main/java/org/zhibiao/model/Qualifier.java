package org.zhibiao.model;

/** How a figure's number is bounded. Codes as in the gold schema; {@link #NONE} is written as an empty field. */
public enum Qualifier {
    NONE(""),
    /** 以上, 不低于, 超过, 突破, and the lower bound of a range. */
    AT_LEAST("ge"),
    /** 左右, 接近. */
    APPROX("approx"),
    /** 以内, 以下, 控制在…内. */
    AT_MOST("le"),
    /** A target stated without a number: 与经济增长保持同步. */
    QUALITATIVE("qualitative");

    private final String code;

    Qualifier(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Qualifier fromCode(String code) {
        for (Qualifier q : values()) {
            if (q.code.equals(code == null ? "" : code)) {
                return q;
            }
        }
        throw new IllegalArgumentException("unknown qualifier: " + code);
    }
}
