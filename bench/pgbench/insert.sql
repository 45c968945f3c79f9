-- One durable single-row INSERT per transaction (autocommit), like the baseline app's POST /rows:
-- the most commits per second PostgreSQL gives on this machine. Table: made by bench/run.sh.
INSERT INTO pgbench_insert (reference, country, sector, created_at)
VALUES ('BENCH-' || :client_id, 'KE', 'solar_pv', now());
