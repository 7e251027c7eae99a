package org.zhibiao.store;

import org.zhibiao.model.Problem;
import org.zhibiao.model.Problem.Kind;

import java.sql.SQLException;

/**
 * What a database failure means, as a {@link Problem}: the store's one place that reads exception text (H2 and the
 * JDBC driver say some things only in words). The words themselves never reach the user; they go to the log.
 */
final class StoreFailures {

    /** SQLState of a unique key violation, the same in H2 and PostgreSQL. */
    static final String UNIQUE_VIOLATION = "23505";

    private StoreFailures() {
    }

    /** A failed write: a full disk, a read-only folder, a store that stopped, or a failure without a name. */
    static Problem ofWrite(Throwable e) {
        String all = chain(e);
        if (all.contains("No space left") || all.contains("not enough space") || all.contains("disk full")) {
            return Problem.of(Kind.DISK_FULL);
        }
        if (all.contains("Read-only file system") || all.contains("read only") || all.contains("ACCESS_MODE_DATA=r")) {
            return Problem.of(Kind.READ_ONLY);
        }
        if (all.contains("database is closed") || all.contains("has been closed") || all.contains("closed")) {
            return Problem.of(Kind.STOPPED);
        }
        return Problem.of(Kind.UPDATE_FAILED);
    }

    /** Whether a failed write means the store can take no more (so that the next ones are not tried). */
    static boolean stopsTheStore(Problem p) {
        return p.kind() == Kind.DISK_FULL || p.kind() == Kind.READ_ONLY || p.kind() == Kind.STOPPED;
    }

    /** The file is held by a program that does not share it, or by one that is just now starting to share it. */
    static boolean locked(SQLException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1 || m.contains("locked")
                || m.contains("already in use") || m.contains("already open") || m.contains("lock file")
                || lockFileRace(e, m);
    }

    /**
     * H2's lock file (AUTO_SERVER's FILE lock) was taken by another program while this one was taking it: when the
     * program serving the file stops, every program sharing it tries to serve it next, and all but one lose the race.
     * H2 says so with ERROR_OPENING_DATABASE (8000) and one of FileLock's words: "Another process was faster" (the
     * other created the lock file first), "Concurrent update" (the other wrote the lock file just after this one).
     * Both end at once and the next try finds the winner serving the file. ("Lock file recently modified", the
     * third, is already said by "lock file".) Only with that error code: a "Concurrent update in table" (90131) is
     * two transactions on one row, not a hand-over.
     */
    private static boolean lockFileRace(SQLException e, String lowerMessage) {
        return lowerMessage.contains("another process was faster")
                || e.getErrorCode() == org.h2.api.ErrorCode.ERROR_OPENING_DATABASE_1
                && lowerMessage.contains("concurrent update");
    }

    /** H2 says the connection to the program that served the file is gone (it closed or was killed). */
    static boolean h2ConnectionGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException q && (q.getErrorCode() == org.h2.api.ErrorCode.CONNECTION_BROKEN_1
                    || q.getErrorCode() == org.h2.api.ErrorCode.DATABASE_IS_CLOSED
                    || q.getErrorCode() == org.h2.api.ErrorCode.DATABASE_CALLED_AT_SHUTDOWN
                    || q.getErrorCode() == org.h2.api.ErrorCode.OBJECT_CLOSED)) {
                return true;
            }
            if (t instanceof java.net.SocketException || t instanceof java.io.EOFException) {
                return true;
            }
        }
        return false;
    }

    /** A row that the other program (or an earlier attempt of this one) already wrote. */
    static boolean duplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException q && UNIQUE_VIOLATION.equals(q.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static String chain(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 10_000; t = t.getCause() == t ? null : t.getCause()) {
            b.append(t.getMessage()).append(' ');
        }
        return b.toString();
    }
}
