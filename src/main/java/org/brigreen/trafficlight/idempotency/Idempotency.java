package org.brigreen.trafficlight.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.function.Supplier;
import org.brigreen.trafficlight.classification.Decision;
import org.brigreen.trafficlight.classification.DecisionLog;
import org.brigreen.trafficlight.http.FieldError;
import org.brigreen.trafficlight.http.InvalidRequestException;
import org.jboss.logging.Logger;

/**
 * Makes a classification idempotent under the caller's {@code Idempotency-Key} (IETF httpapi draft): a retry with
 * the same key and request gets the decision of the first request, and no second decision is recorded.
 */
@ApplicationScoped
public class Idempotency {

    /** The request header. */
    public static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY_LENGTH = 255;
    private static final Logger LOG = Logger.getLogger(Idempotency.class);

    private final IdempotencyKeys keys;
    private final DecisionLog decisionLog;

    public Idempotency(IdempotencyKeys keys, DecisionLog decisionLog) {
        this.keys = keys;
        this.decisionLog = decisionLog;
    }

    /**
     * The decision for this request: made by {@code classify} when there is no key or the key is new, else the one
     * made for the key's first request.
     *
     * @param org         the caller's organisation: keys are scoped to it
     * @param header      the Idempotency-Key header as sent, or null
     * @param requestHash {@link #requestHash} of the request
     * @throws IdempotencyKeyException when the key's first request is in flight, or the key was used for another
     */
    public Decision once(String org, String header, byte[] requestHash, Supplier<Decision> classify) {
        if (header == null) {
            return classify.get();
        }
        String key = key(header);
        IdempotencyKeys.Claim claim = keys.claim(org, key, requestHash);
        if (claim instanceof IdempotencyKeys.Answered answered) {
            return decisionLog.find(answered.decisionId()).orElseThrow(
                    () -> new IllegalStateException("idempotency key of a decision that is not in the log"));
        }
        if (claim instanceof IdempotencyKeys.InFlight) {
            throw IdempotencyKeyException.inFlight();
        }
        if (claim instanceof IdempotencyKeys.Reused) {
            throw IdempotencyKeyException.reused();
        }
        return classifyClaimed(org, key, classify);
    }

    /** SHA-256 of what decides the answer: the pinned rule set and version, and the body. */
    public static byte[] requestHash(String ruleSet, String version, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(String.valueOf(ruleSet).getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(String.valueOf(version).getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return sha256.digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private Decision classifyClaimed(String org, String key, Supplier<Decision> classify) {
        Decision decision;
        try {
            decision = classify.get();
        } catch (RuntimeException e) {
            keys.release(org, key);
            throw e;
        }
        try {
            keys.complete(org, key, decision.id());
        } catch (RuntimeException e) {
            // The decision is recorded and is answered; only a retry with this key may classify again.
            LOG.warnf("Idempotency key of decision %s not completed: %s", decision.id(), e.getMessage());
        }
        return decision;
    }

    /** The key: a structured-field string (quoted, as the draft sends it) or the bare text. */
    static String key(String header) {
        String key = header.length() >= 2 && header.startsWith("\"") && header.endsWith("\"")
                ? header.substring(1, header.length() - 1) : header;
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw new InvalidRequestException("The Idempotency-Key header is invalid.", List.of(new FieldError(
                    HEADER, "must be 1 to " + MAX_KEY_LENGTH + " printable ASCII characters")));
        }
        return key;
    }
}
