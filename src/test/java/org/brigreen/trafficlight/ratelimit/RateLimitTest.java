package org.brigreen.trafficlight.ratelimit;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.brigreen.trafficlight.security.Api;
import org.brigreen.trafficlight.security.Tokens;
import org.junit.jupiter.api.Test;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Over its organisation's limit, a caller gets 429 problem+json with Retry-After; other organisations do not. */
@QuarkusTest
@TestProfile(RateLimitTest.TinyLimit.class)
class RateLimitTest {

    /** Two requests at once, then one every 10 seconds. */
    public static class TinyLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("traffic-light.rate-limit.requests-per-second", "0.1",
                    "traffic-light.rate-limit.burst", "2");
        }
    }

    @Test
    void theThirdRequestOfAnOrganisationIs429WithRetryAfterAndOthersGoOn() {
        String lenderA = Tokens.lender("busy-bank");
        read(lenderA).then().statusCode(200);
        // Another caller of the same organisation shares its bucket.
        read(Tokens.enterprise("busy-bank")).then().statusCode(200);
        Response refused = read(lenderA);
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("/problems/rate-limited"))
                .body("status", equalTo(429))
                .body("instance", equalTo("/v1/rulesets"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 10, "Retry-After " + retryAfter);

        read(Tokens.lender("quiet-bank")).then().statusCode(200);
        read(Tokens.regulator()).then().statusCode(200);
        assertEquals(429, read(lenderA).statusCode());
    }

    @Test
    void publicEndpointsAreNotLimited() {
        for (int i = 0; i < 5; i++) {
            Api.anonymous().when().get("/q/health/ready").then().statusCode(200);
        }
    }

    private static Response read(String token) {
        return Api.as(token).when().get("/v1/rulesets");
    }
}
