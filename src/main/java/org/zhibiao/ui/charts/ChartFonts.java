package org.zhibiao.ui.charts;

import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The chart theme: fonts from a family that can show Chinese (so 目标 and 实际 are not boxes), flat bars, a white
 * background. Every chart of the comparison view goes through {@link #theme()}.
 */
public final class ChartFonts {

    /** Families tried first, in order; then any family that displays {@link #PROBE}. */
    public static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Source Han Sans SC",
            "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC");
    static final String PROBE = "目标实际";

    private static volatile String family;

    private ChartFonts() {
    }

    /** The CJK font family found on this system, or the logical "SansSerif" when none is. */
    public static String family() {
        String f = family;
        if (f == null) {
            f = find();
            family = f;
        }
        return f;
    }

    private static String find() {
        Set<String> installed = new TreeSet<>(Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
        for (String p : PREFERRED) {
            if (installed.contains(p)) {
                return p;
            }
        }
        for (String name : installed) {
            if (new Font(name, Font.PLAIN, 12).canDisplayUpTo(PROBE) == -1) {
                return name;
            }
        }
        return Font.SANS_SERIF;
    }

    /** A fresh theme in the CJK family. */
    public static StandardChartTheme theme() {
        String f = family();
        StandardChartTheme t = new StandardChartTheme("Zhibiao");
        t.setExtraLargeFont(new Font(f, Font.BOLD, 18));
        t.setLargeFont(new Font(f, Font.BOLD, 14));
        t.setRegularFont(new Font(f, Font.PLAIN, 12));
        t.setSmallFont(new Font(f, Font.PLAIN, 11));
        t.setBarPainter(new StandardBarPainter());
        t.setXYBarPainter(new StandardXYBarPainter());
        t.setShadowVisible(false);
        t.setChartBackgroundPaint(Color.WHITE);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setDomainGridlinePaint(new Color(0xDDDDDD));
        t.setRangeGridlinePaint(new Color(0xDDDDDD));
        return t;
    }
}
