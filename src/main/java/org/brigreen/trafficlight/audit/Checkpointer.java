package org.brigreen.trafficlight.audit;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.brigreen.trafficlight.decisionlog.LogHashes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Signs a checkpoint of the decision log every {@value #RECORDS_PROPERTY} records or {@value #INTERVAL_PROPERTY},
 * whichever comes first, and never when nothing new was logged. Several instances may run against one database: each
 * decides from the checkpoints stored, and only the first checkpoint of a tree size is kept.
 * <p>
 * The tree head is computed incrementally: this instance keeps the compact range of the entry hashes it has hashed so
 * far (O(log n) hashes) and the chain head, and reads only the records appended since, checking on the way that their
 * sequence numbers are gapless and their chain holds. A log that does not hold together is never signed.
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
    private final long recordsPerCheckpoint;
    private final Duration interval;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "audit-checkpointer");
        thread.setDaemon(true);
        return thread;
    });
    /** The entry hashes of seq 1 to tree.size(), as hashed so far: only ever extended. */
    private final CompactRange tree = new CompactRange();
    private byte[] chainHead = LogHashes.GENESIS;
    private String lastProblem;

    Checkpointer(AuditStore store, AuditSigningKey key,
            @ConfigProperty(name = RECORDS_PROPERTY, defaultValue = "1000") long recordsPerCheckpoint,
            @ConfigProperty(name = INTERVAL_PROPERTY, defaultValue = "10s") Duration interval) {
        this.store = store;
        this.key = key;
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
     * Signs a checkpoint of the log as it is now if one is due: {@value #RECORDS_PROPERTY} records since the latest
     * checkpoint, or {@value #INTERVAL_PROPERTY} since it was signed, and at least one new record.
     *
     * @return the checkpoint stored for the log's size, if one was due
     */
    public synchronized Optional<SignedCheckpoint> checkpointIfDue() {
        return checkpoint(false);
    }

    /**
     * Makes sure that a checkpoint covers the log as it is now: signs one unless the latest already does.
     *
     * @return the latest checkpoint, which covers the whole log; empty while the log is empty
     * @throws LogDamagedException when the log does not hold together
     */
    public synchronized Optional<SignedCheckpoint> checkpointNow() {
        return checkpoint(true);
    }

    /** Whether a checkpoint is due, given what is new since the latest one. */
    static boolean isDue(long newRecords, Optional<Instant> latestSignedAt, Instant now, long recordsPerCheckpoint,
            Duration interval) {
        return newRecords > 0 && (newRecords >= recordsPerCheckpoint || latestSignedAt.isEmpty()
                || !latestSignedAt.get().plus(interval).isAfter(now));
    }

    /** The log's size and its latest checkpoint, read together. */
    private record Head(long size, Optional<SignedCheckpoint> latest) {

        long covered() {
            return latest.map(SignedCheckpoint::treeSize).orElse(0L);
        }
    }

    private Optional<SignedCheckpoint> checkpoint(boolean regardlessOfSchedule) {
        Head head = store.read(connection -> new Head(AuditStore.logSize(connection),
                AuditStore.latestCheckpoint(connection)));
        long newRecords = Math.max(0, head.size() - head.covered());
        if (newRecords == 0) {
            return regardlessOfSchedule ? head.latest() : Optional.empty();
        }
        if (!regardlessOfSchedule && !isDue(newRecords,
                head.latest().map(SignedCheckpoint::signedAt), Instant.now(), recordsPerCheckpoint, interval)) {
            return Optional.empty();
        }
        return Optional.of(keep(sign(head.size(), rootAt(head.size()))));
    }

    private SignedCheckpoint sign(long treeSize, byte[] root) {
        Instant signedAt = SignedCheckpoint.signingTime(Instant.now());
        byte[] signature = key.sign(SignedCheckpoint.message(treeSize, root, signedAt));
        return new SignedCheckpoint(treeSize, root, signedAt, key.keyId(), signature);
    }

    /** Stores the checkpoint unless another instance stored one of its tree size first; returns the one stored. */
    private SignedCheckpoint keep(SignedCheckpoint signed) {
        store.insert(signed);
        SignedCheckpoint stored = store.read(connection -> AuditStore.checkpointAt(connection, signed.treeSize()))
                .orElseThrow(() -> new IllegalStateException("the checkpoint of " + signed.treeSize() + " is gone"));
        if (!MessageDigest.isEqual(stored.rootHash(), signed.rootHash())) {
            LOG.errorf("The checkpoint of tree size %d has the root %s, but this instance computes %s: the log "
                    + "differs between instances", stored.treeSize(), HashText.encode(stored.rootHash()),
                    HashText.encode(signed.rootHash()));
        }
        return stored;
    }

    /** Extends the tree to {@code size} records, reading only those not hashed yet. */
    private byte[] rootAt(long size) {
        if (tree.size() > size) {
            throw new LogDamagedException(new LogVerifier.Failure(size + 1, LogVerifier.Reason.MISSING_SEQUENCE_NUMBER,
                    "the log ends at seq " + size + ", but seq " + tree.size() + " was read before."));
        }
        store.read(connection -> {
            AuditStore.leaves(connection, tree.size() + 1, size, this::extend);
            return null;
        });
        if (tree.size() != size) {
            throw new LogDamagedException(new LogVerifier.Failure(tree.size() + 1,
                    LogVerifier.Reason.MISSING_SEQUENCE_NUMBER, "seq " + (tree.size() + 1) + " is missing."));
        }
        return tree.root();
    }

    private boolean extend(long seq, byte[] entryHash, byte[] chainHash) {
        long expected = tree.size() + 1;
        if (seq != expected) {
            throw new LogDamagedException(new LogVerifier.Failure(expected, LogVerifier.Reason.MISSING_SEQUENCE_NUMBER,
                    "seq " + expected + " is missing: the log jumps to seq " + seq + "."));
        }
        if (!MessageDigest.isEqual(LogHashes.chainHash(chainHead, entryHash), chainHash)) {
            throw new LogDamagedException(new LogVerifier.Failure(seq, LogVerifier.Reason.CHAIN_BREAK,
                    "its chain hash does not follow from seq " + (seq - 1) + " and its entry hash."));
        }
        tree.append(entryHash);
        chainHead = chainHash;
        return true;
    }

    private void tick() {
        try {
            checkpointIfDue();
            lastProblem = null;
        } catch (LogDamagedException e) {
            report(e, "No checkpoint is signed: " + e.getMessage() + " POST /v1/audit/verify names the first damage.");
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
            if (e instanceof LogDamagedException) {
                LOG.error(message);
            } else {
                LOG.warnf("%s (%s)", message, rootCause(e));
            }
        }
    }
}
