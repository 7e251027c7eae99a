package org.zhibiao.ui;

import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class TaskProgressTest {

    @Test
    void theBarFillsAndALateUpdateDoesNotBringItBack() {
        SimpleObjectProperty<Double> shown = new SimpleObjectProperty<>();
        List<Double> seen = new ArrayList<>();
        shown.addListener((o, was, now) -> seen.add(now));
        TaskProgress bar = new TaskProgress(shown, TaskRunner.immediate(), () -> false);

        bar.update(1, 4, Path.of("a.txt"), "imported");
        bar.update(4, 4, Path.of("d.txt"), "imported");
        bar.finish();
        bar.update(4, 4, Path.of("d.txt"), "late");

        assertThat(seen).containsExactly(0.0, 0.25, 1.0, null);
        assertThat(shown.get()).isNull();
    }

    @Test
    void nothingToDoIsNotADivisionByZeroAndCancellingIsAskedOfTheOwner() {
        SimpleObjectProperty<Double> shown = new SimpleObjectProperty<>();
        AtomicBoolean cancel = new AtomicBoolean();
        TaskProgress bar = new TaskProgress(shown, TaskRunner.immediate(), cancel::get);

        bar.update(0, 0, Path.of("none"), "");
        assertThat(shown.get()).isEqualTo(0.0);
        assertThat(bar.cancelled()).isFalse();
        cancel.set(true);
        assertThat(bar.cancelled()).isTrue();
    }
}
