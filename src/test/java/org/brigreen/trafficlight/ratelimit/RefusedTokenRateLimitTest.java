package org.brigreen.trafficlight.ratelimit;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Map;
import org.brigreen.trafficlight.http.RawHttp;
import org.brigreen.trafficlight.security.Tokens;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests whose token is missing or refused count against their client address: past its limit, the address gets
 * 429 problem+json with Retry-After instead of having every token checked, while a token already verified goes on and
 * other addresses are not affected.
 */
@QuarkusTest
@TestProfile(RefusedTokenRateLimitTest.TinyLimit.class)
class RefusedTokenRateLimitTest {

    /** Three refused requests per address, then one every 10 seconds. */
    public static class TinyLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("traffic-light.rate-limit.refused.requests-per-second", "0.1",
                    "traffic-light.rate-limit.refused.burst", "3");
        }
    }

    @Test
    void anAddressThatKeepsSendingRefusedTokensIsLimited() throws IOException {
        InetAddress flooder = InetAddress.getByName("127.0.0.2");
        String known = Tokens.regulator();
        assertEquals(200, get(known, flooder).status(), "a token verified before the flood");

        assertEquals(401, get(null, flooder).status());
        assertEquals(401, get("not-a-token", flooder).status());
        assertEquals(401, get(Tokens.of("lender", null), flooder).status());
        RawHttp.Answer limited = get("not-a-token", flooder);
        assertEquals(429, limited.status(), limited.body());
        assertEquals("application/problem+json", limited.header("Content-Type").orElse(null));
        JsonPath problem = JsonPath.from(limited.body());
        assertEquals("/problems/rate-limited", problem.getString("type"));
        assertEquals(429, problem.getInt("status"));
        long retryAfter = Long.parseLong(limited.header("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 10, "Retry-After " + retryAfter);
        assertEquals(429, get(null, flooder).status(), "without a token too");
        assertEquals(429, get(Tokens.of("regulator", null) + "x", flooder).status(), "a forged token too");

        assertEquals(200, get(known, flooder).status(), "a token verified before goes on");
        assertEquals(401, get(null, InetAddress.getByName("127.0.0.3")).status(), "another address is not limited");
    }

    private static RawHttp.Answer get(String token, InetAddress from) throws IOException {
        return RawHttp.send("GET /v1/rulesets HTTP/1.1\r\nHost: localhost\r\n"
                + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                + "Connection: close\r\n\r\n", from);
    }
}
