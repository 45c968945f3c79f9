-- The list of excluded projects (GET /v1/reports/excluded, its pages and its CSV) read from an index alone. V10's index
-- of the excluded decisions gives their order, but each row listed then reads its page of the log: over a million
-- decisions, 96,000 excluded ones spread over the 3.7 GB of records read most of them. With the listed columns
-- included, the list reads this index in order (13 MB for those 96,000) and not the log's pages: an index-only scan.
-- It needs the log's pages marked all-visible by VACUUM, which autovacuum does as decisions are added; the log is
-- append-only, so a page once marked stays so. The keys are V10's, so this index serves V10's uses too and replaces it.
CREATE INDEX decision_excluded_listed ON decision (decided_at, seq)
    INCLUDE (reference, org, sector, country, id, ruleset_id, ruleset_version) WHERE excluded;
DROP INDEX decision_excluded;
