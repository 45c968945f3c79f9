package org.brigreen.trafficlight.decisionlog;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.decision.DecisionLog;
import org.brigreen.trafficlight.decision.DecisionLogUnavailableException;
import org.brigreen.trafficlight.decision.KeyClaim;
import org.brigreen.trafficlight.decision.KeyClaimLostException;
import org.brigreen.trafficlight.decision.RecordRefusedException;
import org.brigreen.trafficlight.decision.Recorded;
import org.brigreen.trafficlight.decision.RecordedDecision;
import org.brigreen.trafficlight.idempotency.IdempotencyKeys;
import org.brigreen.trafficlight.tlog.LogHashes;
import org.jboss.logging.Logger;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * The decision log in PostgreSQL, written by group commit: decisions that arrive while a transaction commits wait
 * and go together in the next one. Each transaction takes the log's advisory lock, reads the head of the chain and
 * appends its records in sequence, so that any number of service instances keep one gapless chain. A caller is
 * answered only once its record is committed.
 * <p>
 * One record never fails the others: when PostgreSQL refuses a record for what it holds ({@link RecordFailure}), the
 * group is appended again in one transaction, halved under savepoints until that record stands alone and is left
 * out. A failure of the database itself fails the whole group, and nothing of it is recorded. A decision made for an
 * Idempotency-Key is committed with the key's answer, and left out like a refused record when its request no longer
 * holds the key.
 */
@ApplicationScoped
class ChainedDecisionLog extends DecisionLog {

    private static final Logger LOG = Logger.getLogger(ChainedDecisionLog.class);
    /** The advisory lock that serialises appends to the log across instances ("decision" in ASCII). */
    static final long LOG_LOCK = 0x6465636973696f6eL;
    /** The latest signed checkpoint's tree size (0 before the first), and the last entry's place in the chain. */
    private static final String HEAD = """
            select signed.tree_size, last.seq, last.chain_hash
            from (select coalesce(max(tree_size), 0) as tree_size from checkpoint) signed
            left join lateral (select seq, chain_hash from log_entry order by seq desc limit 1) last on true""";

    /**
     * The tables that hold the log's entries, in one chain. Rows go in by COPY: one round trip for a run of rows,
     * however long. The place in the chain comes first; the rest of a row is prepared by the thread that appends it.
     */
    private enum Table {
        DECISION("""
                copy decision (seq, chain_hash, id, decided_at, ruleset_id, ruleset_version, ruleset_digest,
                               traffic_light, excluded, reference, country, sector, record, entry_hash, org, batch_id,
                               supersedes)
                from stdin"""),
        APPEAL_STEP("copy appeal_step (seq, chain_hash, record, entry_hash) from stdin");

        private final String copy;

        Table(String copy) {
            this.copy = copy;
        }
    }

    private final AgroalDataSource dataSource;
    private final DecisionRecordV1 codec;
    private final LogMetrics metrics;
    private final Duration commitTimeout;
    private final int maxBatchSize;
    /** Appends waiting for the writer, each a group that is committed whole: one decision, or a batch's chunk. */
    private final BlockingQueue<Group> pending = new LinkedBlockingQueue<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "decision-log-writer");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    ChainedDecisionLog(AgroalDataSource dataSource, DecisionRecordV1 codec, LogMetrics metrics, DecisionLogConfig config) {
        this(dataSource, codec, metrics, config.commitTimeout(), config.maxBatchSize());
    }

    ChainedDecisionLog(AgroalDataSource dataSource, DecisionRecordV1 codec, LogMetrics metrics, Duration commitTimeout,
            int maxBatchSize) {
        this.dataSource = dataSource;
        this.codec = codec;
        this.metrics = metrics;
        this.commitTimeout = commitTimeout;
        this.maxBatchSize = maxBatchSize;
        writer.execute(this::writeBatches);
    }

    /**
     * An entry waiting for its commit, with its canonical record, that record's entry hash, the table and the columns
     * of its row that do not depend on its place in the chain, and the claim of the Idempotency-Key it answers (or
     * null). The decision it records; null for the step of an appeal.
     */
    private record Entry(Decision decision, String record, byte[] entryHash, Table table, byte[] rowColumns,
            KeyClaim claim, CompletableFuture<Outcome> committed) {
    }

    /** What became of an entry whose transaction committed. */
    private enum Outcome {
        RECORDED,
        /** The database refused its record for what it holds; it was left out. */
        REFUSED,
        /** Its request no longer held its Idempotency-Key; it was left out. */
        CLAIM_LOST
    }

    /**
     * Entries committed together, but for records the database refuses; not written at all if the append they follow
     * has failed.
     */
    private record Group(List<Entry> entries, CompletableFuture<?> after) {

        boolean followsFailure() {
            return after != null && after.isCompletedExceptionally();
        }
    }

    @Override
    public CompletableFuture<RecordedDecision> append(Decision decision, KeyClaim claim, Executor answerOn) {
        Entry entry = entryOf(decision, claim);
        pending.add(new Group(List.of(entry), null));
        // Read back on answerOn, not on the writer, which completes whole groups and should go on to the next.
        return recorded(entry.committed()).thenApplyAsync(outcome -> switch (outcome) {
            case RECORDED -> recorded(codec.decode(entry.record()));
            case REFUSED -> throw new RecordRefusedException();
            case CLAIM_LOST -> throw new KeyClaimLostException();
        }, answerOn);
    }

    @Override
    public CompletableFuture<Recorded> appendAll(List<Decision> decisions, CompletableFuture<?> after) {
        // Encoding and hashing a large group takes every core; the order of the group is kept.
        List<Entry> entries = decisions.parallelStream().map(decision -> entryOf(decision, null)).toList();
        pending.add(new Group(entries, after));
        return recorded(CompletableFuture.allOf(entries.stream().map(Entry::committed)
                .toArray(CompletableFuture[]::new)))
                .thenApply(committed -> recorded(decisions, entries.stream()
                        .filter(entry -> entry.committed().join() == Outcome.REFUSED)
                        .map(entry -> entry.decision().id())
                        .collect(Collectors.toSet())));
    }

    @Override
    public CompletableFuture<Optional<RecordedDecision>> appendAppealStep(String stepRecord, Decision decision) {
        Entry step = new Entry(null, stepRecord, LogHashes.entryHash(stepRecord), Table.APPEAL_STEP,
                new CopyText().text(stepRecord).bytea(LogHashes.entryHash(stepRecord)).toBytes(), null,
                new CompletableFuture<>());
        List<Entry> entries = decision == null ? List.of(step) : List.of(entryOf(decision, null), step);
        pending.add(new Group(entries, null));
        return recorded(CompletableFuture.allOf(entries.stream().map(Entry::committed)
                .toArray(CompletableFuture[]::new)))
                .thenApply(committed -> {
                    if (entries.stream().anyMatch(entry -> entry.committed().join() != Outcome.RECORDED)) {
                        throw new RecordRefusedException();
                    }
                    return decision == null ? Optional.empty() : Optional.of(recorded(codec.decode(
                            entries.get(0).record())));
                });
    }

    /** Completes when {@code committed} does, and fails as not recorded when it fails or takes too long. */
    private <T> CompletableFuture<T> recorded(CompletableFuture<T> committed) {
        return committed.copy()
                .orTimeout(commitTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionallyCompose(e -> CompletableFuture.failedFuture(notRecorded(e)));
    }

    /** Why a decision is not recorded, for its caller: the log's own words when it says why, else a retry. */
    private static DecisionLogUnavailableException notRecorded(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause instanceof DecisionLogUnavailableException unavailable ? unavailable
                : new DecisionLogUnavailableException(
                        "The decision could not be recorded, so it is not given. Retry shortly.", cause);
    }

    /** Encoded, hashed and made into a row by the caller's thread, so that the single writer has only the chain. */
    private Entry entryOf(Decision decision, KeyClaim claim) {
        String record = codec.canonical(decision);
        byte[] entryHash = LogHashes.entryHash(record);
        byte[] rowColumns = rowColumns(decision, record, entryHash);
        return new Entry(decision, record, entryHash, Table.DECISION, rowColumns, claim, new CompletableFuture<>());
    }

    private static byte[] rowColumns(Decision decision, String record, byte[] entryHash) {
        return new CopyText()
                .plain(decision.id())
                .plain(decision.decidedAt())
                .text(decision.ruleSet().id())
                .text(decision.ruleSet().version())
                .text(decision.ruleSet().digest())
                .plain(decision.assessment().trafficLight().wireName())
                .plain(decision.assessment().excluded())
                .text(decision.descriptor().reference())
                .text(decision.descriptor().country())
                .plain(decision.descriptor().sector().wireName())
                .text(record)
                .bytea(entryHash)
                .text(decision.caller() == null ? null : decision.caller().org())
                .plain(decision.batch())
                .plain(decision.supersedes())
                .toBytes();
    }

    @Override
    public Optional<RecordedDecision> find(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select record from decision where id = ?")) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(recorded(codec.decode(row.getString(1)))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DecisionLogUnavailableException("The decision log cannot be read right now. Retry shortly.", e);
        }
    }

    @PreDestroy
    void stop() {
        writer.shutdownNow();
        List<Group> unwritten = new ArrayList<>();
        pending.drainTo(unwritten);
        unwritten.forEach(group -> fail(group.entries(), new IllegalStateException("the service is stopping")));
    }

    private void writeBatches() {
        while (!Thread.currentThread().isInterrupted()) {
            List<Entry> batch;
            try {
                batch = nextTransaction();
            } catch (InterruptedException e) {
                return;
            }
            if (batch.isEmpty()) {
                continue;
            }
            try {
                long start = System.nanoTime();
                Map<Entry, Outcome> leftOut = write(batch);
                List<Entry> recorded = batch.stream().filter(entry -> !leftOut.containsKey(entry)).toList();
                metrics.committed(recorded.stream().map(Entry::decision).filter(Objects::nonNull).toList(),
                        System.nanoTime() - start);
                recorded.forEach(entry -> entry.committed().complete(Outcome.RECORDED));
                leftOut.forEach((entry, outcome) -> entry.committed().complete(outcome));
            } catch (SQLException | RuntimeException e) {
                LOG.warnf("A batch of %d decisions could not be recorded: %s", batch.size(), e.getMessage());
                fail(batch, e);
            }
        }
    }

    /**
     * The entries of the next group, and of the groups waiting behind it that fit in one transaction with it; a group
     * is never split. A group that follows a failed append fails here, unwritten. Groups are taken in order: the
     * append a group follows has been written or has failed by then, or it is in the same transaction.
     */
    private List<Entry> nextTransaction() throws InterruptedException {
        List<Entry> transaction = new ArrayList<>();
        for (Group group = pending.take(); group != null; group = nextThatFits(transaction)) {
            if (group.followsFailure()) {
                fail(group.entries(), new IllegalStateException("the decisions before them were not recorded"));
            } else {
                transaction.addAll(group.entries());
            }
        }
        return transaction;
    }

    /** The next waiting group if it fits in one transaction with {@code transaction}; null if not. */
    private Group nextThatFits(List<Entry> transaction) {
        Group next = pending.peek();
        return next != null && transaction.size() + next.entries().size() <= maxBatchSize ? pending.poll() : null;
    }

    private static void fail(List<Entry> entries, Throwable cause) {
        entries.forEach(entry -> entry.committed().completeExceptionally(cause));
    }

    /** Appends the entries in one transaction; returns those left out, and why. */
    private Map<Entry, Outcome> write(List<Entry> batch) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                return commit(connection, batch, false);
            } catch (SQLException e) {
                if (!RecordFailure.isRecordFailure(e)) {
                    throw e;
                }
                LOG.infof("A group of %d decisions holds a record the database refuses (%s); it is appended again "
                        + "without it", batch.size(), e.getSQLState());
            }
            // Alone in its transaction, the record is the one refused; a keyed one is tried again, in case its claim
            // was lost rather.
            if (batch.size() == 1 && batch.get(0).claim() == null) {
                return Map.of(batch.get(0), Outcome.REFUSED);
            }
            return commit(connection, batch, true);
        }
    }

    /**
     * Appends the entries at the head of the chain and commits; {@code isolating}, each part under a savepoint, so
     * that records the database refuses are left out. Returns the entries left out, and why.
     */
    private static Map<Entry, Outcome> commit(Connection connection, List<Entry> entries, boolean isolating)
            throws SQLException {
        try {
            lock(connection);
            Head head = head(connection);
            Map<Entry, Outcome> leftOut = new IdentityHashMap<>();
            if (isolating) {
                appendIsolating(connection, entries, head, leftOut);
            } else {
                append(connection, entries, head, leftOut);
            }
            connection.commit();
            return leftOut;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(connection);
            throw e;
        }
    }

    /**
     * Appends the entries in order under a savepoint. When the database refuses a record of them, it rolls back to the
     * savepoint and appends each half the same way, until the record stands alone: it is left out as refused, and its
     * neighbours keep their order. A decision made by an upheld appeal and the step that made it are never split:
     * they are left out together. Returns the head after the entries appended.
     */
    private static Head appendIsolating(Connection connection, List<Entry> entries, Head head,
            Map<Entry, Outcome> leftOut) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            Head after = append(connection, entries, head, leftOut);
            connection.releaseSavepoint(savepoint);
            return after;
        } catch (SQLException e) {
            if (!RecordFailure.isRecordFailure(e)) {
                throw e;
            }
            connection.rollback(savepoint);
        }
        if (entries.size() == 1 || entries.size() == 2 && madeBy(entries, 1)) {
            entries.forEach(entry -> leftOut.put(entry, Outcome.REFUSED));
            return head;
        }
        int half = entries.size() / 2;
        if (madeBy(entries, half)) {
            half = half > 1 ? half - 1 : half + 1;
        }
        Head middle = appendIsolating(connection, entries.subList(0, half), head, leftOut);
        return appendIsolating(connection, entries.subList(half, entries.size()), middle, leftOut);
    }

    /** Whether entry {@code i} is the step of an appeal that made the decision just before it. */
    private static boolean madeBy(List<Entry> entries, int i) {
        Entry before = entries.get(i - 1);
        return entries.get(i).table() == Table.APPEAL_STEP && before.table() == Table.DECISION
                && before.decision().supersedes() != null;
    }

    /**
     * Answers the Idempotency-Keys of the entries that have one, then inserts the entries after {@code head}, but for
     * those whose keys their requests no longer hold: they are left out. Returns the head after the entries inserted.
     */
    private static Head append(Connection connection, List<Entry> entries, Head head, Map<Entry, Outcome> leftOut)
            throws SQLException {
        List<Entry> keyed = entries.stream().filter(entry -> entry.claim() != null).toList();
        if (keyed.isEmpty()) {
            return insert(connection, entries, head);
        }
        Set<UUID> answered = IdempotencyKeys.complete(connection, keyed.stream().map(Entry::claim).toList(),
                keyed.stream().map(entry -> entry.decision().id()).toList());
        keyed.stream().filter(entry -> !answered.contains(entry.decision().id()))
                .forEach(entry -> leftOut.put(entry, Outcome.CLAIM_LOST));
        return insert(connection, entries.stream().filter(entry -> !leftOut.containsKey(entry)).toList(), head);
    }

    /** The last record's sequence number and chain hash; the genesis before the first record. */
    private record Head(long seq, byte[] chainHash) {
    }

    private static void lock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, LOG_LOCK);
            lock.execute();
        }
    }

    /**
     * The head of the chain, to append after.
     *
     * @throws DecisionLogUnavailableException when the head is below the latest signed checkpoint: records that it
     *         covers were removed from the end of the log, and a new record would take a sequence number that the
     *         checkpoint already signs. Damage behind the head does not stop appends.
     */
    private static Head head(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(HEAD); ResultSet row = query.executeQuery()) {
            row.next();
            long signed = row.getLong(1);
            Head head = row.getObject(2) == null ? new Head(0, LogHashes.GENESIS)
                    : new Head(row.getLong(2), row.getBytes(3));
            if (head.seq() < signed) {
                LOG.errorf("The decision log ends at seq %d, but a signed checkpoint covers %d records: nothing is "
                        + "appended until the missing records are restored", head.seq(), signed);
                throw new DecisionLogUnavailableException("The decision log is damaged: records that a signed "
                        + "checkpoint covers are missing from its end, so no decision can be recorded until they are "
                        + "restored. POST /v1/audit/verify names the damage.", null);
            }
            return head;
        }
    }

    /** Inserts the entries after {@code head}, each run of one table's rows by one COPY; returns the head after them. */
    private static Head insert(Connection connection, List<Entry> batch, Head head) throws SQLException {
        Head after = head;
        int start = 0;
        while (start < batch.size()) {
            Table table = batch.get(start).table();
            int end = start;
            while (end < batch.size() && batch.get(end).table() == table) {
                end++;
            }
            after = copy(connection, table, batch.subList(start, end), after);
            start = end;
        }
        return after;
    }

    /** Inserts a run of rows of one table after {@code head}; returns the head after them. */
    private static Head copy(Connection connection, Table table, List<Entry> run, Head head) throws SQLException {
        long seq = head.seq();
        byte[] chainHash = head.chainHash();
        CopyIn copy = new CopyManager(connection.unwrap(BaseConnection.class)).copyIn(table.copy);
        try {
            for (Entry entry : run) {
                chainHash = LogHashes.chainHash(chainHash, entry.entryHash());
                write(copy, new CopyText().plain(++seq).bytea(chainHash).toBytes());
                write(copy, CopyText.COLUMN_SEPARATOR);
                write(copy, entry.rowColumns());
                write(copy, CopyText.ROW_END);
            }
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        return new Head(seq, chainHash);
    }

    private static void write(CopyIn copy, byte[] bytes) throws SQLException {
        copy.writeToCopy(bytes, 0, bytes.length);
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.debugf("Rollback after a failed append failed too: %s", e.getMessage());
        }
    }
}
