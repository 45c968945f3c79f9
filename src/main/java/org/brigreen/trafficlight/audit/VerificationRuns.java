package org.brigreen.trafficlight.audit;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Verifications of the stored log run in the background ({@code POST /v1/audit/verifications}, the regulator's
 * integrity page): the range is checked when the run is asked for, so that a bad range is refused at once; the run
 * itself is {@link LogVerification} on a managed thread, its progress written every
 * {@value LogVerification#PROGRESS_EVERY} records, its outcome kept in the database (V11), so that any instance can
 * show it and the last verification survives a restart. What it finds marks the log damaged or clears it exactly as
 * {@code POST /v1/audit/verify} does.
 */
@ApplicationScoped
public class VerificationRuns {

    private static final Logger LOG = Logger.getLogger(VerificationRuns.class);

    private final LogVerification verification;
    private final VerificationRunStore store;
    private final ManagedExecutor executor;

    VerificationRuns(LogVerification verification, VerificationRunStore store, ManagedExecutor executor) {
        this.verification = verification;
        this.store = store;
        this.executor = executor;
    }

    /** A run still marked running whose instance stopped will never finish: it is marked interrupted at start. */
    void interruptStopped(@Observes StartupEvent start) {
        Instant now = Instant.now();
        int stopped = store.interruptSilent(now.minus(VerificationRunStore.SILENCE),
                "the instance that ran it stopped before it finished", now);
        if (stopped > 0) {
            LOG.warnf("%d verification(s) of the log stopped with their instance; they are marked interrupted.",
                    stopped);
        }
    }

    /**
     * Starts verifying seq {@code from} to {@code to} (by default the whole log, as {@link LogVerification#verify}).
     *
     * @param by who asked for it
     * @return the run, as it is when started
     * @throws org.brigreen.trafficlight.input.InvalidRequestException naming from or to when the range is not in the
     *     log
     */
    public VerificationRun start(OptionalLong from, OptionalLong to, String by) {
        VerificationReport.Range range = verification.range(from, to);
        UUID id = UUID.randomUUID();
        store.started(id, range, by, Instant.now());
        executor.execute(() -> run(id, range));
        return find(id).orElseThrow();
    }

    public Optional<VerificationRun> find(UUID id) {
        return store.find(id);
    }

    /** The latest {@code limit} runs, newest first. */
    public List<VerificationRun> latest(int limit) {
        return store.latest(limit);
    }

    private void run(UUID id, VerificationReport.Range range) {
        try {
            // An empty log has nothing to verify: it holds.
            VerificationReport report = range.to() < range.from() ? new VerificationReport(true, 1, 0, 0, 0, null)
                    : verification.verify(OptionalLong.of(range.from()),
                    OptionalLong.of(range.to()), checked -> store.progressed(id, checked, Instant.now()));
            store.finished(id, report, Instant.now());
        } catch (RuntimeException e) {
            LOG.errorf(e, "The verification %s of seq %d to %d could not finish", id, range.from(), range.to());
            store.interrupted(id, "it could not finish: " + e.getMessage(), Instant.now());
        }
    }
}
