package org.brigreen.trafficlight.appeal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.security.Api;

/** Decisions to appeal, and appeals filed and ruled on over HTTP, for the tests. */
public final class Appeals {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Appeals() {
    }

    /** A planned solar park whose EIA is still in progress: amber, and green once the EIA is approved. */
    public static ObjectNode amberDescriptor(String reference) {
        ObjectNode descriptor = Descriptors.solarPark().put("reference", reference);
        ((ObjectNode) descriptor.get("eia")).put("status", "in_progress");
        return descriptor;
    }

    public static ObjectNode correctedDescriptor(String reference) {
        return Descriptors.solarPark().put("reference", reference);
    }

    public static String amberDecision(String token, String reference) {
        JsonNode decision = json(Api.as(token).contentType(ContentType.JSON).body(amberDescriptor(reference).toString())
                .post("/v1/classifications"), 201);
        assertEquals("amber", decision.get("class").asText(), decision.toString());
        return decision.get("decisionId").asText();
    }

    public static String filing(String statement, String reference) {
        return JSON.createObjectNode().put("statement", statement).set("descriptor", correctedDescriptor(reference))
                .toString();
    }

    public static Response file(String token, String decisionId, String body) {
        return Api.as(token).contentType(ContentType.JSON).body(body).post("/v1/decisions/" + decisionId + "/appeals");
    }

    public static Response rule(String token, String appealId, String outcome, String reasons) {
        return Api.as(token).contentType(ContentType.JSON)
                .body(JSON.createObjectNode().put("outcome", outcome).put("reasons", reasons).toString())
                .post("/v1/appeals/" + appealId + "/ruling");
    }

    public static JsonNode json(Response response, int status) {
        assertEquals(status, response.statusCode(), response.asString());
        return json(response);
    }

    public static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.asString());
        } catch (java.io.IOException e) {
            throw new AssertionError(response.asString(), e);
        }
    }
}
