package org.brigreen.trafficlight.classification;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.brigreen.trafficlight.decision.DecisionLog;
import org.brigreen.trafficlight.decision.DecisionLogUnavailableException;
import org.brigreen.trafficlight.decision.KeyClaim;
import org.brigreen.trafficlight.decision.KeyClaimLostException;
import org.brigreen.trafficlight.decision.RecordedDecision;
import org.brigreen.trafficlight.idempotency.IdempotencyKeyException;
import org.brigreen.trafficlight.idempotency.IdempotencyKeys;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Makes a classification idempotent under the caller's {@code Idempotency-Key} (IETF httpapi draft): a retry with
 * the same key and request gets the decision of the first request, and no second decision is recorded. The key's
 * answer is committed with the decision, in one transaction, so that a retry after a crash finds the decision that
 * was committed, or none. The key table is read and written on worker threads; no thread waits for the decision.
 */
@ApplicationScoped
class Idempotency {

    private static final Logger LOG = Logger.getLogger(Idempotency.class);

    private final IdempotencyKeys keys;
    private final DecisionLog decisionLog;
    private final ManagedExecutor blocking;

    Idempotency(IdempotencyKeys keys, DecisionLog decisionLog, ManagedExecutor blocking) {
        this.keys = keys;
        this.decisionLog = decisionLog;
        this.blocking = blocking;
    }

    /**
     * The decision for a request with an Idempotency-Key: made by {@code classify} when the key is new, else the one
     * made for the key's first request. It fails with {@link IdempotencyKeyException} when the key's first request
     * is in flight (or the key was claimed again while this request was served), or the key was used for another
     * request.
     *
     * @param org         the caller's organisation: keys are scoped to it
     * @param header      the Idempotency-Key header as sent
     * @param requestHash {@link #requestHash} of the request
     * @param classify    makes the decision and records it with the claim of its key
     * @throws org.brigreen.trafficlight.input.InvalidRequestException when the key is malformed
     */
    CompletableFuture<RecordedDecision> once(String org, String header, byte[] requestHash,
            Function<KeyClaim, CompletableFuture<RecordedDecision>> classify) {
        String key = IdempotencyKeys.key(header);
        return CompletableFuture.supplyAsync(() -> keys.claim(org, key, requestHash), blocking)
                .thenCompose(claim -> {
                    if (claim instanceof IdempotencyKeys.Claimed claimed) {
                        return classifyClaimed(claimed.claim(), classify);
                    }
                    if (claim instanceof IdempotencyKeys.Answered answered) {
                        return CompletableFuture.supplyAsync(() -> answer(org, key, answered.decisionId()), blocking);
                    }
                    return CompletableFuture.failedFuture(claim instanceof IdempotencyKeys.InFlight
                            ? IdempotencyKeyException.inFlight() : IdempotencyKeyException.reused());
                });
    }

    /**
     * The decision a key was answered with, which must be in the log and the caller's own. The key table is
     * bookkeeping outside the hash chain: a key edited to name another decision must not hand out another
     * organisation's.
     */
    private RecordedDecision answer(String org, String key, UUID decisionId) {
        return decisionLog.find(decisionId)
                .filter(recorded -> recorded.decision().caller() != null
                        && Objects.equals(org, recorded.decision().caller().org()))
                .orElseThrow(() -> {
                    LOG.errorf("The Idempotency-Key %s of %s names decision %s, which is not one of its decisions in "
                            + "the log: the key table was changed", key, org, decisionId);
                    return new DecisionLogUnavailableException("The decision this Idempotency-Key was answered with "
                            + "cannot be given; an operator has been alerted.", null);
                });
    }

    /** SHA-256 of what decides the answer: the pinned rule set and version, and the body. */
    static byte[] requestHash(String ruleSet, String version, byte[] body) {
        return IdempotencyKeys.requestHash(Arrays.asList(ruleSet, version), body);
    }

    /** The decision, recorded with the key's answer; the key given up when none is recorded. */
    private CompletableFuture<RecordedDecision> classifyClaimed(KeyClaim claim,
            Function<KeyClaim, CompletableFuture<RecordedDecision>> classify) {
        CompletableFuture<RecordedDecision> decision;
        try {
            decision = classify.apply(claim);
        } catch (RuntimeException e) {
            decision = CompletableFuture.failedFuture(e);
        }
        return decision.exceptionallyCompose(failure -> CompletableFuture.runAsync(() -> keys.release(claim), blocking)
                .thenCompose(released -> CompletableFuture.failedFuture(givenUp(failure))));
    }

    /** Why a claimed key's request failed, for its caller: another request holds the key now, whose answer a retry gets. */
    private static Throwable givenUp(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause instanceof KeyClaimLostException ? IdempotencyKeyException.inFlight() : cause;
    }
}
