package org.zhibiao.ui.charts;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Charts out of the app: PNG, SVG (text kept as text, so names stay searchable), or an image for the clipboard. */
public final class ChartExport {

    public static final int WIDTH = 1000;
    public static final int HEIGHT = 620;

    private ChartExport() {
    }

    public static void writePng(JFreeChart chart, OutputStream out, int width, int height) throws IOException {
        ChartUtils.writeChartAsPNG(out, chart, width, height);
    }

    public static void savePng(JFreeChart chart, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writePng(chart, out, WIDTH, HEIGHT);
        }
    }

    /** The chart as a standalone SVG document. */
    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGDocument();
    }

    public static void saveSvg(JFreeChart chart, Path file) throws IOException {
        Files.writeString(file, svg(chart, WIDTH, HEIGHT), StandardCharsets.UTF_8);
    }

    public static BufferedImage image(JFreeChart chart, int width, int height) {
        return chart.createBufferedImage(width, height);
    }
}
