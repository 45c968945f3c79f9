-- Every decision the service gives, recorded (and committed) before the caller learns it.
-- The descriptor and the assessment are kept whole, with both languages of every text, so that a
-- decision can be shown again exactly as it was given and re-evaluated later.
CREATE TABLE decision (
    id              uuid        PRIMARY KEY,          -- UUIDv7: sorts by time
    decided_at      timestamptz NOT NULL,
    ruleset_id      text        NOT NULL,
    ruleset_version text        NOT NULL,
    ruleset_digest  text        NOT NULL,             -- sha256:<hex> of the version's files
    traffic_light   text        NOT NULL CHECK (traffic_light IN ('red', 'amber', 'green')),
    excluded        boolean     NOT NULL,
    reference       text,
    country         text        NOT NULL,
    sector          text        NOT NULL,
    descriptor      jsonb       NOT NULL,
    assessment      jsonb       NOT NULL
);

CREATE INDEX decision_decided_at ON decision (decided_at);
CREATE INDEX decision_reference ON decision (reference) WHERE reference IS NOT NULL;
