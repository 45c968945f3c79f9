package org.brigreen.trafficlight.audit;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.brigreen.trafficlight.tlog.CompactRange;
import org.brigreen.trafficlight.tlog.LogHashes;
import org.brigreen.trafficlight.tlog.LogVerifier;
import org.brigreen.trafficlight.tlog.SignedCheckpoint;
import org.jboss.logging.Logger;

/**
 * Signs a checkpoint of the decision log every {@value #RECORDS_PROPERTY} records or {@value #INTERVAL_PROPERTY},
 * whichever comes first, and never when nothing new was logged. Several instances may run against one database: they
 * take turns under the checkpoint lock, and each checkpoint names the one signed before it, so that the checkpoints
 * form one chain.
 * <p>
 * Nothing is signed over a log that does not hold together with what was signed before. Every poll, before it signs,
 * the checkpointer checks the log from the last point it verified: the latest checkpoint it signed or read is still
 * stored, unchanged; the log still reaches that point with the chain hash it had there; and every record since hashes
 * to its entry hash and chains, every checkpoint since is signed, has the root of the entry hashes up to it and names
 * the one before it. After a start it verifies once from seq 1: the leaves that a stored checkpoint covers for their
 * chain and the roots of the checkpoints, and only the records after the latest checkpoint against their entry hashes,
 * since a signature already fixes the entry hashes it covers, and re-hashing every record of a large log would hold up
 * the first checkpoint after a start for minutes (POST /v1/audit/verify re-hashes them all). The tree head is computed
 * incrementally: it keeps the compact range of the entry hashes verified so far (O(log n) hashes) and reads only the
 * records appended since. A finding marks the log damaged ({@link LogDamage}) until a later poll finds it whole again
 * from the same point.
 */
@ApplicationScoped
public class Checkpointer {

    static final String RECORDS_PROPERTY = "traffic-light.audit.checkpoint.records";
    static final String INTERVAL_PROPERTY = "traffic-light.audit.checkpoint.interval";
    /** How often at most the log's size is looked at, so that a checkpoint follows N records promptly. */
    private static final Duration LONGEST_POLL = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(Checkpointer.class);

    private final AuditStore store;
    private final AuditSigningKey key;
    private final LogDamage damage;
    private final long recordsPerCheckpoint;
    private final Duration interval;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "audit-checkpointer");
        thread.setDaemon(true);
        return thread;
    });
    /** The entry hashes of seq 1 to tree.size(), verified: replaced only by a pass that holds. */
    private CompactRange tree = new CompactRange();
    private byte[] chainHead = LogHashes.GENESIS;
    /** The latest checkpoint this instance signed or read, which the database must keep; null before the first. */
    private volatile SignedCheckpoint latestSeen;
    private String lastProblem;

    @Inject
    Checkpointer(AuditStore store, AuditSigningKey key, LogDamage damage, AuditConfig config) {
        this(store, key, damage, config.checkpoint().records(), config.checkpoint().interval());
    }

    Checkpointer(AuditStore store, AuditSigningKey key, LogDamage damage, long recordsPerCheckpoint,
            Duration interval) {
        this.store = store;
        this.key = key;
        this.damage = damage;
        this.recordsPerCheckpoint = recordsPerCheckpoint;
        this.interval = interval;
    }

    void start(@Observes StartupEvent event) {
        if (recordsPerCheckpoint < 1 || interval.isNegative() || interval.isZero()) {
            throw new ConfigurationException("Checkpoints need " + RECORDS_PROPERTY + " of 1 or more and a positive "
                    + INTERVAL_PROPERTY + ", not " + recordsPerCheckpoint + " and " + interval);
        }
        long poll = Math.min(interval.toMillis(), LONGEST_POLL.toMillis());
        scheduler.scheduleWithFixedDelay(this::tick, poll, poll, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }

    /**
     * Checks the log from the last point verified and signs a checkpoint of it as it is now if one is due:
     * {@value #RECORDS_PROPERTY} records since the latest checkpoint, or {@value #INTERVAL_PROPERTY} since it was
     * signed, and at least one new record.
     *
     * @return the checkpoint signed, if one was due
     * @throws LogDamagedException when the log does not hold together
     */
    public synchronized Optional<SignedCheckpoint> checkpointIfDue() {
        return pass(false);
    }

    /**
     * Checks the log from the last point verified and makes sure that a checkpoint covers it as it is now: signs one
     * unless the latest already does.
     *
     * @return the latest checkpoint, which covers the whole log; empty while the log is empty
     * @throws LogDamagedException when the log does not hold together
     */
    public synchronized Optional<SignedCheckpoint> checkpointNow() {
        return pass(true);
    }

    /** The tree size of the latest checkpoint this instance signed or read: the database must still hold it. */
    public OptionalLong latestSeen() {
        SignedCheckpoint seen = latestSeen;
        return seen == null ? OptionalLong.empty() : OptionalLong.of(seen.treeSize());
    }

    /** Whether a checkpoint is due, given what is new since the latest one. */
    static boolean isDue(long newRecords, Optional<Instant> latestSignedAt, Instant now, long recordsPerCheckpoint,
            Duration interval) {
        return newRecords > 0 && (newRecords >= recordsPerCheckpoint || latestSignedAt.isEmpty()
                || !latestSignedAt.get().plus(interval).isAfter(now));
    }

    private Optional<SignedCheckpoint> pass(boolean regardlessOfSchedule) {
        try {
            Optional<SignedCheckpoint> signed = store.underCheckpointLock(
                    connection -> verifyAndSign(connection, regardlessOfSchedule));
            // Only once committed: a verification that reads the latest checkpoint seen must find it stored.
            signed.ifPresent(this::saw);
            damage.holdsBeforeSigning();
            return signed;
        } catch (LogDamagedException e) {
            damage.foundBeforeSigning(e.failure());
            throw e;
        }
    }

    private Optional<SignedCheckpoint> verifyAndSign(Connection connection, boolean regardlessOfSchedule)
            throws SQLException {
        Optional<SignedCheckpoint> latest = AuditStore.latestCheckpoint(connection);
        requireLatestSeenKept(connection, latest);
        long size = AuditStore.logSize(connection);
        verifyUpTo(connection, size, latest.map(SignedCheckpoint::treeSize).orElse(0L));
        latest.ifPresent(this::saw);
        long covered = latest.map(SignedCheckpoint::treeSize).orElse(0L);
        long newRecords = size - covered;
        if (newRecords == 0) {
            return regardlessOfSchedule ? latest : Optional.empty();
        }
        if (!regardlessOfSchedule && !isDue(newRecords, latest.map(SignedCheckpoint::signedAt), Instant.now(),
                recordsPerCheckpoint, interval)) {
            return Optional.empty();
        }
        SignedCheckpoint signed = sign(size, tree.root(), covered);
        AuditStore.insert(connection, signed);
        return Optional.of(signed);
    }

    /** The latest checkpoint seen must still be stored as it was: checkpoints are never removed or changed. */
    private void requireLatestSeenKept(Connection connection, Optional<SignedCheckpoint> latest)
            throws SQLException {
        SignedCheckpoint seen = latestSeen;
        if (seen == null) {
            return;
        }
        Optional<SignedCheckpoint> kept = latest.isPresent() && latest.get().treeSize() == seen.treeSize() ? latest
                : AuditStore.checkpointAt(connection, seen.treeSize());
        if (kept.isEmpty()) {
            throw new LogDamagedException(new LogVerifier.Failure(seen.treeSize(),
                    LogVerifier.Reason.MISSING_CHECKPOINT, "the checkpoint of tree size " + seen.treeSize()
                            + ", which this service signed or read, is gone: the latest stored is "
                            + latest.map(c -> "of tree size " + c.treeSize()).orElse("none") + "."));
        }
        if (!kept.get().sameAs(seen)) {
            throw new LogDamagedException(new LogVerifier.Failure(seen.treeSize(), kept.get().isSignedBy(
                    key.publicKey()) ? LogVerifier.Reason.CHECKPOINT_ROOT_MISMATCH : LogVerifier.Reason.BAD_SIGNATURE,
                    "the checkpoint of tree size " + seen.treeSize() + " differs from the one this service signed or "
                            + "read."));
        }
    }

    /**
     * Verifies the log from the last point verified up to {@code size}, and the checkpoints up to {@code size} or
     * {@code latest}, whichever is larger; then adopts the entry hashes read.
     */
    private void verifyUpTo(Connection connection, long size, long latest) throws SQLException {
        long verified = tree.size();
        if (size < verified) {
            throw new LogDamagedException(new LogVerifier.Failure(size + 1,
                    LogVerifier.Reason.MISSING_SEQUENCE_NUMBER, "the log ends at seq " + size + ", but this service "
                            + "verified it up to seq " + verified + " before.", size + 1, verified, null));
        }
        if (verified > 0 && !AuditStore.chainHashOf(connection, verified)
                .filter(stored -> MessageDigest.isEqual(stored, chainHead)).isPresent()) {
            throw new LogDamagedException(new LogVerifier.Failure(verified, LogVerifier.Reason.CHAIN_BREAK,
                    "the chain hash of seq " + verified + " is not the one this service verified there: records up "
                            + "to it were rewritten since.", 1, verified, null));
        }
        CompactRange extended = tree.copy();
        try (AuditStore.CheckpointCursor checkpoints = AuditStore.checkpointsBetween(connection, verified + 1,
                Math.max(size, latest))) {
            LogVerifier verifier = LogVerifier.from(verified + 1, chainHead, extended,
                    AuditStore.checkpointBefore(connection, verified + 1), key.publicKey(), checkpoints);
            List<LogVerifier.Failure> failure = new ArrayList<>(1);
            long signedBefore = Math.min(size, latest);
            AuditStore.leaves(connection, verified + 1, signedBefore, (seq, entryHash, chainHash) -> {
                verifier.accept(seq, null, entryHash, chainHash).ifPresent(failure::add);
                return failure.isEmpty();
            });
            if (failure.isEmpty()) {
                AuditStore.entries(connection, Math.max(verified, signedBefore) + 1, size, false,
                        (seq, record, entryHash, chainHash, copies) -> {
                            verifier.accept(seq, record, entryHash, chainHash).ifPresent(failure::add);
                            return failure.isEmpty();
                        });
            }
            if (failure.isEmpty()) {
                verifier.finish(size).ifPresent(failure::add);
            }
            if (!failure.isEmpty()) {
                throw new LogDamagedException(failure.get(0));
            }
            tree = extended;
            chainHead = verifier.chainHead();
        }
    }

    private void saw(SignedCheckpoint checkpoint) {
        if (latestSeen == null || checkpoint.treeSize() >= latestSeen.treeSize()) {
            latestSeen = checkpoint;
        }
    }

    private SignedCheckpoint sign(long treeSize, byte[] root, long previousTreeSize) {
        Instant signedAt = SignedCheckpoint.signingTime(Instant.now());
        byte[] signature = key.sign(SignedCheckpoint.message(treeSize, root, signedAt, previousTreeSize));
        return new SignedCheckpoint(treeSize, root, signedAt, key.keyId(), signature, previousTreeSize);
    }

    private void tick() {
        try {
            checkpointIfDue();
            lastProblem = null;
        } catch (LogDamagedException e) {
            // LogDamage logs the finding, once.
            lastProblem = null;
        } catch (RuntimeException e) {
            report(e, "No checkpoint now: " + e.getMessage());
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Each problem once, not every poll, until it clears. */
    private void report(RuntimeException e, String message) {
        if (!message.equals(lastProblem)) {
            lastProblem = message;
            LOG.warnf("%s (%s)", message, rootCause(e));
        }
    }
}
