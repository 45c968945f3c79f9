package org.brigreen.trafficlight.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.brigreen.trafficlight.tlog.LogVerifier;
import org.jboss.logging.Logger;

/**
 * Whether this instance knows the decision log to be damaged, and where: found by the checkpointer before it signs,
 * or by a verification. While it is, no checkpoint is signed and no proof is given; {@code /q/health} shows it DOWN
 * (a wellness check: readiness and liveness are not affected, since decisions are still recorded) and the gauge
 * {@code traffic_light_audit_log_damaged} is 1. Each finding is logged once.
 * <p>
 * It clears as it was found: the checkpointer's finding when its next pass (every poll) holds again, from the last
 * point it verified; a verification's finding when a verification of a range that holds it passes.
 */
@ApplicationScoped
public class LogDamage {

    private static final Logger LOG = Logger.getLogger(LogDamage.class);

    private final AtomicReference<LogVerifier.Failure> foundBeforeSigning = new AtomicReference<>();
    private final AtomicReference<LogVerifier.Failure> foundByVerification = new AtomicReference<>();

    LogDamage(MeterRegistry registry) {
        Gauge.builder("traffic_light.audit.log.damaged", this, damage -> damage.current().isPresent() ? 1 : 0)
                .description("1 while the decision log is known to be damaged (no checkpoint is signed, no proof "
                        + "given), else 0")
                .register(registry);
    }

    /** The damage known, if any: the checkpointer's finding first. */
    public Optional<LogVerifier.Failure> current() {
        return Optional.ofNullable(foundBeforeSigning.get()).or(() -> Optional.ofNullable(foundByVerification.get()));
    }

    /** Who found the damage known, in words. */
    String foundBy() {
        return foundBeforeSigning.get() != null ? "the checkpointer, before signing" : "a verification";
    }

    void foundBeforeSigning(LogVerifier.Failure failure) {
        found(foundBeforeSigning, failure, "No checkpoint is signed until it holds together again");
    }

    void holdsBeforeSigning() {
        cleared(foundBeforeSigning, "the checkpointer finds it whole again from where it last verified it");
    }

    void foundByVerification(LogVerifier.Failure failure) {
        found(foundByVerification, failure, "A verification found it");
    }

    /** A verification of seq {@code from} to {@code to} held: the damage it found there before is gone. */
    void verified(long from, long to) {
        LogVerifier.Failure known = foundByVerification.get();
        if (known != null && known.seq() >= from && known.seq() <= to) {
            cleared(foundByVerification, "a verification of seq " + from + " to " + to + " holds");
        }
    }

    private static void found(AtomicReference<LogVerifier.Failure> holder, LogVerifier.Failure failure,
            String consequence) {
        if (!failure.equals(holder.getAndSet(failure))) {
            LOG.errorf("The decision log is damaged at seq %d (%s): %s %s; no proof is given meanwhile. POST "
                    + "/v1/audit/verify names the first damage.", failure.seq(), failure.reason().words(),
                    failure.detail(), consequence);
        }
    }

    private static void cleared(AtomicReference<LogVerifier.Failure> holder, String why) {
        LogVerifier.Failure was = holder.getAndSet(null);
        if (was != null) {
            LOG.infof("The damage found at seq %d (%s) is gone: %s.", was.seq(), was.reason().words(), why);
        }
    }
}
