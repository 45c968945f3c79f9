package org.brigreen.trafficlight.evaluation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.rules.ShippedVersions;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.evaluation.RulesWithADraft.DRAFT;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A draft version is tried with evaluations, and never decides: classifications under it are refused. */
@QuarkusTest
@TestProfile(RulesWithADraft.class)
class DraftVersionTest {

    private static final String NDJSON = "application/x-ndjson";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aDraftEvaluatesSingleAndInABatch() throws SQLException {
        String descriptor = Descriptors.solarPark().toString();
        LogCounts before = LogCounts.of(dataSource);
        given().contentType(ContentType.JSON).body(descriptor)
                .when().post("/v1/evaluations?version=" + DRAFT)
                .then().statusCode(200)
                .body("recorded", equalTo(false))
                .body("class", equalTo("green"))
                .body("ruleSet.version", equalTo(DRAFT));
        Response batch = given().contentType(NDJSON).body((descriptor + "\n").getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/evaluations/batch?ruleset=bri-traffic-light&version=" + DRAFT);
        batch.then().statusCode(200);
        ObjectNode line = EvaluationTest.lines(batch.asString()).get(0);
        assertEquals(DRAFT, line.at("/ruleSet/version").textValue());
        assertEquals(before, LogCounts.of(dataSource), "nothing recorded");
    }

    @Test
    void aClassificationUnderADraftIs400NamingThePublishedVersionsAndRecordsNothing() throws SQLException {
        String descriptor = Descriptors.solarPark().toString();
        LogCounts before = LogCounts.of(dataSource);
        assertDraftRefused(given().contentType(ContentType.JSON).body(descriptor)
                .when().post("/v1/classifications?version=" + DRAFT), "/v1/classifications");
        assertDraftRefused(given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(descriptor)
                .when().post("/v1/classifications?version=" + DRAFT), "/v1/classifications");
        assertDraftRefused(given().contentType(NDJSON).body((descriptor + "\n").getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/classifications/batch?version=" + DRAFT), "/v1/classifications/batch");
        assertDraftRefused(given().contentType("text/csv")
                .body("country,sector,stage\nKE,solar_pv,planned\n".getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/classifications/batch?version=" + DRAFT), "/v1/classifications/batch");
        assertEquals(before, LogCounts.of(dataSource), "no decision, batch or Idempotency-Key recorded");
    }

    @Test
    void theDraftNeverDecidesByDefault() {
        given().contentType(ContentType.JSON).body(Descriptors.solarPark().toString())
                .when().post("/v1/classifications")
                .then().statusCode(201)
                .body("ruleSet.version", not(equalTo(DRAFT)));
    }

    private static void assertDraftRefused(Response response, String path) {
        List<String> published = ShippedVersions.published();
        response.then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-request"))
                .body("instance", equalTo(path))
                .body("detail", containsString("draft"))
                .body("errors.pointer", contains("version"))
                .body("errors[0].reason", containsString("draft"))
                .body("errors[0].reason", containsString("POST /v1/evaluations?version=" + DRAFT))
                .body("errors[0].allowedValues", equalTo(published));
    }
}
