package org.brigreen.trafficlight.decisionlog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.database.EmbeddedDatabase;
import org.brigreen.trafficlight.security.Api;
import org.brigreen.trafficlight.security.Tokens;
import org.junit.jupiter.api.Test;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** With the database stopped no class is given, only 503; when it is back, the service recovers by itself. */
@QuarkusTest
class DatabaseOutageTest {

    private static final int RECOVERY_ATTEMPTS = 150;
    private static final int BATCH_LINES = 50_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aStoppedDatabaseGets503AndNoClassThenTheServiceRecoversByItself() throws Exception {
        assumeTrue(EmbeddedDatabase.isInUse(), "the outage is staged by stopping the embedded database");
        String recorded = given().contentType(ContentType.JSON).body(Descriptors.solarPark().toString())
                .when().post("/v1/classifications")
                .then().statusCode(201).extract().path("decisionId");
        long before = recordCount();

        EmbeddedDatabase.stop();
        try {
            given().contentType(ContentType.JSON).body(Descriptors.solarPark().toString())
                    .when().post("/v1/classifications")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .body("status", equalTo(503))
                    .body("class", nullValue());
            given().when().get("/v1/decisions/" + recorded)
                    .then().statusCode(503).contentType("application/problem+json");
            given().when().get("/q/health/ready").then().statusCode(503);
            given().contentType("application/x-ndjson").body(Descriptors.solarPark().toString().getBytes(UTF_8))
                    .when().post("/v1/classifications/batch")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "1");
        } finally {
            EmbeddedDatabase.start();
        }

        awaitRecovery();
        assertEquals(before + 1, recordCount(), "only the decision given after recovery is recorded");
        given().when().get("/v1/decisions/" + recorded).then().statusCode(200);
    }

    @Test
    void whenTheLogFailsMidBatchTheFirstLineNotRecordedGets503AndEveryLineAnsweredIsRecorded() throws Exception {
        assumeTrue(EmbeddedDatabase.isInUse(), "the outage is staged by stopping the embedded database");
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(batchOf(BATCH_LINES),
                HttpResponse.BodyHandlers.ofLines());
        assertEquals(201, response.statusCode());
        String location = response.headers().firstValue("Location").orElseThrow();
        UUID batch = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        Iterator<String> lines = response.body().iterator();
        List<JsonNode> results = new ArrayList<>();
        results.add(JSON.readTree(lines.next()));  // the first chunk is recorded: the batch is under way

        EmbeddedDatabase.stop();
        try {
            while (lines.hasNext()) {
                results.add(JSON.readTree(lines.next()));
            }
        } finally {
            EmbeddedDatabase.start();
        }

        JsonNode last = results.get(results.size() - 1);
        List<JsonNode> answered = results.subList(0, results.size() - 1);
        assertEquals(503, last.at("/problem/status").asInt(), last.toString());
        assertEquals(answered.size() + 1, last.get("line").asInt(), "the 503 is at the first line not answered");
        assertTrue(answered.size() < BATCH_LINES, "the outage came before the end of the batch");
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < answered.size(); i++) {
            assertEquals(i + 1, answered.get(i).get("line").asInt());
            ids.add(UUID.fromString(answered.get(i).get("decisionId").asText()));
        }
        awaitRecovery();
        assertEquals(ids.size(), recordedAmong(batch, ids), "every line answered has its decision recorded");
    }

    private static HttpRequest batchOf(int lines) {
        String line = Descriptors.solarPark().toString() + "\n";
        return HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/v1/classifications/batch"))
                .header("Authorization", "Bearer " + Tokens.lender(Api.ORG))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(line.repeat(lines)))
                .build();
    }

    private static void awaitRecovery() throws InterruptedException {
        int status = 0;
        for (int attempt = 0; attempt < RECOVERY_ATTEMPTS && status != 201; attempt++) {
            status = given().contentType(ContentType.JSON).body(Descriptors.solarPark().toString())
                    .when().post("/v1/classifications")
                    .then().extract().statusCode();
            if (status != 201) {
                assertEquals(503, status, "while recovering, the answer is 503 or a recorded decision");
                Thread.sleep(200);
            }
        }
        assertEquals(201, status, "the service did not recover after the database came back");
    }

    private long recordedAmong(UUID batch, List<UUID> ids) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select count(*) from decision where batch_id = ? and id = any(?)")) {
            query.setObject(1, batch);
            query.setArray(2, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet count = query.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        }
    }

    private long recordCount() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from decision")) {
            count.next();
            return count.getLong(1);
        }
    }
}
