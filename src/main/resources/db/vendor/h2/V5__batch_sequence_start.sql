-- Batches written before V4 took MAX + 1; new ones start after them.
ALTER SEQUENCE change_batch_seq RESTART WITH (SELECT COALESCE(MAX(batch_id), 0) + 1 FROM change_log);
