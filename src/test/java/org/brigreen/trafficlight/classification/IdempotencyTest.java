package org.brigreen.trafficlight.classification;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.brigreen.trafficlight.decision.Caller;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.decision.RecordedDecision;
import org.brigreen.trafficlight.decision.DecisionLog;
import org.brigreen.trafficlight.decision.KeyClaim;
import org.brigreen.trafficlight.decision.KeyClaimLostException;
import org.brigreen.trafficlight.idempotency.IdempotencyKeys;
import org.brigreen.trafficlight.security.Api;
import org.brigreen.trafficlight.security.Tokens;
import org.junit.jupiter.api.Test;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /v1/classifications with an Idempotency-Key: one decision per key and request, however often it is sent. */
@QuarkusTest
class IdempotencyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RETRIES = 50;
    private static final int NEIGHBOURS = 20;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IdempotencyKeys keys;

    @Inject
    DecisionLog decisionLog;

    @Inject
    ClassificationService classification;

    @TestHTTPResource("/v1/classifications")
    URI classifications;

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstDecisionAndRecordsNoOther() throws SQLException {
        String reference = "idem-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Response first = classify(Tokens.lender("bank-a"), key, body(reference));
        first.then().statusCode(201);
        Response retry = classify(Tokens.lender("bank-a"), "\"" + key + "\"", body(reference));
        retry.then().statusCode(201)
                .header("Location", endsWith("/v1/decisions/" + first.path("decisionId")))
                .body("decisionId", equalTo(first.path("decisionId")))
                .body("decidedAt", equalTo(first.path("decidedAt")));
        assertEquals(first.asString(), retry.asString());
        assertEquals(1, recordsOf(reference));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() throws SQLException {
        String reference = "idem-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        classify(Tokens.lender("bank-a"), key, body(reference)).then().statusCode(201);
        classify(Tokens.lender("bank-a"), key, body(reference + "-changed"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-reused"))
                .body("status", equalTo(422));
        assertEquals(0, recordsOf(reference + "-changed"));
    }

    @Test
    void keysAreScopedPerOrganisation() throws SQLException {
        String reference = "idem-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String ofA = classify(Tokens.lender("bank-a"), key, body(reference)).then().statusCode(201)
                .extract().path("decisionId");
        String ofB = classify(Tokens.lender("bank-b"), key, body(reference)).then().statusCode(201)
                .extract().path("decisionId");
        assertNotEquals(ofA, ofB);
        assertEquals(2, recordsOf(reference));
    }

    @Test
    void aKeyEditedToNameAnotherOrganisationsDecisionHandsItToNoOne() throws SQLException {
        String ofB = classify(Tokens.lender("bank-b"), UUID.randomUUID().toString(), body("idem-" + UUID.randomUUID()))
                .then().statusCode(201).extract().path("decisionId");
        String reference = "idem-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        classify(Tokens.lender("bank-a"), key, body(reference)).then().statusCode(201);

        // The key table is bookkeeping, outside the hash chain: a database user can point a key anywhere.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement edit = connection.prepareStatement(
                        "update idempotency_key set decision_id = ? where org = 'bank-a' and key = ?")) {
            edit.setObject(1, UUID.fromString(ofB));
            edit.setString(2, key);
            assertEquals(1, edit.executeUpdate());
        }
        Response retry = classify(Tokens.lender("bank-a"), key, body(reference));
        retry.then().statusCode(503).contentType("application/problem+json");
        assertFalse(retry.asString().contains(ofB), retry.asString());
        assertEquals(1, recordsOf(reference));
    }

    @Test
    void anExpiredKeyClassifiesAfresh() throws SQLException {
        String reference = "idem-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String first = classify(Tokens.lender("bank-a"), key, body(reference)).then().statusCode(201)
                .extract().path("decisionId");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement age = connection.prepareStatement(
                        "update idempotency_key set created_at = now() - interval '25 hours' where key = ?")) {
            age.setString(1, key);
            assertEquals(1, age.executeUpdate());
        }
        String second = classify(Tokens.lender("bank-a"), key, body(reference)).then().statusCode(201)
                .extract().path("decisionId");
        assertNotEquals(first, second);
        assertEquals(2, recordsOf(reference));
    }

    @Test
    void aDecisionIsRecordedOnlyWithItsKeySoThatNoRetryDecidesTwice() throws SQLException {
        String reference = "idem-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        // The key cannot be completed, as when the service stops between the decision's commit and the key's.
        execute("""
                create function refuse_key_completion() returns trigger language plpgsql as $$
                begin raise exception 'the key is not completed'; end $$""");
        execute("create trigger refuse_key_completion before update on idempotency_key for each row "
                + "execute function refuse_key_completion()");
        Response first;
        try {
            first = classify(Tokens.lender("bank-a"), key, body(reference));
        } finally {
            execute("drop trigger refuse_key_completion on idempotency_key");
            execute("drop function refuse_key_completion()");
        }
        // Whatever the key holds is past its in-flight timeout when the retry comes.
        execute("update idempotency_key set created_at = now() - interval '2 minutes' where key = '" + key + "'");

        Response retry = classify(Tokens.lender("bank-a"), key, body(reference));

        retry.then().statusCode(201);
        if (first.statusCode() == 201) {
            assertEquals(first.<String>path("decisionId"), retry.path("decisionId"), "the retry decided again");
        }
        assertEquals(1, recordsOf(reference));
    }

    @Test
    void aDecisionWhoseKeyWasClaimedAgainIsNotRecordedAndTheDecisionsBesideItAre() throws SQLException {
        String reference = "idem-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        byte[] requestHash = Idempotency.requestHash(null, null, body(reference).getBytes(UTF_8));
        KeyClaim lost = claim(key, requestHash);
        // Past its in-flight timeout, the key is claimed again by a retry.
        execute("update idempotency_key set created_at = now() - interval '2 minutes' where key = '" + key + "'");
        KeyClaim holder = claim(key, requestHash);

        List<CompletableFuture<RecordedDecision>> beside = new ArrayList<>();
        for (int i = 0; i < NEIGHBOURS; i++) {
            beside.add(decisionLog.append(decision(reference + "-beside-" + i), Runnable::run));
        }
        CompletableFuture<RecordedDecision> late = decisionLog.append(decision(reference), lost, Runnable::run);
        Decision retried = decisionLog.append(decision(reference), holder, Runnable::run).join().decision();

        CompletionException refused = assertThrows(CompletionException.class, late::join);
        assertInstanceOf(KeyClaimLostException.class, refused.getCause());
        beside.forEach(CompletableFuture::join);
        assertEquals(1, recordsOf(reference), "only the decision of the claim that holds the key");
        assertEquals(retried.id(), answerOf(key));
    }

    @Test
    void anInvalidKeyIs400() {
        classify(Tokens.lender("bank-a"), "x".repeat(256), body("idem-invalid"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("Idempotency-Key"));
        classify(Tokens.lender("bank-a"), "\"\"", body("idem-invalid")).then().statusCode(400);
    }

    @Test
    void fiftyConcurrentRetriesRecordOneDecisionAndAnswerItOr409() throws Exception {
        String reference = "idem-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String body = body(reference);
        String token = Tokens.lender("bank-a");
        HttpClient http = HttpClient.newHttpClient();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(RETRIES);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < RETRIES; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return http.send(HttpRequest.newBuilder(classifications)
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + token)
                            .header("Idempotency-Key", key)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            Set<String> decisionIds = new HashSet<>();
            int conflicts = 0;
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                if (response.statusCode() == 409) {
                    conflicts++;
                    assertEquals("/problems/idempotency-key-in-flight",
                            JSON.readTree(response.body()).path("type").asText());
                    assertTrue(response.headers().firstValue("Retry-After").isPresent());
                } else {
                    assertEquals(201, response.statusCode(), response.body());
                    decisionIds.add(JSON.readTree(response.body()).path("decisionId").asText());
                }
            }
            assertEquals(1, decisionIds.size(), "every 201 must carry the one decision; 409s: " + conflicts);
            assertEquals(1, recordsOf(reference));
        } finally {
            pool.shutdownNow();
        }
    }

    private static Response classify(String token, String key, String body) {
        return Api.as(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/v1/classifications");
    }

    private static String body(String reference) {
        return Descriptors.solarPark().put("reference", reference).toString();
    }

    private KeyClaim claim(String key, byte[] requestHash) {
        return assertInstanceOf(IdempotencyKeys.Claimed.class, keys.claim("bank-a", key, requestHash)).claim();
    }

    private Decision decision(String reference) {
        return classification.decide(Descriptors.solarPark(reference), classification.ruleSet(null, null),
                new Caller("bank-a", "lender@bank-a.example", Caller.LOAN_SCREENING), null);
    }

    private UUID answerOf(String key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select decision_id from idempotency_key where key = ?")) {
            query.setString(1, key);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return row.getObject(1, UUID.class);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }

    private long recordsOf(String reference) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from decision where reference = ?")) {
            count.setString(1, reference);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
