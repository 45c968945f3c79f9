-- Idempotency keys of POST /v1/classifications (IETF httpapi Idempotency-Key header): a retried request
-- with the same key and the same body gets the decision of the first, not a second decision.
-- A key is scoped to the caller's organisation. Inserting the row claims the key (ON CONFLICT DO NOTHING:
-- one claimant wins); decision_id is set once the decision is recorded, and stays NULL while the first
-- request is in flight. Rows expire after traffic-light.idempotency.expiry and are deleted then.
-- This table is bookkeeping, not evidence: unlike the decision log, it is updated and deleted.
CREATE TABLE idempotency_key (
    org          text        NOT NULL,
    key          text        NOT NULL,
    request_hash bytea       NOT NULL CHECK (octet_length(request_hash) = 32),  -- SHA-256 of the request
    decision_id  uuid,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (org, key)
);

CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
