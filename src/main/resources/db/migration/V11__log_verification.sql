-- Verifications of the stored log run in the background (package org.brigreen.trafficlight.audit, VerificationRuns):
-- each run is a row, so that its progress can be watched from any instance and the last verification survives a
-- restart. A row is not part of the log: it says what a verification found, and it changes while the run goes on.
-- state: running, then passed or failed (failure_* name the first damage found, as POST /v1/audit/verify does), or
-- interrupted when the run could not finish (the database went away, or the instance stopped while it ran).
CREATE TABLE log_verification (
    id                  uuid        PRIMARY KEY,
    from_seq            bigint      NOT NULL CHECK (from_seq > 0),
    to_seq              bigint      NOT NULL CHECK (to_seq >= 0),
    state               text        NOT NULL CHECK (state IN ('running', 'passed', 'failed', 'interrupted')),
    records_checked     bigint      NOT NULL DEFAULT 0,
    checkpoints_checked bigint      NOT NULL DEFAULT 0,
    started_by          text        NOT NULL,
    started_at          timestamptz NOT NULL,
    -- When the run last reported progress: a running row whose progress stopped long ago belongs to a stopped instance.
    updated_at          timestamptz NOT NULL,
    finished_at         timestamptz,
    failure_seq         bigint,
    failure_reason      text,
    failure_detail      text,
    failure_from        bigint,
    failure_to          bigint,
    failure_column      text
);

CREATE INDEX log_verification_started ON log_verification (started_at DESC);
