package org.zhibiao.model;

/** What kind of document a text is. */
public enum DocType {
    /** A whole government work report. */
    REPORT("report"),
    /** A news summary or commentary about a report. */
    ARTICLE("article"),
    /** Part of a report. */
    FRAGMENT("fragment");

    private final String code;

    DocType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static DocType fromCode(String code) {
        for (DocType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown document type: " + code);
    }
}
