package org.brigreen.trafficlight.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongConsumer;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.input.InvalidRequestException;
import org.brigreen.trafficlight.tlog.CompactRange;
import org.brigreen.trafficlight.tlog.LogHashes;
import org.brigreen.trafficlight.tlog.LogVerifier;
import org.brigreen.trafficlight.tlog.SignedCheckpoint;

/**
 * {@code POST /v1/audit/verify}: re-hashes a run of the stored log with {@link LogVerifier}, streaming the records
 * (with the columns copied from them) and the checkpoints of the run through two cursors of one snapshot, so that a
 * log of any size is checked in constant memory. A failure marks the log damaged ({@link LogDamage}); a run that holds
 * clears the damage a verification found in it.
 */
@ApplicationScoped
public class LogVerification {

    /** How many records are checked between two reports of progress. */
    static final int PROGRESS_EVERY = 1000;

    private final AuditStore store;
    private final AuditSigningKey key;
    private final Checkpointer checkpointer;
    private final LogDamage damage;

    public LogVerification(AuditStore store, AuditSigningKey key, Checkpointer checkpointer, LogDamage damage) {
        this.store = store;
        this.key = key;
        this.checkpointer = checkpointer;
        this.damage = damage;
    }

    /**
     * Verifies seq {@code from} to {@code to}.
     *
     * @param from by default 1
     * @param to by default the log's size, or the tree size of the latest checkpoint if larger (stored, or signed or
     *     read by this service): records removed from the end of the log are then found too
     */
    public VerificationReport verify(OptionalLong from, OptionalLong to) {
        return verify(from, to, checked -> { });
    }

    /**
     * Verifies seq {@code from} to {@code to} as {@link #verify(OptionalLong, OptionalLong)} does, telling
     * {@code progress} the number of records checked every {@value #PROGRESS_EVERY} records.
     */
    public VerificationReport verify(OptionalLong from, OptionalLong to, LongConsumer progress) {
        OptionalLong seen = checkpointer.latestSeen();
        VerificationReport report = store.read(connection -> {
            VerificationReport.Range range = range(connection, from, to, seen);
            if (range.to() < range.from()) {
                return new VerificationReport(true, 1, 0, 0, 0, null);
            }
            return verify(connection, range.from(), range.to(), seen, progress);
        });
        if (report.intact()) {
            damage.verified(report.from(), report.to());
        }
        return report;
    }

    /**
     * The range {@link #verify} would check, with its defaults filled in: seq 1 to 0 for an empty log.
     *
     * @throws InvalidRequestException naming {@code from} or {@code to} when the range is not in the log
     */
    public VerificationReport.Range range(OptionalLong from, OptionalLong to) {
        OptionalLong seen = checkpointer.latestSeen();
        return store.read(connection -> range(connection, from, to, seen));
    }

    private static VerificationReport.Range range(Connection connection, OptionalLong from, OptionalLong to,
            OptionalLong seen) throws SQLException {
        long end = Math.max(Math.max(AuditStore.logSize(connection), AuditStore.latestCheckpoint(connection)
                .map(SignedCheckpoint::treeSize).orElse(0L)), seen.orElse(0));
        if (end == 0 && from.isEmpty() && to.isEmpty()) {
            return new VerificationReport.Range(1, 0);
        }
        long first = from.orElse(1);
        long last = to.orElse(end);
        requireRange(first, last, end);
        return new VerificationReport.Range(first, last);
    }

    private VerificationReport verify(Connection connection, long from, long to, OptionalLong seen,
            LongConsumer progress) throws SQLException {
        Optional<byte[]> anchor = from == 1 ? Optional.of(LogHashes.GENESIS)
                : AuditStore.chainHashOf(connection, from - 1);
        if (anchor.isEmpty()) {
            return failed(from, to, 0, 0, new LogVerifier.Failure(from - 1,
                    LogVerifier.Reason.MISSING_SEQUENCE_NUMBER, "seq " + (from - 1) + " is missing: the chain of seq "
                            + from + " cannot be checked without it."));
        }
        // Without checkpoints in the run, the leaves before it are not needed.
        CompactRange preceding = from == 1 ? new CompactRange() : null;
        if (from > 1 && AuditStore.anyCheckpointBetween(connection, from, to)) {
            preceding = new CompactRange();
            Optional<LogVerifier.Failure> gap = precedingLeaves(connection, from - 1, preceding);
            if (gap.isPresent()) {
                return failed(from, to, 0, 0, gap.get());
            }
        }
        try (AuditStore.CheckpointCursor checkpoints = AuditStore.checkpointsBetween(connection, from, to)) {
            LogVerifier verifier = LogVerifier.from(from, anchor.get(), preceding,
                    AuditStore.checkpointBefore(connection, from), key.publicKey(), checkpoints);
            List<LogVerifier.Failure> failure = new ArrayList<>(1);
            AuditStore.entries(connection, from, to, true, (seq, record, entryHash, chainHash, copies) -> {
                verifier.accept(seq, record, entryHash, chainHash, copies).ifPresent(failure::add);
                if (verifier.records() % PROGRESS_EVERY == 0) {
                    progress.accept(verifier.records());
                }
                return failure.isEmpty();
            });
            if (failure.isEmpty()) {
                verifier.finish(to).ifPresent(failure::add);
            }
            if (failure.isEmpty()) {
                seenCheckpointGone(connection, from, to, seen).ifPresent(failure::add);
            }
            return failure.isEmpty()
                    ? new VerificationReport(true, from, to, verifier.records(), verifier.rootsChecked(), null)
                    : failed(from, to, verifier.records(), verifier.rootsChecked(), failure.get(0));
        }
    }

    /**
     * The latest checkpoint this service signed or read must still be stored: removed from the end of the chain, no
     * later checkpoint names it, and only this memory of it shows that it is gone.
     */
    private static Optional<LogVerifier.Failure> seenCheckpointGone(Connection connection, long from, long to,
            OptionalLong seen) throws SQLException {
        if (seen.isEmpty() || seen.getAsLong() < from || seen.getAsLong() > to
                || AuditStore.checkpointAt(connection, seen.getAsLong()).isPresent()) {
            return Optional.empty();
        }
        long treeSize = seen.getAsLong();
        return Optional.of(new LogVerifier.Failure(treeSize, LogVerifier.Reason.MISSING_CHECKPOINT, "the checkpoint "
                + "of tree size " + treeSize + " is missing: this service signed or read it, and it is gone."));
    }

    /** The entry hashes before the run, which the roots of the checkpoints in the run need. */
    private static Optional<LogVerifier.Failure> precedingLeaves(Connection connection, long size, CompactRange into)
            throws SQLException {
        AuditStore.leaves(connection, 1, size, (seq, entryHash, chainHash) -> {
            if (seq != into.size() + 1) {
                return false;
            }
            into.append(entryHash);
            return true;
        });
        if (into.size() == size) {
            return Optional.empty();
        }
        long missing = into.size() + 1;
        return Optional.of(new LogVerifier.Failure(missing, LogVerifier.Reason.MISSING_SEQUENCE_NUMBER, "seq "
                + missing + " is missing: the roots of the checkpoints in the range cannot be recomputed without it."));
    }

    private VerificationReport failed(long from, long to, long records, long checkpoints,
            LogVerifier.Failure failure) {
        damage.foundByVerification(failure);
        return new VerificationReport(false, from, to, records, checkpoints, VerificationReport.Failure.of(failure));
    }

    private static void requireRange(long from, long to, long end) {
        List<FieldError> errors = new ArrayList<>();
        if (from > end) {
            errors.add(new FieldError("from", "must not exceed the log's last sequence number, " + end));
        }
        if (to > end) {
            errors.add(new FieldError("to", "must not exceed the log's last sequence number, " + end));
        }
        if (from > to && errors.isEmpty()) {
            errors.add(new FieldError("from", "must not exceed to, " + to));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The range to verify is not in the log.", errors);
        }
    }
}
