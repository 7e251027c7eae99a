package org.zhibiao.cli;

import org.slf4j.LoggerFactory;
import org.zhibiao.model.Problem;
import org.zhibiao.model.Problem.Kind;
import org.zhibiao.service.WorkspaceFailures;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * The command line's one handler for a command that stopped: one sentence in the user's language on stderr (a
 * {@link Problem} rendered from the bundles, never a database or Java message), and an exit status by kind.
 *
 * <p>Exit statuses: 0 all done; 1 some file failed or the command failed; 2 bad usage; 3 the workspace is refused
 * (damaged, from a newer version, not a workspace); 4 the workspace is busy or its server cannot be reached (try
 * again); 5 no room to write (a full disk, a read-only folder).
 */
final class Failure {

    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int REFUSED = 3;
    static final int BUSY = 4;
    static final int NO_ROOM = 5;

    private static final Set<Kind> REFUSING = Set.of(Kind.DAMAGED, Kind.NEWER_VERSION, Kind.NOT_A_WORKSPACE,
            Kind.BACKUP_NOT_THIS);
    private static final Set<Kind> BUSYING = Set.of(Kind.IN_USE, Kind.SERVER_UNREACHABLE, Kind.CONNECTION_LOST,
            Kind.RESTORE_IN_USE);
    private static final Set<Kind> NO_ROOMING = Set.of(Kind.DISK_FULL, Kind.DISK_TOO_SMALL, Kind.READ_ONLY,
            Kind.READ_ONLY_WORKSPACE);
    private static final Set<Kind> DETAILS_IN_LOG = Set.of(Kind.OPEN_FAILED, Kind.UPDATE_FAILED,
            Kind.SERVER_CONNECT_FAILED, Kind.SERVER_OPEN_FAILED, Kind.TEAM_UPDATE_FAILED);

    private Failure() {
    }

    /** The exit status for a problem of this kind. */
    static int status(Kind kind) {
        if (REFUSING.contains(kind)) {
            return REFUSED;
        }
        if (BUSYING.contains(kind)) {
            return BUSY;
        }
        if (NO_ROOMING.contains(kind)) {
            return NO_ROOM;
        }
        return kind == Kind.BAD_ADDRESS ? USAGE : FAILED;
    }

    /** Says what stopped the command and returns the exit status. */
    static int report(Exception ex, PrintWriter err) {
        LoggerFactory.getLogger(Failure.class).warn("command stopped", ex);
        int status;
        String sentence;
        java.util.Optional<Problem> problem = WorkspaceFailures.problem(ex);
        if (problem.isPresent()) {
            Problem p = problem.get();
            sentence = p.render(Locale.getDefault());
            status = status(p.kind());
            if (DETAILS_IN_LOG.contains(p.kind()) && CommandLog.current() != null) {
                sentence += " (" + Shown.path(CommandLog.current()) + ")";
            }
        } else if (ours(ex) && ex.getMessage() != null) {
            sentence = ex.getMessage(); // the project's own exceptions say what happened in a sentence
            status = FAILED;
        } else {
            // a failure nobody put into words is a defect: not shown raw, but where to find it is
            Path log = CommandLog.current();
            sentence = Locale.getDefault().getLanguage().equals("zh")
                    ? "命令因意外错误而停止" + (log != null ? ";详情见 " + log : "") + "。"
                    : "The command stopped on an unexpected error" + (log != null ? "; the details are in " + log : "") + ".";
            status = FAILED;
        }
        err.println("zhibiao: " + sentence);
        err.flush();
        return status;
    }

    /** Thrown by the project's own code with a sentence meant for the user (not a JDK or library failure). */
    private static boolean ours(Throwable e) {
        StackTraceElement[] at = e.getStackTrace();
        return e.getClass().getName().startsWith("org.zhibiao.")
                || (e instanceof IllegalArgumentException || e instanceof IllegalStateException)
                && at.length > 0 && at[0].getClassName().startsWith("org.zhibiao.");
    }
}
