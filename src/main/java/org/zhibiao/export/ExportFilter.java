package org.zhibiao.export;

import org.zhibiao.model.ReportIdentity;

import java.util.Collection;
import java.util.Set;

/**
 * Which part of a workspace an export covers: everything, or what the UI's current filter shows. The conditions
 * combine (all must hold).
 *
 * @param indicator one indicator code, or null for all
 * @param region    a region name: a report is included when its region, prefecture or province is this name; null
 *                  for all
 * @param reportIds only these reports, or null for all
 */
public record ExportFilter(String indicator, String region, Set<Long> reportIds) {

    public ExportFilter {
        indicator = indicator == null || indicator.isBlank() ? null : indicator.strip();
        region = region == null || region.isBlank() ? null : region.strip();
        reportIds = reportIds == null ? null : Set.copyOf(reportIds);
    }

    public static ExportFilter all() {
        return new ExportFilter(null, null, null);
    }

    public ExportFilter withIndicator(String code) {
        return new ExportFilter(code, region, reportIds);
    }

    public ExportFilter withRegion(String name) {
        return new ExportFilter(indicator, name, reportIds);
    }

    public ExportFilter withReports(Collection<Long> ids) {
        return new ExportFilter(indicator, region, ids == null ? null : Set.copyOf(ids));
    }

    /** Whether a report is included (the indicator condition applies to its figures, not to the report). */
    public boolean includesReport(long reportId, ReportIdentity id) {
        if (reportIds != null && !reportIds.contains(reportId)) {
            return false;
        }
        return region == null || region.equals(id.region()) || region.equals(id.prefecture())
                || region.equals(id.province());
    }

    public boolean includesIndicator(String code) {
        return indicator == null || indicator.equals(code);
    }
}
