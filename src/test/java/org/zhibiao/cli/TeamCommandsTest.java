package org.zhibiao.cli;

import org.junit.jupiter.api.Test;
import org.zhibiao.model.ReviewedFigure;
import org.zhibiao.model.Status;
import org.zhibiao.service.ReviewService;
import org.zhibiao.store.TestPostgres;
import org.zhibiao.store.Workspace;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands on a team workspace on a real PostgreSQL server, named by its postgresql:// address. */
class TeamCommandsTest {

    @Test
    void aLeadAssignsBlindAndTheAgreementTableShowsF1AndKappa() {
        try (TestPostgres.Database db = TestPostgres.newDatabase()) {
            String w = db.url();
            CliTest.Run imported = CliTest.run("import", "--workspace", w, "seeds");
            assertThat(imported.status()).isZero();
            assertThat(imported.err()).contains("imported 5 (68 figures)").contains("workspace: " + w);
            CliTest.Run list = CliTest.run("list", "--workspace", w);
            String line = list.out().lines().filter(l -> l.startsWith("003_")).findFirst().orElseThrow();
            String id = line.substring(line.lastIndexOf('\t') + 1);

            CliTest.Run assigned = CliTest.run("assign", "--workspace", w, "--analyst", "lead", "--report", id,
                    "--to", "anna", "--blind-with", "ben");
            assertThat(assigned.status()).isZero();
            assertThat(assigned.out()).contains(id + "\tanna\ttrue\tlead").contains(id + "\tben\ttrue\tlead");

            try (Workspace ws = db.open()) {
                long report = Long.parseLong(id);
                List<ReviewedFigure> anna = ws.inTransaction(() -> ws.figures().byReport(report, "anna"));
                List<ReviewedFigure> ben = ws.inTransaction(() -> ws.figures().byReport(report, "ben"));
                ReviewService a = new ReviewService(ws, "anna", Clock.systemUTC());
                ReviewService b = new ReviewService(ws, "ben", Clock.systemUTC());
                // four decisions each: agree on three accepts, disagree on the fourth; anna corrects one value
                for (int i = 0; i < 4; i++) {
                    a.setStatus(anna.get(i).id(), Status.CONFIRMED);
                    b.setStatus(ben.get(i).id(), i == 3 ? Status.REJECTED : Status.CONFIRMED);
                }
                a.edit(anna.get(5).id(), "value", "1");
            }
            CliTest.Run agreement = CliTest.run("agreement", "--workspace", w, "--format", "tsv");
            assertThat(agreement.status()).isZero();
            List<String> rows = agreement.out().lines().toList();
            assertThat(rows.get(0)).isEqualTo("report\tdoc\tanalyst_a\tanalyst_b\tfigures_a\tfigures_b\ttp\tfp\tfn\tf1"
                    + "\tdecisions\tagreed\tkappa");
            // anna (the reference) keeps 20 figures, one with another value; ben keeps 19: 18 agree, so tp 18,
            // fp 1 (ben's figure anna has another value for), fn 2; F1 = 36 / 39.
            // decisions on figures both decided: 3 both accept, 1 accept/reject. Anna accepted all 4, ben 3 of 4:
            // po = 0.75, pe = 1 * 0.75 + 0 * 0.25 = 0.75, so kappa = 0 (no agreement beyond chance)
            assertThat(rows.get(1)).isEqualTo(id + "\t003_a6a8f6c27dc122fe.txt\tanna\tben\t20\t19\t18\t1\t2\t0.923"
                    + "\t4\t3\t0.000");
            assertThat(rows.get(2)).startsWith("all\t1 reports");
        }
    }

    @Test
    void restoreRefusesATeamWorkspaceWithTheWayToBackItUp() {
        CliTest.Run r = CliTest.run("restore", "--workspace", "postgresql://127.0.0.1/anything");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("pg_dump");
    }

    @Test
    void aServerAddressWithAPasswordIsRefused() {
        CliTest.Run r = CliTest.run("list", "--workspace", "postgresql://anna:secret@127.0.0.1/zhibiao");
        assertThat(r.status()).as("bad usage").isEqualTo(2);
        assertThat(r.err()).contains("~/.pgpass").doesNotContain("secret");
    }
}
