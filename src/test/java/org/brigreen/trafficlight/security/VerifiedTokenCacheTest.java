package org.brigreen.trafficlight.security;

import com.github.benmanes.caffeine.cache.Ticker;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.util.KeyUtils;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A verified token is verified once, but never used past its expiry nor for more than a minute, a refused token is never
 * kept, and the cache is bounded.
 */
class VerifiedTokenCacheTest {

    private final VerifiedTokenCache parser = new VerifiedTokenCache(contextWithoutClockSkew());

    @Test
    void aTokenSeenBeforeIsNotVerifiedAgain() throws Exception {
        String token = Tokens.lender("acme-bank");
        JsonWebToken first = parser.parse(token);
        assertSame(first, parser.parse(token));
        assertEquals("acme-bank", first.getClaim(Callers.ORG_CLAIM).toString());
    }

    @Test
    void theOrganisationOfAVerifiedTokenIsTheOneItNames() throws Exception {
        JsonWebToken kept = parser.parse(Tokens.lender("acme-bank"));
        JsonWebToken elsewhere = new VerifiedTokenCache(contextWithoutClockSkew()).parse(Tokens.lender("beta-bank"));
        JsonWebToken regulator = parser.parse(Tokens.regulator());
        assertEquals(Optional.of("acme-bank"), parser.organisation(kept));
        assertEquals(Optional.of("beta-bank"), parser.organisation(elsewhere));
        assertEquals(Optional.empty(), parser.organisation(regulator));
    }

    @Test
    void aKnownTokenIsRefusedOnceItHasExpired() throws Exception {
        String token = Tokens.sign(Tokens.claims(Roles.LENDER, "acme-bank").expiresAt(Instant.now().plusSeconds(2)));
        parser.parse(token);
        Thread.sleep(2_500);
        assertThrows(ParseException.class, () -> parser.parse(token));
    }

    @Test
    void aTamperedTokenIsRefusedEveryTime() throws Exception {
        String token = Tokens.lender("acme-bank");
        parser.parse(token);
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThrows(ParseException.class, () -> parser.parse(tampered));
        assertThrows(ParseException.class, () -> parser.parse(tampered));
    }

    @Test
    void aKeptTokenLeavesTheCacheAtItsOwnExpiry() throws Exception {
        FakeTicker ticker = new FakeTicker();
        VerifiedTokenCache cache = new VerifiedTokenCache(contextWithoutClockSkew(), ticker, 100);
        String soon = Tokens.sign(Tokens.claims(Roles.LENDER, "acme-bank").expiresAt(Instant.now().plusSeconds(30)));
        String later = Tokens.sign(Tokens.claims(Roles.LENDER, "acme-bank").expiresAt(Instant.now().plusSeconds(50)));
        cache.parse(soon);
        cache.parse(later);

        ticker.advance(Duration.ofSeconds(40));

        assertFalse(cache.isVerified(soon), "kept past its expiry");
        assertTrue(cache.isVerified(later), "a token left the cache before its own expiry");
    }

    @Test
    void aKeptTokenIsVerifiedAgainAfterAMinuteHoweverLongItLasts() throws Exception {
        FakeTicker ticker = new FakeTicker();
        VerifiedTokenCache cache = new VerifiedTokenCache(contextWithoutClockSkew(), ticker, 100);
        String token = Tokens.sign(Tokens.claims(Roles.LENDER, "acme-bank").expiresAt(Instant.now().plusSeconds(3600)));
        JsonWebToken first = cache.parse(token);

        ticker.advance(Duration.ofSeconds(59));
        assertSame(first, cache.parse(token));
        ticker.advance(Duration.ofSeconds(2));

        assertFalse(cache.isVerified(token));
        assertNotSame(first, cache.parse(token), "not verified again");
    }

    @Test
    void theCacheHoldsNoMoreThanItsBoundAndKeepsGoing() throws Exception {
        VerifiedTokenCache cache = new VerifiedTokenCache(contextWithoutClockSkew(), new FakeTicker(), 5);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tokens.add(Tokens.lender("bank-" + i));
        }
        for (String token : tokens) {
            cache.parse(token);
        }
        assertEquals(5, cache.size());
        assertEquals("bank-19", cache.parse(tokens.get(19)).getClaim(Callers.ORG_CLAIM).toString());
    }

    /** Caffeine's time, moved by the test. */
    private static final class FakeTicker implements Ticker {

        private final AtomicLong nanos = new AtomicLong();

        @Override
        public long read() {
            return nanos.get();
        }

        void advance(Duration duration) {
            nanos.addAndGet(duration.toNanos());
        }
    }

    private static JWTAuthContextInfo contextWithoutClockSkew() {
        try {
            JWTAuthContextInfo context = new JWTAuthContextInfo(
                    KeyUtils.readPublicKey("dev/dev-only-jwt-public-key.pem"), TokenConfigurationCheck.DEV_ISSUER);
            context.setClockSkew(0);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException("the dev-only public key cannot be read", e);
        }
    }
}
