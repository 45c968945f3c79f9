package org.brigreen.trafficlight.signin;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.brigreen.trafficlight.security.Tokens;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A service without an identity provider for its pages says so on them, and serves its API as before. */
@QuarkusTest
@TestProfile(SignInNotConfiguredTest.NoProvider.class)
class SignInNotConfiguredTest {

    public static class NoProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(SignInConfigSourceFactory.ENABLED, "false");
        }
    }

    @Test
    void thePagesAnswerThatSignInIsNotConfiguredAndTheApiAndTheFrontPageWork() {
        given().get("/app/self-check").then().statusCode(503).contentType("application/problem+json")
                .body("type", containsString("sign-in-not-configured"))
                .body("detail", containsString("QUARKUS_OIDC_AUTH_SERVER_URL"));
        given().get("/").then().statusCode(200);
        given().auth().oauth2(Tokens.regulator()).get("/v1/rulesets").then().statusCode(200)
                .body("rulesets", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void theSwitchFollowsWhetherTheProviderIsConfigured() {
        given().get("/app").then().statusCode(equalTo(503));
    }
}
