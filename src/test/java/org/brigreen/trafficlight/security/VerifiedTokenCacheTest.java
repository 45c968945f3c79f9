package org.brigreen.trafficlight.security;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.util.KeyUtils;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A verified token is verified once, but never used past its expiry, and a refused token is never kept. */
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
