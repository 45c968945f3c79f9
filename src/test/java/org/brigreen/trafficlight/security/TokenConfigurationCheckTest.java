package org.brigreen.trafficlight.security;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The packaged service starts only with a real issuer and key. */
class TokenConfigurationCheckTest {

    private static final Optional<String> NONE = Optional.empty();

    @Test
    void anIssuerAndAKeyLocationOrKeyAreEnough() {
        assertEquals(NONE, TokenConfigurationCheck.problem(Optional.of("https://id.example"),
                Optional.of("https://id.example/jwks"), NONE));
        assertEquals(NONE, TokenConfigurationCheck.problem(Optional.of("https://id.example"), NONE,
                Optional.of("MIIBIjAN…")));
    }

    @Test
    void noIssuerOrNoKeyStopsTheStart() {
        Optional<String> notConfigured = Optional.of(TokenConfigurationCheck.NOT_CONFIGURED);
        assertEquals(notConfigured, TokenConfigurationCheck.problem(NONE, Optional.of("key.pem"), NONE));
        assertEquals(notConfigured, TokenConfigurationCheck.problem(Optional.of("https://id.example"), NONE, NONE));
    }

    @Test
    void theDevOnlyIssuerOrKeyStopsTheStart() {
        Optional<String> devKey = Optional.of(TokenConfigurationCheck.DEV_KEY);
        assertEquals(devKey, TokenConfigurationCheck.problem(Optional.of("https://id.example"),
                Optional.of("dev/dev-only-jwt-public-key.pem"), NONE));
        assertEquals(devKey, TokenConfigurationCheck.problem(Optional.of(TokenConfigurationCheck.DEV_ISSUER),
                Optional.of("https://id.example/jwks"), NONE));
    }
}
