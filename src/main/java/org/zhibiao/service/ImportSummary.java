package org.zhibiao.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an import did.
 *
 * @param imported   files imported as new reports
 * @param duplicates files whose text the workspace already held
 * @param failed     files that could not be imported, with the reason
 * @param figures    figures stored with the new reports
 */
public record ImportSummary(List<Path> imported, List<Path> duplicates, Map<Path, String> failed, int figures) {

    public boolean ok() {
        return failed.isEmpty();
    }
}
