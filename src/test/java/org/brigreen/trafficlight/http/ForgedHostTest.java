package org.brigreen.trafficlight.http;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.security.Api;
import org.brigreen.trafficlight.security.Tokens;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever Host a request names, no answer points elsewhere: a Location is a path on this service (RFC 9110 allows a
 * relative reference), never built from the Host header, which anyone can forge (a cache or a proxy may keep it).
 */
@QuarkusTest
class ForgedHostTest {

    private static final String FORGED = "evil.example:6666";

    @Test
    void theLocationOfADecisionIsAPathWhateverTheHost() throws IOException {
        RawHttp.Answer answer = post("/v1/classifications", "application/json", Descriptors.solarPark().toString());
        assertEquals(201, answer.status(), answer.body());
        String location = answer.header("Location").orElseThrow();
        assertTrue(location.matches("/v1/decisions/[0-9a-f-]{36}"), location);
        assertTrue(answer.body().contains(location.substring("/v1/decisions/".length())), "the decision's own id");
    }

    @Test
    void theLocationOfABatchIsAPathWhateverTheHost() throws IOException {
        RawHttp.Answer answer = post("/v1/classifications/batch", "application/x-ndjson",
                Descriptors.solarPark().toString() + "\n");
        assertEquals(201, answer.status(), answer.body());
        String location = answer.header("Location").orElseThrow();
        assertTrue(location.matches("/v1/batches/[0-9a-f-]{36}"), location);
    }

    @Test
    void noAnswerNamesTheForgedHost() throws IOException {
        for (String path : new String[] {"/q/swagger-ui", "/q/health", "/v1/nothing-here", "/v1/decisions"}) {
            RawHttp.Answer answer = RawHttp.send("GET " + path + " HTTP/1.1\r\nHost: " + FORGED + "\r\n"
                    + "Authorization: Bearer " + Tokens.regulator() + "\r\nConnection: close\r\n\r\n");
            assertFalse(answer.headers().toString().contains("evil.example"), path + ": " + answer.headers());
            assertFalse(answer.body().contains("evil.example"), path + ": " + answer.body());
        }
    }

    private static RawHttp.Answer post(String path, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return RawHttp.send("POST " + path + " HTTP/1.1\r\n"
                + "Host: " + FORGED + "\r\n"
                + "Authorization: Bearer " + Tokens.lender(Api.ORG) + "\r\n"
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + bytes.length + "\r\n"
                + "Connection: close\r\n\r\n" + body);
    }
}
