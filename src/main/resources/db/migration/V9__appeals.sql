-- Appeals (package org.brigreen.trafficlight.appeal): the organisation that received a decision appeals it, and a
-- regulator upholds or dismisses the appeal. Each step is a record of the log, in the same hash chain as the decisions:
-- one sequence of seq numbers runs through the decision table and the appeal_step table, and the chain hash of each
-- entry follows the entry before it, whichever table holds it. Writers append to either under the same advisory lock.
--
-- An appeal step's record is its RFC 8785 canonical JSON, with a top-level "kind" (appeal_filed, appeal_upheld,
-- appeal_dismissed), which no decision record has. The table keeps nothing but the record and its place in the chain:
-- appeals are read through expressions over the record itself, so no copy beside it can say otherwise.
CREATE TABLE appeal_step (
    seq        bigint PRIMARY KEY CHECK (seq > 0),
    record     text   NOT NULL,
    entry_hash bytea  NOT NULL CHECK (octet_length(entry_hash) = 32),
    chain_hash bytea  NOT NULL CHECK (octet_length(chain_hash) = 32)
);

CREATE INDEX appeal_step_appeal ON appeal_step (((record::jsonb) ->> 'appealId'));
CREATE INDEX appeal_step_decision ON appeal_step (((record::jsonb) ->> 'decisionId'));

CREATE TRIGGER appeal_step_append_only BEFORE UPDATE OR DELETE ON appeal_step
    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_log();
CREATE TRIGGER appeal_step_no_truncate BEFORE TRUNCATE ON appeal_step
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_log();

-- A decision made when an appeal is upheld names the decision it supersedes, in its record; this column is a copy of
-- it, for queries, like the other copies. The append-only triggers of V1 stay: adding a column changes no row.
ALTER TABLE decision ADD COLUMN supersedes uuid;

CREATE INDEX decision_supersedes ON decision (supersedes) WHERE supersedes IS NOT NULL;

-- The whole log, in one sequence: what the chain, the checkpoints, the proofs, verification and the export of the
-- whole log read. The columns copied from decision records are null for the steps of appeals, whose records have
-- none; logged_at is when an entry was logged, for both: a decision's decided_at, a step's "at".
CREATE VIEW log_entry AS
    SELECT seq, record, entry_hash, chain_hash, id, decided_at, ruleset_id, ruleset_version, ruleset_digest,
           traffic_light, excluded, reference, country, sector, org, batch_id, supersedes, decided_at AS logged_at
    FROM decision
    UNION ALL
    SELECT seq, record, entry_hash, chain_hash, NULL::uuid, NULL::timestamptz, NULL::text, NULL::text, NULL::text,
           NULL::text, NULL::boolean, NULL::text, NULL::text, NULL::text, NULL::text, NULL::uuid, NULL::uuid,
           ((record::jsonb) ->> 'at')::timestamptz
    FROM appeal_step;
