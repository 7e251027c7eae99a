package org.zhibiao.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a desktop start spends its time, for the cold start benchmark: with {@code -Dzhibiao.startupProbe} set, each
 * step of the start path is stamped once, and the probe prints them, in milliseconds since the JVM started, as
 * {@code zhibiao.startupSteps main=… toolkit=… …} beside its own line. Without the property nothing is kept.
 */
final class StartupSteps {

    private static final boolean ON = System.getProperty("zhibiao.startupProbe") != null;
    private static final List<String> NAMES = new ArrayList<>();
    private static final List<Long> TIMES = new ArrayList<>();
    /**
     * -Dzhibiao.startupCpu: each step also with the CPU time of the thread that reached it and of the whole process
     * (ms, {@code wall/thread/process}), for profiling: on two cores the start is as fast as the work all threads do.
     */
    private static final boolean CPU = ON && Boolean.getBoolean("zhibiao.startupCpu");
    private static final List<Long> CPUS = new ArrayList<>();
    private static final List<Long> PROCESS_CPUS = new ArrayList<>();

    private StartupSteps() {
    }

    /** Stamps a step, the first time it is reached (a second workspace opened later is not the start). */
    static void mark(String step) {
        if (!ON) {
            return;
        }
        long now = System.currentTimeMillis();
        long cpu = CPU ? java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000 : 0;
        long process = CPU && java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() / 1_000_000 : 0;
        synchronized (NAMES) {
            if (!NAMES.contains(step)) {
                NAMES.add(step);
                TIMES.add(now);
                CPUS.add(cpu);
                PROCESS_CPUS.add(process);
            }
        }
    }

    /** The steps in the order reached, each in ms after {@code jvmStart} (epoch ms). */
    static String since(long jvmStart) {
        StringBuilder b = new StringBuilder("zhibiao.startupSteps");
        synchronized (NAMES) {
            for (int i = 0; i < NAMES.size(); i++) {
                b.append(' ').append(NAMES.get(i)).append('=').append(TIMES.get(i) - jvmStart);
                if (CPU) {
                    b.append('/').append(CPUS.get(i)).append('/').append(PROCESS_CPUS.get(i));
                }
            }
        }
        return b.toString();
    }
}
