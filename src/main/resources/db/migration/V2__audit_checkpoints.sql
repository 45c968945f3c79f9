-- Signed checkpoints of the decision log (package org.brigreen.trafficlight.audit).
--
-- A checkpoint is a signed tree head: the RFC 9162 Merkle Tree Hash of the entry hashes of seq 1 to tree_size
-- (leaf index = seq - 1), signed with the service's Ed25519 key over the ASCII text
--   "traffic-light checkpoint v1\n" <tree_size> "\n" <root_hash, lower-case hex> "\n" <signed_at, UTC, 6 fraction digits> "\n"
-- key_id is SHA-256 of the signing public key's DER SubjectPublicKeyInfo. signed_at keeps microseconds, as the
-- signed text does, so that a stored checkpoint rebuilds exactly the message that was signed.
--
-- There is one checkpoint per tree size: instances that sign the same size at once insert with
-- ON CONFLICT DO NOTHING, and the first one stays.
CREATE TABLE checkpoint (
    tree_size  bigint      PRIMARY KEY CHECK (tree_size > 0),
    root_hash  bytea       NOT NULL CHECK (octet_length(root_hash) = 32),
    signed_at  timestamptz NOT NULL,
    key_id     bytea       NOT NULL CHECK (octet_length(key_id) = 32),
    signature  bytea       NOT NULL CHECK (octet_length(signature) = 64)
);

-- Checkpoints are evidence in the same way as the records they sign: a regulator who kept a copy of one must find
-- it unchanged, and a later consistency proof starts from it. So the table is append-only by the same rule as the
-- decision table, and by the same function, refuse_change_to_log() of V1, which names the table it refuses.
CREATE TRIGGER checkpoint_append_only BEFORE UPDATE OR DELETE ON checkpoint
    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_log();
CREATE TRIGGER checkpoint_no_truncate BEFORE TRUNCATE ON checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_log();
