package org.brigreen.trafficlight.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.brigreen.trafficlight.audit.AuditTestSupport.Row;
import org.brigreen.trafficlight.security.Api;
import org.brigreen.trafficlight.security.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.brigreen.trafficlight.audit.AuditTestSupport.eventually;
import static org.brigreen.trafficlight.audit.AuditTestSupport.execute;
import static org.brigreen.trafficlight.audit.AuditTestSupport.json;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /v1/audit/verifications}: a verification started in the background is watched to its end, through the API,
 * and names the damage of a log changed behind the service's back at its sequence number; it is kept, listed, and
 * refused to anyone but a regulator or for a range that is not in the log.
 */
@QuarkusTest
class VerificationRunTest {

    private static final Duration WITHIN = Duration.ofSeconds(60);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Checkpointer checkpointer;

    @Test
    void aVerificationOfTheWholeLogRunsInTheBackgroundAndPasses() throws Exception {
        AuditTestSupport log = new AuditTestSupport(dataSource);
        AuditTestSupport.classify("RUN-WHOLE");
        long size = log.logSize();

        Response started = given().when().post("/v1/audit/verifications")
                .then().statusCode(202).contentType("application/json").extract().response();
        JsonNode run = json(started.asString());
        String id = run.get("id").asText();
        assertTrue(started.header("Location").endsWith("/v1/audit/verifications/" + id), started.header("Location"));
        assertEquals(1, run.get("range").get("from").asLong());
        assertTrue(run.get("range").get("to").asLong() >= size, run.toString());
        assertTrue(run.get("startedAt").isTextual());

        JsonNode finished = finished(id);
        assertEquals("passed", finished.get("state").asText(), finished.toString());
        assertEquals(finished.get("range").get("to").asLong(), finished.get("recordsChecked").asLong());
        assertTrue(finished.get("checkpointsChecked").asLong() >= 0);
        assertTrue(finished.get("finishedAt").isTextual());
        assertFalse(finished.has("failure"));

        JsonNode latest = json(given().queryParam("limit", 5).when().get("/v1/audit/verifications")
                .then().statusCode(200).extract().asString()).get("verifications");
        assertEquals(id, latest.get(0).get("id").asText(), "newest first: " + latest);
        assertTrue(latest.size() <= 5);
    }

    @Test
    void aRecordChangedBehindTheServicesBackIsReportedWithItsSeqAndKind() throws Exception {
        AuditTestSupport log = new AuditTestSupport(dataSource);
        long k = log.threeRecordsUnderACheckpoint("RUN-TAMPER", checkpointer);
        Row original = log.row(k);
        String changed = original.record().replaceFirst("\"green\"", "\"amber\"");
        assertNotEquals(original.record(), changed);
        log.tamper("decision", connection -> execute(connection, "update decision set record = ? where seq = ?",
                changed, k));
        try {
            JsonNode run = finished(start(k - 1, k + 1));
            assertEquals("failed", run.get("state").asText(), run.toString());
            assertEquals(k, run.get("failure").get("seq").asLong());
            assertEquals("record_hash_mismatch", run.get("failure").get("reason").asText());
            assertEquals(k, run.get("failure").get("range").get("from").asLong());
            assertTrue(run.get("failure").get("detail").asText().contains("changed after it was logged"));
            given().when().get("/v1/decisions/" + log.decisionAt(k + 1) + "/proof").then().statusCode(409);
        } finally {
            log.tamper("decision", connection -> execute(connection,
                    "update decision set record = ? where seq = ?", original.record(), k));
        }
        JsonNode again = finished(start(k - 1, k + 1));
        assertEquals("passed", again.get("state").asText(), "restored and cleared: " + again);
        checkpointer.checkpointNow();
        given().when().get("/v1/decisions/" + log.decisionAt(k + 1) + "/proof").then().statusCode(200);
    }

    @Test
    void onlyARegulatorStartsOrReadsVerifications() {
        AuditTestSupport.classify("RUN-ROLES");
        String id = start(1, 1);
        for (String token : new String[] {Tokens.lender(Api.ORG), Tokens.enterprise(Api.ORG), Tokens.rulesAdmin()}) {
            Api.as(token).when().post("/v1/audit/verifications").then().statusCode(403)
                    .contentType("application/problem+json");
            Api.as(token).when().get("/v1/audit/verifications/" + id).then().statusCode(403);
            Api.as(token).when().get("/v1/audit/verifications").then().statusCode(403);
        }
        Api.anonymous().when().post("/v1/audit/verifications").then().statusCode(401);
    }

    @ParameterizedTest
    @CsvSource({"0, 1, from", "x, 1, from", "1, huge, to", "1, 0, to", "3, 2, from"})
    void aRangeNotInTheLogIsRefusedNamingTheField(String from, String to, String field) {
        given().queryParam("from", from).queryParam("to", to).when().post("/v1/audit/verifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo(field));
    }

    @Test
    void aRangeBeyondTheLogIsRefusedNamingTheField() throws SQLException {
        long beyond = new AuditTestSupport(dataSource).logSize() + 1_000_000;
        given().queryParam("to", beyond).when().post("/v1/audit/verifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("to"));
        given().queryParam("from", beyond).when().post("/v1/audit/verifications")
                .then().statusCode(400).body("errors[0].pointer", equalTo("from"));
    }

    @Test
    void anUnknownOrMalformedIdAndABadLimitAreAnsweredAsProblems() {
        given().when().get("/v1/audit/verifications/6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/v1/audit/verifications/not-an-id")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("limit", 0).when().get("/v1/audit/verifications")
                .then().statusCode(400).body("errors[0].pointer", equalTo("limit"));
        given().queryParam("limit", 101).when().get("/v1/audit/verifications")
                .then().statusCode(400).body("errors[0].pointer", equalTo("limit"));
    }

    private static String start(long from, long to) {
        return given().queryParam("from", from).queryParam("to", to).when().post("/v1/audit/verifications")
                .then().statusCode(202).extract().path("id");
    }

    /** The run once it is no longer running, polled a bounded number of times. */
    private static JsonNode finished(String id) throws InterruptedException {
        AtomicReference<JsonNode> run = new AtomicReference<>();
        boolean done = eventually(WITHIN, () -> {
            run.set(json(given().when().get("/v1/audit/verifications/" + id).then().statusCode(200).extract()
                    .asString()));
            return !run.get().get("state").asText().equals("running");
        });
        assertTrue(done, "still running: " + run.get());
        return run.get();
    }
}
