package org.zhibiao.export;

import java.nio.file.Path;

/**
 * What an export wrote.
 *
 * @param file        the file written
 * @param figures     rows of the figures table
 * @param comparisons rows of the targets-vs-actuals table (0 for CSV)
 * @param reports     rows of the reports table (for CSV, the reports the figures came from)
 * @param chartYear   the year the chart shows, or null when there was nothing to chart (no growth rate)
 * @param chartRegions the bar groups in the chart: regions, or the indicators of {@code chartRegion}
 * @param chartRegion the region whose indicators the chart compares (the export covers only it), or null when the
 *                    chart compares regions
 */
public record ExportResult(Path file, int figures, int comparisons, int reports, Integer chartYear, int chartRegions,
                           String chartRegion) {
}
