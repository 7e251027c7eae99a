-- Each report's review progress (its own figures, and how many of them are still pending), kept with the report and
-- changed in the same transaction as every figure of it (FigureStore): the report list of a large workspace read
-- it by counting every figure, seconds for a decade of county reports. Filled here from the figures as they are.
ALTER TABLE report ADD COLUMN fig_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE report ADD COLUMN pending_count INTEGER DEFAULT 0 NOT NULL;
UPDATE report SET
    fig_count = (SELECT COUNT(*) FROM figure f WHERE f.report_id = report.id AND f.annotator = ''),
    pending_count = (SELECT COUNT(*) FROM figure f
                     WHERE f.report_id = report.id AND f.annotator = '' AND f.status = 'pending');
