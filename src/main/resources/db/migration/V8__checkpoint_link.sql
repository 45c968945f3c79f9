-- Checkpoints name the checkpoint signed before them (package org.brigreen.trafficlight.audit, signed format v2):
--   "traffic-light checkpoint v2\n" <tree_size> "\n" <root_hash hex> "\n" <signed_at> "\n" <previous_tree_size> "\n"
-- previous_tree_size is the tree size of the latest checkpoint when this one was signed, 0 for the first. Signers take
-- a transaction-level advisory lock while they read the latest checkpoint and insert the next, so that the checkpoints
-- form one chain: each names exactly the one before it, and a checkpoint removed from the chain is found. The unique
-- index refuses a second checkpoint after the same one (a fork).
-- Checkpoints signed before this migration keep NULL here and stay valid in format v1, which names none.
-- The append-only triggers of V2 stay: adding a column changes no row.
ALTER TABLE checkpoint ADD COLUMN previous_tree_size bigint
    CHECK (previous_tree_size >= 0 AND previous_tree_size < tree_size);

CREATE UNIQUE INDEX checkpoint_previous ON checkpoint (previous_tree_size);
