package org.zhibiao.export;

import org.zhibiao.analysis.Completion;
import org.zhibiao.model.DocType;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Status;

import java.util.List;

/** Sheet names, headers and value labels of exports, in Chinese or English. */
final class Labels {

    static final String SHEET_FIGURES = "指标 Indicators";
    static final String SHEET_COMPARISON = "目标与实际 Targets vs actuals";
    static final String SHEET_REPORTS = "报告 Reports";
    static final String SHEET_CHART = "图表 Chart";

    private static final List<String> FIGURES_ZH = List.of("报告文件", "省", "市", "地区", "报告年份", "指标代码", "指标名称",
            "类型", "年份", "数值", "单位", "增长率(%)", "限定", "原文", "审核状态", "分析员", "最后修改时间", "置信度");
    private static final List<String> FIGURES_EN = List.of("Report file", "Province", "Prefecture", "Region",
            "Report year", "Indicator code", "Indicator name (zh)", "Kind", "Year", "Value", "Unit", "Growth (%)",
            "Qualifier", "Source clause", "Status", "Analyst", "Last changed", "Confidence");

    private static final List<String> COMPARISON_ZH = List.of("地区", "市", "省", "指标代码", "指标", "年份", "目标增长(%)",
            "实际增长(%)", "差距(百分点)", "目标值", "实际值", "单位", "限定", "完成情况", "已审核");
    private static final List<String> COMPARISON_EN = List.of("Region", "Prefecture", "Province", "Indicator code",
            "Indicator", "Year", "Target growth (%)", "Actual growth (%)", "Gap (pp)", "Target value", "Actual value",
            "Unit", "Qualifier", "Status", "Reviewed");

    private static final List<String> REPORTS_ZH = List.of("编号", "报告文件", "省", "市", "地区", "区划代码", "报告年份",
            "回顾年份", "文档类型", "来源格式", "导入时间", "导入人", "指标数", "待审核", "已审核", "审核进度");
    private static final List<String> REPORTS_EN = List.of("Id", "Report file", "Province", "Prefecture", "Region",
            "Region code", "Report year", "Review year", "Document type", "Source format", "Imported at",
            "Imported by", "Figures", "Pending", "Reviewed", "Progress");

    /** Where the indicator code stands in the CSV's figures table and the comparison table. */
    static final int FIGURE_CODE_COLUMN = 5;
    static final int COMPARISON_CODE_COLUMN = 3;

    private final boolean en;

    Labels(boolean english) {
        this.en = english;
    }

    /** The figures table of the CSV (a machine format: it keeps the indicator code beside the name). */
    List<String> figureHeaders() {
        return en ? FIGURES_EN : FIGURES_ZH;
    }

    /** The figures table of the workbook, read by people: the indicator by name in the workbook's language. */
    List<String> workbookFigureHeaders() {
        List<String> h = new java.util.ArrayList<>(figureHeaders());
        h.remove(FIGURE_CODE_COLUMN);
        h.set(FIGURE_CODE_COLUMN, en ? "Indicator" : "指标");
        h.add(en ? "Note" : "备注"); // the analyst's note on the figure
        return List.copyOf(h);
    }

    /** The targets-vs-actuals table of the workbook: no indicator code. */
    List<String> workbookComparisonHeaders() {
        List<String> h = new java.util.ArrayList<>(comparisonHeaders());
        h.remove(COMPARISON_CODE_COLUMN);
        return List.copyOf(h);
    }

    /** The language's half of a bilingual sheet name ("指标 Indicators"), for the printed page header. */
    String sheetTitle(String sheetName) {
        int space = sheetName.indexOf(' ');
        return space < 0 ? sheetName : en ? sheetName.substring(space + 1) : sheetName.substring(0, space);
    }

    /** The page footer: Excel's page number and page count fields. */
    String pageNumber() {
        return en ? "Page &P of &N" : "第 &P 页，共 &N 页";
    }

    List<String> comparisonHeaders() {
        return en ? COMPARISON_EN : COMPARISON_ZH;
    }

    List<String> reportHeaders() {
        return en ? REPORTS_EN : REPORTS_ZH;
    }

    String kind(Kind k) {
        if (en) {
            return switch (k) {
                case ACTUAL -> "actual";
                case TARGET -> "target";
                case PLAN -> "multi-year target";
                case PERIOD -> "multi-year result";
            };
        }
        return switch (k) {
            case ACTUAL -> "实际";
            case TARGET -> "目标";
            case PLAN -> "规划目标";
            case PERIOD -> "期间实际";
        };
    }

    String status(Status s) {
        if (en) {
            return switch (s) {
                case PENDING -> "pending";
                case CONFIRMED -> "confirmed";
                case CORRECTED -> "corrected";
                case REJECTED -> "rejected";
                case ADDED -> "added";
            };
        }
        return switch (s) {
            case PENDING -> "待审核";
            case CONFIRMED -> "已确认";
            case CORRECTED -> "已修改";
            case REJECTED -> "已否决";
            case ADDED -> "手工添加";
        };
    }

    String qualifier(Qualifier q) {
        if (en) {
            return switch (q) {
                case NONE -> "";
                case AT_LEAST -> "at least";
                case APPROX -> "about";
                case AT_MOST -> "at most";
                case QUALITATIVE -> "in words";
            };
        }
        return switch (q) {
            case NONE -> "";
            case AT_LEAST -> "以上";
            case APPROX -> "左右";
            case AT_MOST -> "以内";
            case QUALITATIVE -> "文字目标";
        };
    }

    /** The completion status; "not comparable" is 不可比, the word the comparison window and its charts use. */
    String completion(Completion c) {
        if (en) {
            return switch (c) {
                case EXCEEDED -> "exceeded";
                case MET -> "met";
                case MISSED -> "missed";
                case NOT_COMPARABLE -> "not comparable";
            };
        }
        return switch (c) {
            case EXCEEDED -> "超额完成";
            case MET -> "完成";
            case MISSED -> "未完成";
            case NOT_COMPARABLE -> "不可比";
        };
    }

    String docType(DocType t) {
        if (en) {
            return switch (t) {
                case REPORT -> "work report";
                case ARTICLE -> "news article";
                case FRAGMENT -> "fragment";
            };
        }
        return switch (t) {
            case REPORT -> "报告";
            case ARTICLE -> "报道";
            case FRAGMENT -> "片段";
        };
    }

    String yesNo(boolean b) {
        return en ? (b ? "yes" : "no") : (b ? "是" : "否");
    }

    String targetSeries() {
        return en ? "Target growth (%)" : "目标增长(%)";
    }

    String actualSeries() {
        return en ? "Actual growth (%)" : "实际增长(%)";
    }

    String regionHeader() {
        return en ? "Region" : "地区";
    }

    String indicatorHeader() {
        return en ? "Indicator" : "指标";
    }

    String chartTitle(String indicatorName, int year) {
        return en ? indicatorName + " " + year + ": target and actual growth by region (%)"
                : indicatorName + " " + year + "年：各地区目标与实际增长(%)";
    }

    String regionChartTitle(String region, int year) {
        return en ? region + " " + year + ": target and actual growth by indicator (%)"
                : region + " " + year + "年：各指标目标与实际增长(%)";
    }

    String noChart(String indicatorName) {
        return en ? "Nothing to chart: no target or result growth rate for " + indicatorName + " yet."
                : "无可绘制的图表：尚无" + indicatorName + "的目标或实际增长率。";
    }
}
