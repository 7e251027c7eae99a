package org.zhibiao.export;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How the workbook's sheets print, so that a briefing reader gets a few readable pages instead of dozens of
 * column strips: A4 landscape, narrow margins, grid lines, page numbers in the footer. A table is scaled to the
 * width of one page and as long as it needs, its header row repeated on every page; the chart sheet is scaled to
 * exactly one page.
 */
final class PrintLayout {

    private PrintLayout() {
    }

    /** A table of {@code columns} columns and rows 0 (the header) to {@code lastRow}. */
    static void table(Sheet sheet, int columns, int lastRow, Labels labels) {
        page(sheet, labels, 1, 0);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.setPrintGridlines(true);
        area(sheet, columns - 1, Math.max(lastRow, 0));
    }

    /** A sheet printed on one page: the cells from A1 to ({@code lastColumn}, {@code lastRow}). */
    static void onePage(Sheet sheet, int lastColumn, int lastRow, Labels labels) {
        page(sheet, labels, 1, 1);
        area(sheet, lastColumn, lastRow);
    }

    private static void page(Sheet sheet, Labels labels, int pagesWide, int pagesTall) {
        PrintSetup p = sheet.getPrintSetup();
        p.setPaperSize(PrintSetup.A4_PAPERSIZE);
        p.setLandscape(true);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        p.setFitWidth((short) pagesWide);
        p.setFitHeight((short) pagesTall); // 0: as many pages as the rows need
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setMargin(Sheet.HeaderMargin, 0.3);
        sheet.setMargin(Sheet.FooterMargin, 0.3);
        sheet.setHorizontallyCenter(true);
        sheet.getHeader().setLeft(labels.sheetTitle(sheet.getSheetName()));
        sheet.getFooter().setCenter(labels.pageNumber());
    }

    private static void area(Sheet sheet, int lastColumn, int lastRow) {
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, lastColumn, 0, lastRow);
    }
}
