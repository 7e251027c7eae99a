package org.zhibiao.service;

import org.zhibiao.model.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an import did.
 *
 * @param imported   files imported as new reports
 * @param duplicates files whose text the workspace already held
 * @param failed     files that could not be imported, with the reason in English (the command line's words)
 * @param figures    figures stored with the new reports
 * @param reasons    the same reasons as problems, to be said in the user's language where they are shown
 */
public record ImportSummary(List<Path> imported, List<Path> duplicates, Map<Path, String> failed, int figures,
                            Map<Path, Problem> reasons) {

    public ImportSummary(List<Path> imported, List<Path> duplicates, Map<Path, String> failed, int figures) {
        this(imported, duplicates, failed, figures, Map.of());
    }

    /** Why a file failed, in the locale's language. */
    public String reason(Path file, java.util.Locale locale) {
        Problem p = reasons.get(file);
        return p != null ? p.render(locale) : failed.get(file);
    }


    public boolean ok() {
        return failed.isEmpty();
    }
}
