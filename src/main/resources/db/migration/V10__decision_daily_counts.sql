-- Reports (package org.brigreen.trafficlight.report): the number of decisions a day, kept beside the log so that a
-- report over a million decisions reads days × keys rows, not the decisions. One row per UTC day, rule-set version,
-- organisation, sector, country, class and exclusion. The rollup is not evidence, it is derived from the log: it is
-- kept in step by a trigger in the same transaction as the decisions it counts, and POST /v1/reports/verify counts
-- the log again and names each cell that differs. Unlike the log it is updated (its counts grow), so it has no
-- append-only trigger.
--
-- Appeal steps are rows of appeal_step, not of decision, so they are not counted. A decision made when an appeal is
-- upheld is a decision of the log (it supersedes another) and is counted as one, like every decision.
CREATE TABLE decision_daily (
    day             date    NOT NULL,          -- decided_at in UTC
    ruleset_id      text    NOT NULL,
    ruleset_version text    NOT NULL,
    org             text,                      -- NULL for records made before callers were recorded (V3)
    sector          text    NOT NULL,
    country         text    NOT NULL,
    traffic_light   text    NOT NULL CHECK (traffic_light IN ('red', 'amber', 'green')),
    excluded        boolean NOT NULL,
    decisions       bigint  NOT NULL CHECK (decisions > 0),
    CONSTRAINT decision_daily_cell UNIQUE NULLS NOT DISTINCT
        (day, ruleset_id, ruleset_version, org, sector, country, traffic_light, excluded)
);

-- Statement-level, with the statement's new rows as a transition table: one upsert of a few grouped rows per COPY of
-- a thousand decisions, rather than one per decision.
CREATE FUNCTION count_decisions_daily() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO decision_daily AS d
        (day, ruleset_id, ruleset_version, org, sector, country, traffic_light, excluded, decisions)
    SELECT (decided_at AT TIME ZONE 'UTC')::date, ruleset_id, ruleset_version, org, sector, country, traffic_light,
           excluded, count(*)
    FROM new_decisions
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT ON CONSTRAINT decision_daily_cell DO UPDATE SET decisions = d.decisions + EXCLUDED.decisions;
    RETURN NULL;
END
$$;

CREATE TRIGGER decision_count_daily AFTER INSERT ON decision
    REFERENCING NEW TABLE AS new_decisions
    FOR EACH STATEMENT EXECUTE FUNCTION count_decisions_daily();

-- The decisions logged before this migration.
INSERT INTO decision_daily (day, ruleset_id, ruleset_version, org, sector, country, traffic_light, excluded, decisions)
SELECT (decided_at AT TIME ZONE 'UTC')::date, ruleset_id, ruleset_version, org, sector, country, traffic_light,
       excluded, count(*)
FROM decision
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;

-- The list of excluded projects, in the order of the log, for a period.
CREATE INDEX decision_excluded ON decision (decided_at, seq) WHERE excluded;
