package org.brigreen.trafficlight.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.security.Tokens;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A body must say what it is: a POST to an endpoint that takes a body but sends no Content-Type is 415, naming the
 * media types the endpoint takes. Requests go out through the JDK's client, which adds no Content-Type of its own.
 */
@QuarkusTest
class ContentTypeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String LENDER = Tokens.lender("org-content-type");
    private static final String REGULATOR = Tokens.regulator();

    @TestHTTPResource("/")
    URI root;

    @Test
    void aClassificationWithoutContentTypeIs415NamingJson() throws Exception {
        HttpResponse<String> response = post("v1/classifications", LENDER, Descriptors.solarPark().toString());
        assertUnsupported(response, List.of("application/json"));
    }

    @Test
    void aBatchWithoutContentTypeIs415NamingNdjsonAndCsv() throws Exception {
        HttpResponse<String> response = post("v1/classifications/batch", LENDER, Descriptors.solarPark().toString());
        assertUnsupported(response, List.of("application/x-ndjson", "text/csv"));
    }

    @Test
    void anEmptyClassificationWithoutContentTypeIs415Too() throws Exception {
        assertUnsupported(post("v1/classifications", LENDER, ""), List.of("application/json"));
    }

    @Test
    void postsThatTakeNoBodyNeedNoContentType() throws Exception {
        String decision = given().contentType(ContentType.JSON).body(Descriptors.solarPark().toString())
                .when().post("/v1/classifications")
                .then().statusCode(201).extract().path("decisionId");
        // Verify and impact over a small part of the log only: the whole may be large by now.
        for (String path : List.of("v1/decisions/" + decision + "/replay", "v1/audit/verify?from=1&to=1",
                "v1/rulesets/bri-traffic-light/versions/2022.1/impact?to=2000-01-01T00:00:00Z")) {
            HttpResponse<String> response = post(path, REGULATOR, "");
            assertEquals(200, response.statusCode(), path + ": " + response.body());
        }
    }

    @Test
    void aCallerWithoutTokenIsStillToldSoFirst() throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(root.resolve("v1/classifications"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, response.statusCode(), response.body());
    }

    private HttpResponse<String> post(String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(root.resolve(path))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        assertEquals(List.of(), request.headers().allValues("Content-Type"));
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertUnsupported(HttpResponse<String> response, List<String> accepted) throws IOException {
        assertEquals(415, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonNode problem = JSON.readTree(response.body());
        assertEquals(415, problem.get("status").asInt());
        for (String mediaType : accepted) {
            assertThat(problem.get("detail").asText(), containsString(mediaType));
        }
        List<String> allowed = new ArrayList<>();
        problem.at("/errors/0/allowedValues").forEach(value -> allowed.add(value.asText()));
        assertThat(allowed, contains(accepted.toArray()));
    }
}
