package org.zhibiao.model;

import java.nio.file.Path;

/** Progress of long work, reported to the CLI (stderr) or the UI (a progress bar) through this plain callback. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total, file, outcome) -> { };

    /**
     * @param done    items finished so far
     * @param total   items in all
     * @param file    the item just finished
     * @param outcome what happened to it, in a few words ("imported, 14 figures", "duplicate", a failure reason)
     */
    void update(int done, int total, Path file, String outcome);

    /** Whether the work should stop at the next item (a cancelled UI task). */
    default boolean cancelled() {
        return false;
    }
}
