package org.zhibiao.export;

import org.zhibiao.model.Report;
import org.zhibiao.model.ReviewedFigure;

/** One row of the figures table: a figure with the report it came from. */
record FigureRow(Report report, ReviewedFigure figure, String indicatorName) {
}
