package org.brigreen.trafficlight.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a bearer token once, not on every request: a lender screening loans inline sends the same token many times,
 * and checking its RS256 signature and reading its claims was a fifth of the cost of a classification. A token is the
 * exact text the identity provider signed, so the same text verifies the same way; a verified token is kept until it
 * expires (with the configured clock skew), and at most a minute, so that time-based checks and a rotated key take
 * effect within that minute. A token that fails verification, or whose claims have shapes the service cannot read
 * ({@link ClaimShapes}), is never kept. The cache (Caffeine) expires each token at its own time and holds at most
 * {@value #MAX_TOKENS}, evicting those least likely to be used again, so that a flood of new tokens never empties it
 * of the ones in use.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache extends DefaultJWTParser {

    static final int MAX_TOKENS = 10_000;
    private static final Duration REVERIFY_AFTER = Duration.ofMinutes(1);

    private final Cache<String, Verified> verified;
    private final long clockSkewMillis;

    @Inject
    VerifiedTokenCache(JWTAuthContextInfo authContextInfo) {
        this(authContextInfo, Ticker.systemTicker(), MAX_TOKENS);
    }

    /** A cache that tells time by {@code ticker} and keeps at most {@code maxTokens}. */
    VerifiedTokenCache(JWTAuthContextInfo authContextInfo, Ticker ticker, int maxTokens) {
        super(authContextInfo);
        this.clockSkewMillis = Duration.ofSeconds(authContextInfo.getClockSkew()).toMillis();
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxTokens)
                .expireAfter(Expiry.creating((String token, Verified kept) -> kept.usableFor()))
                .ticker(ticker)
                // Eviction and expiry are done by the thread that adds a token, not later on the common pool.
                .executor(Runnable::run)
                .build();
    }

    /** A verified token, its organisation, and how long it may be used without verifying it again. */
    private record Verified(JsonWebToken token, Optional<String> org, Duration usableFor) {
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Verified known = verified.getIfPresent(token);
        if (known != null) {
            return known.token();
        }
        // Before the JWT library reads the claims: some shapes make it fail with an unchecked exception (a 500).
        Optional<String> org = ClaimShapes.check(token);
        JsonWebToken parsed = super.parse(token);
        verified.put(token, new Verified(parsed, org, usableFor(parsed)));
        return parsed;
    }

    /** Until it expires, with the clock skew, and at most {@link #REVERIFY_AFTER}. */
    private Duration usableFor(JsonWebToken parsed) {
        long seconds = parsed.getExpirationTime();
        // A token may claim to expire at the end of time, past what milliseconds can count.
        long expiryMillis = seconds > Long.MAX_VALUE / 1000 ? Long.MAX_VALUE : seconds * 1000;
        long untilMillis = expiryMillis > Long.MAX_VALUE - clockSkewMillis ? Long.MAX_VALUE
                : expiryMillis + clockSkewMillis;
        long leftMillis = untilMillis - System.currentTimeMillis();
        return leftMillis <= 0 ? Duration.ZERO : Duration.ofMillis(Math.min(leftMillis, REVERIFY_AFTER.toMillis()));
    }

    /** Whether {@code token} was verified and may still be used without verifying it again. */
    public boolean isVerified(String token) {
        return verified.getIfPresent(token) != null;
    }

    /**
     * The organisation {@code token} names ({@link Callers#ORG_CLAIM}), as read when it was verified: reading a claim
     * the JWT library does not know by name costs it an exception, every time.
     */
    Optional<String> organisation(JsonWebToken token) {
        Verified known = verified.getIfPresent(token.getRawToken());
        return known != null && known.token() == token ? known.org() : Callers.orgClaim(token);
    }

    /** How many tokens are kept, once pending evictions are done. */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }
}
