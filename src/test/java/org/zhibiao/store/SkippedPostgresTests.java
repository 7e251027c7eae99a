package org.zhibiao.store;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.util.Set;
import java.util.TreeSet;

/**
 * Says at the end of a test run, in one line, which PostgreSQL tests were skipped and why: without it `mvn verify`
 * is green on a machine with no server and nobody notices that the team tests did not run. Registered through
 * META-INF/services; it recognises the skips by the reason {@link TestPostgres#assumeAvailable()} gives.
 */
public final class SkippedPostgresTests implements TestExecutionListener {

    private final Set<String> classes = new TreeSet<>();
    private int tests;
    private String reason;

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (result.getStatus() != TestExecutionResult.Status.ABORTED) {
            return;
        }
        String why = result.getThrowable().map(Throwable::getMessage).orElse("");
        if (!why.contains(TestPostgres.NOT_AVAILABLE)) {
            return;
        }
        reason = why;
        id.getSource().ifPresent(s -> {
            if (s instanceof MethodSource m) {
                classes.add(simpleName(m.getClassName()));
                tests++;
            } else if (s instanceof ClassSource c) {
                classes.add(simpleName(c.getClassName()) + " (all)");
            }
        });
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (reason != null) {
            System.err.println("[WARNING] PostgreSQL tests skipped: " + (tests > 0 ? tests + " tests in " : "")
                    + String.join(", ", classes) + ", because " + reason);
            System.err.flush();
        }
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
