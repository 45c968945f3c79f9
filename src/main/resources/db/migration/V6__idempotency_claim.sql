-- Each claim of an Idempotency-Key is told apart by a random token, stored when the claim inserts the row. The decision
-- log completes the key (sets decision_id) in the same transaction that commits the decision, and only while the row
-- still holds the token of the request that made the decision: a key released, or claimed again by a retry after the
-- in-flight timeout, is not completed by the request that lost it, and that request's decision is not recorded. So a
-- decision is never committed without its key, nor a key with a decision that another request made.
-- Rows from before have no token: one still in flight is claimed afresh after the in-flight timeout.
ALTER TABLE idempotency_key ADD COLUMN claim uuid;
