package org.zhibiao.export;

import java.time.ZoneId;
import java.util.Locale;

/**
 * How an export is written.
 *
 * @param filter         which reports and figures
 * @param locale         the language of headers and labels: Chinese unless the language is English
 * @param chartIndicator the indicator the chart compares across regions (default gdp; the filter's indicator when
 *                       it has one)
 * @param zone           the time zone of the "changed at" and "imported at" columns
 */
public record ExportOptions(ExportFilter filter, Locale locale, String chartIndicator, ZoneId zone) {

    public ExportOptions {
        filter = filter == null ? ExportFilter.all() : filter;
        locale = locale == null ? Locale.CHINESE : locale;
        chartIndicator = chartIndicator != null && !chartIndicator.isBlank() ? chartIndicator
                : filter.indicator() != null ? filter.indicator() : "gdp";
        zone = zone == null ? ZoneId.systemDefault() : zone;
    }

    /** Everything, Chinese headers, GDP chart, local time. */
    public static ExportOptions defaults() {
        return new ExportOptions(null, null, null, null);
    }

    public ExportOptions withFilter(ExportFilter f) {
        return new ExportOptions(f, locale, chartIndicator.equals(indicatorOrGdp(filter)) ? null : chartIndicator, zone);
    }

    public ExportOptions withLocale(Locale l) {
        return new ExportOptions(filter, l, chartIndicator, zone);
    }

    public ExportOptions withChartIndicator(String code) {
        return new ExportOptions(filter, locale, code, zone);
    }

    public ExportOptions withZone(ZoneId z) {
        return new ExportOptions(filter, locale, chartIndicator, z);
    }

    boolean english() {
        return "en".equals(locale.getLanguage());
    }

    private static String indicatorOrGdp(ExportFilter f) {
        return f.indicator() != null ? f.indicator() : "gdp";
    }
}
