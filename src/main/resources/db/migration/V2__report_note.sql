-- An analyst's note on a report (where it came from, doubts about its figures).
ALTER TABLE report ADD COLUMN note VARCHAR(4000) NOT NULL DEFAULT '';
