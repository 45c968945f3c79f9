package org.brigreen.trafficlight.batch;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.security.Api;
import org.brigreen.trafficlight.security.Tokens;
import org.junit.jupiter.api.Test;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** POST /v1/classifications/batch with an Idempotency-Key: one batch per key and request, however often it is sent. */
@QuarkusTest
class BatchIdempotencyTest {

    private static final String NDJSON = "application/x-ndjson";
    private static final String CSV = "text/csv";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheSameBatchByteForByteAndRecordsNothing() throws SQLException {
        String reference = "batch-idem-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Response first = post(Tokens.lender("bank-a"), key, NDJSON, portfolio(reference));
        first.then().statusCode(201);
        Response retry = post(Tokens.lender("bank-a"), "\"" + key + "\"", NDJSON, portfolio(reference));

        retry.then().statusCode(201).contentType(NDJSON).header("Location", equalTo(first.header("Location")));
        assertArrayEquals(first.asByteArray(), retry.asByteArray());
        assertEquals(3, first.asString().lines().count(), first.asString());
        assertEquals(2, recordsOf(reference + "-%"), "the retry recorded decisions again");
        assertEquals(1, batchesOf("bank-a", first.header("Location")));
    }

    @Test
    void theSameKeyWithAnotherBodyOrMediaTypeIs422AndRecordsNothing() throws SQLException {
        String reference = "batch-idem-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        post(Tokens.lender("bank-a"), key, NDJSON, portfolio(reference)).then().statusCode(201);

        post(Tokens.lender("bank-a"), key, NDJSON, portfolio(reference + "-changed"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-reused"))
                .body("status", equalTo(422))
                .body("instance", equalTo("/v1/classifications/batch"));
        String csv = "reference,country,sector,stage\n" + reference + "-1,KE,solar_pv,planned\n";
        post(Tokens.lender("bank-a"), key, CSV, csv).then().statusCode(422);
        assertEquals(0, recordsOf(reference + "-changed-%"));
        assertEquals(2, recordsOf(reference + "-%"));
    }

    @Test
    void aBatchKeyIsNotASingleClassificationsKey() {
        String key = UUID.randomUUID().toString();
        String descriptor = Descriptors.solarPark().put("reference", "batch-idem-" + UUID.randomUUID()).toString();
        post(Tokens.lender("bank-a"), key, NDJSON, descriptor + "\n").then().statusCode(201);

        Api.as(Tokens.lender("bank-a")).header("Idempotency-Key", key).contentType("application/json")
                .body(descriptor.getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/classifications")
                .then().statusCode(422)
                .body("type", equalTo("/problems/idempotency-key-reused"));
    }

    @Test
    void keysAreScopedPerOrganisation() throws SQLException {
        String reference = "batch-idem-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String ofA = post(Tokens.lender("bank-a"), key, NDJSON, portfolio(reference)).then().statusCode(201)
                .extract().header("Location");
        String ofB = post(Tokens.lender("bank-b"), key, NDJSON, portfolio(reference)).then().statusCode(201)
                .extract().header("Location");
        assertNotEquals(ofA, ofB);
        assertEquals(4, recordsOf(reference + "-%"));
    }

    @Test
    void aRetryWhileTheBatchRunsIs409WithRetryAfter() throws SQLException {
        String reference = "batch-idem-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        post(Tokens.lender("bank-a"), key, NDJSON, portfolio(reference)).then().statusCode(201);
        // As while the first request still screens: the batch running, its results not kept yet.
        execute("update idempotency_key set batch_results = null where key = '" + key + "'");
        execute("update batch set status = 'running' where id = (select batch_id from idempotency_key where key = '"
                + key + "')");

        post(Tokens.lender("bank-a"), key, NDJSON, portfolio(reference))
                .then().statusCode(409).contentType("application/problem+json")
                .header("Retry-After", equalTo("1"))
                .body("type", equalTo("/problems/idempotency-key-in-flight"));
        assertEquals(2, recordsOf(reference + "-%"));
    }

    @Test
    void aRetryOfABatchCutOffByItsServiceStoppingIs409NamingTheBatchAndDecidesNothing() throws SQLException {
        String reference = "batch-idem-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String location = post(Tokens.lender("bank-a"), key, NDJSON, portfolio(reference)).then().statusCode(201)
                .extract().header("Location");
        // As when the service stopped midway: a restart marked the batch incomplete, and no results were kept.
        execute("update idempotency_key set batch_results = null where key = '" + key + "'");
        execute("update batch set status = 'incomplete' where id = (select batch_id from idempotency_key where key = '"
                + key + "')");

        post(Tokens.lender("bank-a"), key, NDJSON, portfolio(reference))
                .then().statusCode(409).contentType("application/problem+json")
                .header("Retry-After", nullValue())
                .body("type", equalTo("/problems/idempotency-key-batch-cut-off"))
                .body("detail", containsString(location));
        assertEquals(2, recordsOf(reference + "-%"));
    }

    @Test
    void aMalformedKeyIs400NamingTheHeader() {
        post(Tokens.lender("bank-a"), "k".repeat(256), NDJSON, portfolio("batch-idem-" + UUID.randomUUID()))
                .then().statusCode(400)
                .body("errors[0].pointer", equalTo("Idempotency-Key"));
    }

    private static Response post(String token, String key, String mediaType, String body) {
        return Api.as(token).header("Idempotency-Key", key).contentType(mediaType)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/classifications/batch");
    }

    /** Two valid lines and one refused. */
    private static String portfolio(String reference) {
        return Descriptors.solarPark().put("reference", reference + "-1") + "\n"
                + Descriptors.solarPark().put("reference", reference + "-2") + "\n"
                + "{\"reference\": \"" + reference + "-3\", \"country\": \"XX\"}\n";
    }

    private long recordsOf(String referencePattern) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from decision where reference like ?")) {
            count.setString(1, referencePattern);
            return single(count);
        }
    }

    private long batchesOf(String org, String location) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from batch where org = ? and id = ?::uuid")) {
            count.setString(1, org);
            count.setString(2, location.substring(location.lastIndexOf('/') + 1));
            return single(count);
        }
    }

    private static long single(PreparedStatement count) throws SQLException {
        try (ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
