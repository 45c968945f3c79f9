-- Portfolio screening (POST /v1/classifications/batch). The decisions of one batch carry its id in their records,
-- hashed into the chain like the rest; batch_id is a copy of it, for queries, like the other copies. The per-class
-- counts of a batch are read from the log itself. The batch table keeps what the log does not: who sent the batch,
-- under which rule-set version, how many lines it had, how many were refused, and whether it ran to the end.
-- The append-only triggers of V1 stay: adding a column changes no row.
ALTER TABLE decision ADD COLUMN batch_id uuid;

CREATE INDEX decision_batch ON decision (batch_id) WHERE batch_id IS NOT NULL;

CREATE TABLE batch (
    id              uuid        PRIMARY KEY,       -- UUIDv7
    org             text,                          -- the caller, as in the records' caller
    subject         text        NOT NULL,
    purpose         text        NOT NULL,
    ruleset_id      text        NOT NULL,          -- the rule-set version every line is classified under
    ruleset_version text        NOT NULL,
    ruleset_digest  text        NOT NULL,
    received_at     timestamptz NOT NULL,
    lines           integer     NOT NULL CHECK (lines >= 0),  -- descriptors sent
    finished_at     timestamptz,
    errors          integer     CHECK (errors >= 0),          -- lines refused, once finished
    status          text        NOT NULL CHECK (status IN ('running', 'completed', 'incomplete')),
    detail          text                           -- why an incomplete batch stopped
);


-- Records of about 2 KB would be compressed and moved out of line by TOAST at about 2 KB a row, which costs more CPU
-- per append than the space it saves is worth for an append-heavy log: rows up to 8 KB stay as they are.
ALTER TABLE decision SET (toast_tuple_target = 8160);
