package org.zhibiao.ui;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The Chinese font of the UI, looked up among the installed families and loaded, regular and bold (the text and
 * the pane titles), on a thread of its own from the moment JavaFX is up, instead of on the FX thread in the middle
 * of the first frame's styles. Noto Sans CJK, for one, comes as two 20 MB collections of ten faces each, and JavaFX
 * opens every face of a collection to find the one named: 0.1–0.2 s of a cold start (docs/benchmarks.md).
 * Fonts may be created on any thread; JavaFX keeps them in one cache, so the FX thread then finds them loaded.
 */
final class EarlyFonts {

    /** Characters the workbench shows at once: Chinese, Latin, digits (each part of a font's character map). */
    private static final String SAMPLE = "政府工作报告 指标 GDP 2026年 增长5.3% 亿元";

    private static CompletableFuture<Optional<String>> family;

    private EarlyFonts() {
    }

    /** Starts the lookup and the loading, once; needs JavaFX to be up (Application.init is the first moment). */
    static synchronized void begin() {
        if (family == null) {
            CompletableFuture<Optional<String>> named = new CompletableFuture<>();
            family = named;
            Background.supply("zhibiao-fonts", () -> lookUpAndLoad(named)).whenComplete((f, e) -> {
                if (e != null) {
                    named.completeExceptionally(e);
                }
            });
        }
    }

    /**
     * The family for Chinese text, or empty when none is installed; waits for the lookup if it is still going, not
     * for the loading.
     */
    static Optional<String> family() {
        begin();
        return family.exceptionally(e -> ChineseFont.find()).join();
    }

    /**
     * Looks the family up, says which at once (the FX thread builds the first frame with its name meanwhile, and
     * needs the font itself only for that frame's styles), then loads it.
     */
    private static Optional<String> lookUpAndLoad(CompletableFuture<Optional<String>> named) {
        Optional<String> found = ChineseFont.find();
        named.complete(found);
        found.ifPresent(f -> {
            double size = Font.getDefault().getSize();
            for (FontWeight weight : new FontWeight[] {FontWeight.NORMAL, FontWeight.BOLD}) {
                Text sample = new Text(SAMPLE); // laid out off any scene: reads the font's character map and metrics
                sample.setFont(Font.font(f, weight, size));
                sample.getLayoutBounds();
            }
        });
        StartupSteps.mark("fonts");
        return found;
    }
}
