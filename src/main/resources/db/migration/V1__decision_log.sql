-- The decision log: every decision the service gives, recorded and committed before the caller learns it.
--
-- Each row keeps the decision as `record`: its RFC 8785 canonical JSON, byte for byte as it was hashed.
-- The log is a hash chain in sequence order, with no gaps in the sequence:
--   entry_hash = SHA-256(0x00 || record)              the RFC 9162 leaf hash of the record
--   chain_hash = SHA-256(previous chain_hash || entry_hash), 32 zero bytes before the first record
-- Writers assign sequence numbers and chain hashes under a transaction-level advisory lock, so that
-- several service instances writing to one database keep one chain. The other columns are copies of
-- fields of the record, for queries.
CREATE TABLE decision (
    seq             bigint      PRIMARY KEY CHECK (seq > 0),
    id              uuid        NOT NULL UNIQUE,       -- UUIDv7: sorts by time
    decided_at      timestamptz NOT NULL,
    ruleset_id      text        NOT NULL,
    ruleset_version text        NOT NULL,
    ruleset_digest  text        NOT NULL,              -- sha256:<hex> of the version's files
    traffic_light   text        NOT NULL CHECK (traffic_light IN ('red', 'amber', 'green')),
    excluded        boolean     NOT NULL,
    reference       text,
    country         text        NOT NULL,
    sector          text        NOT NULL,
    record          text        NOT NULL,
    entry_hash      bytea       NOT NULL CHECK (octet_length(entry_hash) = 32),
    chain_hash      bytea       NOT NULL CHECK (octet_length(chain_hash) = 32)
);

CREATE INDEX decision_decided_at ON decision (decided_at);
CREATE INDEX decision_reference ON decision (reference) WHERE reference IS NOT NULL;
CREATE INDEX decision_ruleset ON decision (ruleset_id, ruleset_version);

-- The log is evidence: once written, a record is never changed or removed, by the service or anyone
-- else. The database refuses it. Someone with the rights to disable these triggers can still tamper;
-- the hash chain and the signed checkpoints make that detectable (POST /v1/audit/verify).
CREATE FUNCTION refuse_change_to_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the % table is append-only: % is refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER decision_append_only BEFORE UPDATE OR DELETE ON decision
    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_log();
CREATE TRIGGER decision_no_truncate BEFORE TRUNCATE ON decision
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_log();
