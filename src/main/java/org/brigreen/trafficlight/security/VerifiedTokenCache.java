package org.brigreen.trafficlight.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a bearer token once, not on every request: a lender screening loans inline sends the same token many times,
 * and checking its RS256 signature and reading its claims was a fifth of the cost of a classification. A token is the
 * exact text the identity provider signed, so the same text verifies the same way; a verified token is kept until it
 * expires (with the configured clock skew), and at most a minute, so that time-based checks and a rotated key take
 * effect within that minute. A token that fails verification, or whose claims have shapes the service cannot read
 * ({@link ClaimShapes}), is never kept. The cache holds at most
 * {@value #MAX_TOKENS} tokens and starts afresh when full.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache extends DefaultJWTParser {

    static final int MAX_TOKENS = 10_000;
    private static final long REVERIFY_AFTER_MILLIS = Duration.ofMinutes(1).toMillis();

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final long clockSkewMillis;

    VerifiedTokenCache(JWTAuthContextInfo authContextInfo) {
        super(authContextInfo);
        this.clockSkewMillis = Duration.ofSeconds(authContextInfo.getClockSkew()).toMillis();
    }

    /** A verified token, its organisation, and until when it may be used without verifying it again. */
    private record Verified(JsonWebToken token, Optional<String> org, long usableUntilMillis) {
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = System.currentTimeMillis();
        Verified known = verified.get(token);
        if (known != null && now < known.usableUntilMillis()) {
            return known.token();
        }
        // Before the JWT library reads the claims: some shapes make it fail with an unchecked exception (a 500).
        Optional<String> org = ClaimShapes.check(token);
        JsonWebToken parsed = super.parse(token);
        remember(token, parsed, org, now);
        return parsed;
    }

    private void remember(String token, JsonWebToken parsed, Optional<String> org, long now) {
        if (verified.size() >= MAX_TOKENS) {
            verified.clear();
        }
        verified.put(token, new Verified(parsed, org, Math.min(expiryMillis(parsed), now + REVERIFY_AFTER_MILLIS)));
    }

    /** When {@code parsed} expires, with the clock skew, in milliseconds. */
    private long expiryMillis(JsonWebToken parsed) {
        long seconds = parsed.getExpirationTime();
        // A token may claim to expire at the end of time, past what milliseconds can count.
        long millis = seconds > Long.MAX_VALUE / 1000 ? Long.MAX_VALUE : seconds * 1000;
        return millis > Long.MAX_VALUE - clockSkewMillis ? Long.MAX_VALUE : millis + clockSkewMillis;
    }

    /** Whether {@code token} was verified and may still be used without verifying it again. */
    public boolean isVerified(String token) {
        Verified known = verified.get(token);
        return known != null && System.currentTimeMillis() < known.usableUntilMillis();
    }

    /**
     * The organisation {@code token} names ({@link Callers#ORG_CLAIM}), as read when it was verified: reading a claim
     * the JWT library does not know by name costs it an exception, every time.
     */
    Optional<String> organisation(JsonWebToken token) {
        Verified known = verified.get(token.getRawToken());
        return known != null && known.token() == token ? known.org() : Callers.orgClaim(token);
    }
}
