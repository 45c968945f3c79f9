-- The service instance that screens a running batch. Each instance holds a session-level PostgreSQL advisory lock on a
-- random id of its own, on a connection of its own, for as long as it runs, and a batch records that id as it starts
-- (batch.BatchWriter). PostgreSQL releases the lock when the session ends, however the instance stops: at start, an
-- instance marks incomplete every running batch whose writer's lock it can take, for that writer is gone and the batch
-- will never finish. Batches of live instances on the same database are left alone. Rows from before have no writer:
-- if still running, their writer is gone too.
ALTER TABLE batch ADD COLUMN writer bigint;
