package org.zhibiao.extract;

import java.util.List;

/**
 * One name from terms.tsv, after expansion.
 *
 * @param id         stable id of the terms.tsv row, e.g. "gdp.1"
 * @param name       the name as it appears in text
 * @param indicators the indicator codes it names; empty for a blocking name that is not a core indicator
 * @param priority   overlap resolution: higher wins
 * @param line       line in its file, for "why is this figure here?"
 * @param source     the file it comes from: terms.tsv, or the analyst's own dictionary
 */
public record Term(String id, String name, List<String> indicators, int priority, int line, String source) {

    public boolean blocks() {
        return indicators.isEmpty();
    }
}
