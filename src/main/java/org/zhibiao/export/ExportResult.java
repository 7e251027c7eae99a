package org.zhibiao.export;

import java.nio.file.Path;

/**
 * What an export wrote.
 *
 * @param file        the file written
 * @param figures     rows of the figures table
 * @param comparisons rows of the targets-vs-actuals table (0 for CSV)
 * @param reports     rows of the reports table (for CSV, the reports the figures came from)
 * @param chartYear   the year the chart shows, or null when no region had a comparison to chart
 * @param chartRegions the regions (categories) in the chart
 */
public record ExportResult(Path file, int figures, int comparisons, int reports, Integer chartYear, int chartRegions) {
}
