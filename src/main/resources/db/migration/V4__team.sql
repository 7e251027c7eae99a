-- Team work on a shared server. Batch ids come from a sequence: two analysts saving at the same moment must not
-- be given the same batch (MAX + 1 would). The sequence is moved past the existing batches in V5, whose SQL
-- differs between the engines.
CREATE SEQUENCE change_batch_seq;

-- Blind double annotation: an analyst assigned a report "blind" works on a copy of the machine's figures, owned by
-- them (annotator = their name), and sees nobody else's. The report's own figures have annotator ''. A copy keeps
-- the key of the machine figure it started from (origin), so the two analysts' decisions can be paired.
ALTER TABLE figure ADD COLUMN annotator VARCHAR(100) NOT NULL DEFAULT '';
ALTER TABLE figure ADD COLUMN origin VARCHAR(300);
CREATE INDEX figure_by_report_annotator ON figure (report_id, annotator);

-- The change log says whose figures a change was in, so that undoing the removal of a blind copy's figure puts it
-- back into that copy.
ALTER TABLE change_log ADD COLUMN annotator VARCHAR(100) NOT NULL DEFAULT '';

-- Who works on which report, given by a lead. done_at is set when the analyst says they are finished.
CREATE TABLE assignment (
    report_id       BIGINT        NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    analyst         VARCHAR(100)  NOT NULL,
    blind           BOOLEAN       NOT NULL DEFAULT FALSE,
    assigned_by     VARCHAR(100)  NOT NULL,
    assigned_at     TIMESTAMP     NOT NULL,
    done_at         TIMESTAMP,
    PRIMARY KEY (report_id, analyst)
);

-- A report whose two blind versions a lead has merged into its figures.
CREATE TABLE curation (
    report_id       BIGINT        NOT NULL PRIMARY KEY REFERENCES report (id) ON DELETE CASCADE,
    curated_by      VARCHAR(100)  NOT NULL,
    curated_at      TIMESTAMP     NOT NULL
);

-- Others' changes are picked up by polling the log for ids above the last one seen; undo looks up own batches.
CREATE INDEX change_by_analyst ON change_log (analyst, batch_id);
