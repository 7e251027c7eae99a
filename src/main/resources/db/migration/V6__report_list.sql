-- What the report list reads, kept apart from what it does not:
-- 1. Each report's review progress (its own figures, and how many of them are still pending), kept with the report
--    and changed in the same transaction as every figure of it (FigureStore): the list read it by counting every
--    figure, seconds for a decade of county reports. Filled here from the figures as they are.
-- 2. The report's text in a table of its own: H2 keeps a TEXT value of a report's size inside the row, so listing
--    28,000 reports read and decompressed a gigabyte of text they do not show (7 s).
ALTER TABLE report ADD COLUMN fig_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE report ADD COLUMN pending_count INTEGER DEFAULT 0 NOT NULL;
UPDATE report SET
    fig_count = (SELECT COUNT(*) FROM figure f WHERE f.report_id = report.id AND f.annotator = ''),
    pending_count = (SELECT COUNT(*) FROM figure f
                     WHERE f.report_id = report.id AND f.annotator = '' AND f.status = 'pending');

CREATE TABLE report_text (
    report_id       BIGINT        NOT NULL PRIMARY KEY REFERENCES report (id) ON DELETE CASCADE,
    original_text   TEXT          NOT NULL
);
INSERT INTO report_text (report_id, original_text) SELECT id, original_text FROM report;
ALTER TABLE report DROP COLUMN original_text;
