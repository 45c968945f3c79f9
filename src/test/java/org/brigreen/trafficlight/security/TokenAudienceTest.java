package org.brigreen.trafficlight.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import static org.hamcrest.Matchers.equalTo;

/** With an audience configured, a token is accepted only when it is meant for this service. */
@QuarkusTest
@TestProfile(TokenAudienceTest.Audience.class)
class TokenAudienceTest {

    static final String AUDIENCE = "https://traffic-light.example/api";

    /** The service is the audience {@value #AUDIENCE}. */
    public static class Audience implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.audiences", AUDIENCE);
        }
    }

    @Test
    void aTokenForThisServiceIsAccepted() {
        read(Tokens.sign(Tokens.claims(Roles.REGULATOR, null).audience(AUDIENCE))).statusCode(200);
        read(Tokens.sign(Tokens.claims(Roles.REGULATOR, null).audience(Set.of(AUDIENCE, "https://other.example"))))
                .statusCode(200);
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
        assertRefused(read(Tokens.sign(Tokens.claims(Roles.REGULATOR, null).audience("https://other.example"))));
    }

    @Test
    void aTokenWithoutAudienceIs401() {
        assertRefused(read(Tokens.regulator()));
    }

    private static ValidatableResponse read(String token) {
        return Api.as(token).when().get("/v1/rulesets").then();
    }

    private static void assertRefused(ValidatableResponse response) {
        response.statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthorized"))
                .body("detail", equalTo("The bearer token is not valid."));
    }
}
