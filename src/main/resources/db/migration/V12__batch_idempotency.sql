-- Idempotency-Key on POST /v1/classifications/batch. A key whose request began a batch names it (batch_id) from the
-- moment the batch is recorded: a retry is answered by that batch, however long it runs, rather than claiming the key
-- again after the in-flight timeout. Once the batch has ended, the key keeps its answer (batch_results: the NDJSON
-- results, gzipped, byte for byte as they were written), so that a retry gets the same body; the decisions are in the
-- log, as for every batch. The answer is bookkeeping, like the key, and expires with it.
ALTER TABLE idempotency_key ADD COLUMN batch_id uuid;
ALTER TABLE idempotency_key ADD COLUMN batch_results bytea;
