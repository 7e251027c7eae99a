package org.zhibiao.export;

/**
 * POI measures text with java.awt fonts (SXSSF sets up column auto-size tracking for every sheet it creates), and
 * java.awt connects to the X server named by DISPLAY unless it runs headless: with DISPLAY set to a display that
 * does not answer, an export died with "Can't connect to X11 window server". Exports never draw on a screen.
 */
public final class Headless {

    private Headless() {
    }

    /**
     * Makes java.awt headless unless the program chose otherwise. Takes effect only before java.awt starts, so the
     * command line calls it first thing; a desktop app that already uses java.awt keeps its display.
     */
    public static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
