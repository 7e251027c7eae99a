package org.zhibiao.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zhibiao.model.Problem;
import org.zhibiao.store.WorkspaceException;
import org.zhibiao.store.WorkspaceUnavailableException;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The status line the workbench's view models share: every failure is one sentence in the UI's language. */
class WorkbenchStatusViewModelTest {

    private final PendingEdits pending = new PendingEdits();
    private final WorkbenchStatus status = new WorkbenchStatus(pending);

    @AfterEach
    void language() {
        Messages.use(Locale.getDefault());
    }

    @Test
    void aProblemIsSaidInTheUisLanguage() {
        Messages.use(Locale.SIMPLIFIED_CHINESE);
        status.progress().set(0.5);
        status.failed(new WorkspaceException(Problem.Kind.DISK_FULL));
        assertThat(status.error().get()).isEqualTo(Problem.of(Problem.Kind.DISK_FULL).render(Locale.SIMPLIFIED_CHINESE))
                .contains("磁盘");
        assertThat(status.progress().get()).as("the bar goes away").isNull();
    }

    @Test
    void aServerAwayIsSaidByTheBannerAndTheLine() {
        Messages.use(Locale.ENGLISH);
        status.failed(new WorkspaceUnavailableException(Problem.of(Problem.Kind.CONNECTION_LOST, "db"), null));
        assertThat(status.error().get()).isEqualTo(Messages.tr("vm.offline"));
        assertThat(pending.bannerProperty().get()).isNotBlank();
    }

    @Test
    void aFailureNobodyPutIntoWordsIsNotShownRaw() {
        Messages.use(Locale.ENGLISH);
        status.failed(new NullPointerException("Cannot invoke \"Object.toString()\" because \"x\" is null"));
        assertThat(status.error().get()).doesNotContain("invoke").doesNotContain("NullPointer")
                .isEqualTo(Problem.of(Problem.Kind.UNEXPECTED).render(Locale.ENGLISH));
    }
}
