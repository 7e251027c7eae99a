package org.zhibiao.store;

import org.h2.api.ErrorCode;
import org.h2.message.DbException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** What H2's failures mean to the store, on the exceptions H2 itself builds (as its FileLock and engine throw them). */
class StoreFailuresTest {

    /** An exception as H2 throws it: built by H2's own factory, with its code, words and version suffix. */
    private static SQLException h2(int code, String... params) {
        return DbException.get(code, (Throwable) null, params).getSQLException();
    }

    @Test
    void losingTheRaceForTheLockFileIsAHandover() {
        // FileLock.lockFile when two programs take over the file at once, after the one serving it stopped; the
        // first one made FaultSuiteTest#anImportOutlivesExportsThatComeAndGo fail a file as "cannot be opened"
        SQLException concurrent = h2(ErrorCode.ERROR_OPENING_DATABASE_1, "Concurrent update");
        assertThat(concurrent.getMessage()).startsWith("Error opening database: \"Concurrent update\" [8000-");
        assertThat(StoreFailures.locked(concurrent)).isTrue();
        assertThat(StoreFailures.locked(h2(ErrorCode.ERROR_OPENING_DATABASE_1, "Another process was faster"))).isTrue();
        assertThat(StoreFailures.locked(h2(ErrorCode.ERROR_OPENING_DATABASE_1, "Lock file recently modified"))).isTrue();
        assertThat(StoreFailures.locked(h2(ErrorCode.DATABASE_ALREADY_OPEN_1, "Server is running"))).isTrue();
    }

    @Test
    void realFailuresAreNotTakenForAHandover() {
        // two transactions on one row: a conflict to report, not a program starting or stopping
        SQLException rowConflict = h2(ErrorCode.CONCURRENT_UPDATE_1, "REPORTS");
        assertThat(rowConflict.getMessage().toLowerCase(java.util.Locale.ROOT)).contains("concurrent update");
        assertThat(StoreFailures.locked(rowConflict)).isFalse();
        assertThat(StoreFailures.locked(h2(ErrorCode.WRONG_USER_OR_PASSWORD))).isFalse();
        assertThat(StoreFailures.locked(h2(ErrorCode.FILE_CORRUPTED_1, "w.mv.db"))).isFalse();
        assertThat(StoreFailures.locked(h2(ErrorCode.ERROR_OPENING_DATABASE_1, "Unsupported lock method socket")))
                .isFalse();
        assertThat(StoreFailures.locked(h2(ErrorCode.ERROR_OPENING_DATABASE_1, "Could not save properties w.lock.db")))
                .isFalse();
        for (SQLException e : new SQLException[] {rowConflict, h2(ErrorCode.WRONG_USER_OR_PASSWORD),
                h2(ErrorCode.FILE_CORRUPTED_1, "w.mv.db"), h2(ErrorCode.ERROR_OPENING_DATABASE_1, "Concurrent update")}) {
            assertThat(StoreFailures.h2ConnectionGone(e)).as(e.getMessage()).isFalse();
        }
    }
}
