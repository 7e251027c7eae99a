package org.zhibiao.ui;

import java.util.List;
import java.util.Optional;

/**
 * The desktop app's command-line options ({@code --workspace FILE}, {@code --analyst NAME}, or {@code NAME=VALUE}).
 * Kept apart from {@link ZhibiaoApp}: reading them before JavaFX starts must not initialise the app class, whose
 * logger started logback on the main thread ahead of the toolkit (about 50 ms of a cold start).
 */
final class LaunchOptions {

    private LaunchOptions() {
    }

    static Optional<String> option(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(name) && i + 1 < args.size()) {
                return Optional.of(args.get(i + 1));
            }
            if (args.get(i).startsWith(name + "=")) {
                return Optional.of(args.get(i).substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }
}
