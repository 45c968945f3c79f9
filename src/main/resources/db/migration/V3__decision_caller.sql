-- The organisation that asked for each decision, so that a lender or an enterprise reads only its own
-- organisation's decisions. The organisation, the caller's subject and the purpose are in the record itself
-- (`caller`), hashed into the chain; this column is a copy of the organisation, for queries, like the other
-- copies. Records made before callers were recorded keep NULL: only regulators see them.
-- The append-only triggers of V1 stay: adding a column changes no row.
ALTER TABLE decision ADD COLUMN org text;

CREATE INDEX decision_org ON decision (org, seq) WHERE org IS NOT NULL;
