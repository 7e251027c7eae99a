package org.zhibiao.model;

/** Where a figure stands in review. */
public enum Status {
    /** Found by the engine, not yet looked at. */
    PENDING("pending"),
    /** Looked at and right as it is. */
    CONFIRMED("confirmed"),
    /** Looked at and fixed by the analyst. */
    CORRECTED("corrected"),
    /** Not a figure of this report (or not a core indicator). */
    REJECTED("rejected"),
    /** Missed by the engine, added by hand. */
    ADDED("added");

    private final String code;

    Status(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether an analyst has decided on it: such figures survive a re-extraction untouched. */
    public boolean isDecided() {
        return this != PENDING;
    }

    public static Status fromCode(String code) {
        for (Status s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status: " + code);
    }
}
