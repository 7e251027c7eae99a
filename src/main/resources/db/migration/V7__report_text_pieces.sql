-- A report's text in pieces of at most 65,536 chars, one row each (decision 0052): H2 keeps a value inside its row
-- and a row inside one page, and a page is written, compressed and read back whole. A 50 MB report was a page of
-- 50 MB, written through buffers several times its size at the commit and again when the file was compacted.
-- ReportStore writes and reads the pieces (TextPieces); here the texts already there are cut the same way.
CREATE TABLE report_text_piece (
    report_id       BIGINT        NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    seq             INTEGER       NOT NULL,
    piece           TEXT          NOT NULL,
    PRIMARY KEY (report_id, seq)
);

-- Piece k of a text is chars k * 65536 + 1 ... (k + 1) * 65536; an empty text is one empty piece. On H2 a pair of
-- surrogates may fall into two pieces (H2 keeps UTF-16 as it is, and joining gives the text back); PostgreSQL
-- counts characters, never halves of one.
INSERT INTO report_text_piece (report_id, seq, piece)
WITH RECURSIVE p (report_id, seq) AS (
    SELECT report_id, 0 FROM report_text
    UNION ALL
    SELECT p.report_id, p.seq + 1 FROM p JOIN report_text t ON t.report_id = p.report_id
    WHERE (p.seq + 1) * 65536 < CHAR_LENGTH(t.original_text)
)
SELECT p.report_id, p.seq, SUBSTRING(t.original_text FROM p.seq * 65536 + 1 FOR 65536)
FROM p JOIN report_text t ON t.report_id = p.report_id;

DROP TABLE report_text;
