package org.brigreen.trafficlight.decisionlog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.database.PackagedService;
import org.brigreen.trafficlight.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged service is killed (SIGKILL, a separate process) while it classifies with idempotency keys and screens
 * two batches, then started again on the same database. Every 201 is readable, the log verifies and is gapless, no
 * key has two decisions, and no batch stays {@code running}.
 */
class KillDuringLoadIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ISSUER = "https://idp.kill-during-load.invalid";
    private static final List<String> ORGS = List.of("crash-bank-a", "crash-bank-b");
    private static final String REFERENCE_PREFIX = "CRASH-";
    private static final Duration IN_FLIGHT_TIMEOUT = Duration.ofSeconds(2);
    private static final int CLASSIFYING_THREADS = 16;
    private static final int ANSWERED_BEFORE_KILL = 300;
    private static final int RETRY_EVERY = 3;
    private static final int BATCHES = 2;
    private static final int BATCH_LINES = 40_000;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private PackagedService packaged;
    private Process service;
    private int port;

    /** A classification sent with a key: what it was, and what it was answered (status 0: no answer). */
    private record Attempt(String org, String key, String body, int status, String decisionId) {
    }

    @BeforeEach
    void databaseAndKeys() throws Exception {
        packaged = PackagedService.prepare(ISSUER);
    }

    @AfterEach
    void stopEverything() throws IOException {
        if (service != null) {
            service.destroyForcibly();
        }
        if (packaged != null) {
            packaged.close();
        }
    }

    @Test
    void afterAKillMidLoadNothingAnsweredIsLostAndNothingIsDecidedTwice() throws Exception {
        start("first");
        List<Attempt> attempts = new CopyOnWriteArrayList<>();
        List<UUID> batches = new CopyOnWriteArrayList<>();
        Set<String> batchLinesAnswered = ConcurrentHashMap.newKeySet();
        AtomicInteger batchesUnderWay = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService load = Executors.newFixedThreadPool(CLASSIFYING_THREADS + BATCHES);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < BATCHES; i++) {
            String org = ORGS.get(i % ORGS.size());
            work.add(load.submit(() -> screen(org, batches, batchLinesAnswered, batchesUnderWay)));
        }
        awaitUnderWay(batchesUnderWay);
        for (int i = 0; i < CLASSIFYING_THREADS; i++) {
            String org = ORGS.get(i % ORGS.size());
            work.add(load.submit(() -> classifyUntil(killed, org, attempts)));
        }
        awaitAnswered(attempts);

        service.destroyForcibly().waitFor();
        Instant killedAt = Instant.now();
        killed.set(true);
        for (Future<?> done : work) {
            done.get(60, TimeUnit.SECONDS);
        }
        load.shutdown();

        start("second");
        Duration sinceKill = Duration.between(killedAt, Instant.now());
        if (sinceKill.compareTo(IN_FLIGHT_TIMEOUT) <= 0) {
            Thread.sleep(IN_FLIGHT_TIMEOUT.minus(sinceKill).plusMillis(500).toMillis());
        }
        Map<String, String> retried = retry(attempts);
        List<String> answered = attempts.stream().filter(a -> a.status() == 201).map(Attempt::decisionId).toList();
        assertAll(
                () -> assertEquals(List.of(), unreadable(answered), "every 201 classification is readable"),
                () -> assertEquals(0, missingFromLog(batchLinesAnswered), "every batch line answered is recorded"),
                () -> assertIntact(verify()),
                () -> assertGapless(),
                () -> assertEquals(List.of(), changedByRetry(attempts, retried),
                        "a retry answers the decision its key was first answered"),
                () -> assertEquals(Map.of(), decidedTwice(), "references decided more than once"),
                () -> assertEquals(Map.of(), keysNotAnsweringTheirDecision(retried), "keys and their decisions"),
                () -> assertEquals(List.of(), stillRunning(), "batches still running"),
                () -> assertEquals(BATCHES, batches.size(), "both batches were under way"),
                () -> assertTrue(batchLinesAnswered.size() < BATCHES * BATCH_LINES, "the kill came mid-batch"));
    }

    // --- the service ------------------------------------------------------------------------------------

    private void start(String name) throws IOException, InterruptedException {
        port = PackagedService.freePort();
        service = packaged.start("kill-during-load-" + name, port,
                Map.of("TRAFFIC_LIGHT_IDEMPOTENCY_IN_FLIGHT_TIMEOUT", IN_FLIGHT_TIMEOUT.toSeconds() + "s"));
    }

    // --- the load -----------------------------------------------------------------------------------------

    private Void classifyUntil(AtomicBoolean killed, String org, List<Attempt> attempts) {
        String token = token(Roles.LENDER, org);
        while (!killed.get()) {
            String key = UUID.randomUUID().toString();
            String body = Descriptors.solarPark().put("reference", REFERENCE_PREFIX + key).toString();
            attempts.add(classify(token, org, key, body));
        }
        return null;
    }

    private Attempt classify(String token, String org, String key, String body) {
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/v1/classifications"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            String decisionId = response.statusCode() == 201 ? json(response.body()).get("decisionId").asText() : null;
            return new Attempt(org, key, body, response.statusCode(), decisionId);
        } catch (IOException e) {
            return new Attempt(org, key, body, 0, null);
        }
    }

    /** Sends a batch and notes every decision id its results give, until the results end. */
    private Void screen(String org, List<UUID> batches, Set<String> answered, AtomicInteger underWay)
            throws InterruptedException {
        String line = Descriptors.solarPark().put("reference", "CRASH-BATCH-%d").toString() + "\n";
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < BATCH_LINES; i++) {
            lines.append(line.replace("%d", org + "-" + i));
        }
        try {
            HttpResponse<Stream<String>> response = http.send(HttpRequest.newBuilder(uri("/v1/classifications/batch"))
                    .header("Authorization", "Bearer " + token(Roles.LENDER, org))
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(lines.toString())).build(),
                    HttpResponse.BodyHandlers.ofLines());
            assertEquals(201, response.statusCode());
            String location = response.headers().firstValue("Location").orElseThrow();
            batches.add(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
            Iterator<String> results = response.body().iterator();
            boolean first = true;
            while (results.hasNext()) {
                JsonNode result = json(results.next());
                if (result.has("decisionId")) {
                    answered.add(result.get("decisionId").asText());
                }
                if (first) {
                    underWay.incrementAndGet();
                    first = false;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the service was killed mid-batch
        }
        return null;
    }

    /** Until both batches have results out. */
    private static void awaitUnderWay(AtomicInteger batchesUnderWay) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (batchesUnderWay.get() < BATCHES) {
            assertTrue(Instant.now().isBefore(deadline), "the batches did not get under way");
            Thread.sleep(20);
        }
    }

    private static void awaitAnswered(List<Attempt> attempts) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (attempts.stream().filter(a -> a.status() == 201).count() < ANSWERED_BEFORE_KILL) {
            assertTrue(Instant.now().isBefore(deadline), "the service answered too few classifications");
            Thread.sleep(20);
        }
    }

    // --- after the restart --------------------------------------------------------------------------------

    /**
     * Sends again, with its key, every classification that got no answer, and every {@value #RETRY_EVERY}th that got
     * a 201; returns the decision id each retry was answered, by key.
     */
    private Map<String, String> retry(List<Attempt> attempts) {
        Map<String, String> decisions = new HashMap<>();
        int answered = 0;
        for (Attempt attempt : attempts) {
            if (attempt.status() == 0 || attempt.status() == 201 && answered++ % RETRY_EVERY == 0) {
                Attempt again = classify(token(Roles.LENDER, attempt.org()), attempt.org(), attempt.key(),
                        attempt.body());
                assertEquals(201, again.status(), "a retry of key " + attempt.key());
                decisions.put(attempt.key(), again.decisionId());
            }
        }
        return decisions;
    }

    private List<String> unreadable(List<String> decisionIds) throws IOException, InterruptedException {
        String regulator = token(Roles.REGULATOR, null);
        List<String> unreadable = new ArrayList<>();
        for (String id : decisionIds) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/v1/decisions/" + id))
                    .header("Authorization", "Bearer " + regulator).build());
            if (response.statusCode() != 200) {
                unreadable.add(id + ": " + response.statusCode());
            }
        }
        return unreadable;
    }

    private long missingFromLog(Set<String> decisionIds) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement query = connection.prepareStatement(
                        "select count(*) from decision where id = any(?)")) {
            query.setArray(1, connection.createArrayOf("uuid", decisionIds.stream().map(UUID::fromString).toArray()));
            try (ResultSet count = query.executeQuery()) {
                count.next();
                return decisionIds.size() - count.getLong(1);
            }
        }
    }

    private JsonNode verify() throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/v1/audit/verify"))
                .header("Authorization", "Bearer " + token(Roles.REGULATOR, null))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body());
    }

    private static void assertIntact(JsonNode verification) {
        assertTrue(verification.get("intact").asBoolean(), "the log verifies: " + verification);
    }

    private void assertGapless() throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select count(*), min(seq), max(seq) from decision")) {
            row.next();
            assertTrue(row.getLong(1) > 0, "the log holds the decisions");
            assertEquals(1, row.getLong(2), "the sequence starts at 1");
            assertEquals(row.getLong(1), row.getLong(3), "the sequence has no gaps");
        }
    }

    /** Keys whose first answer was a 201 and whose retry gave another decision. */
    private static List<String> changedByRetry(List<Attempt> attempts, Map<String, String> retried) {
        return attempts.stream()
                .filter(a -> a.status() == 201 && retried.containsKey(a.key())
                        && !a.decisionId().equals(retried.get(a.key())))
                .map(a -> a.key() + ": " + a.decisionId() + " then " + retried.get(a.key()))
                .toList();
    }

    /** Every classification has a reference of its own: one that is in the log twice was decided twice. */
    private Map<String, Long> decidedTwice() throws SQLException {
        try (Connection connection = connect();
                PreparedStatement query = connection.prepareStatement("""
                        select reference, count(*) from decision where starts_with(reference, ?)
                        group by reference having count(*) > 1""")) {
            query.setString(1, REFERENCE_PREFIX);
            Map<String, Long> twice = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    twice.put(rows.getString(1), rows.getLong(2));
                }
            }
            return twice;
        }
    }

    /** Retried keys whose stored decision is not the one the retry answered. */
    private Map<String, String> keysNotAnsweringTheirDecision(Map<String, String> retried) throws SQLException {
        Map<String, String> wrong = new HashMap<>();
        try (Connection connection = connect();
                PreparedStatement query = connection.prepareStatement(
                        "select decision_id from idempotency_key where key = ?")) {
            for (Map.Entry<String, String> retry : retried.entrySet()) {
                query.setString(1, retry.getKey());
                try (ResultSet row = query.executeQuery()) {
                    String stored = row.next() ? row.getString(1) : null;
                    if (!retry.getValue().equals(stored)) {
                        wrong.put(retry.getKey(), stored + " but answered " + retry.getValue());
                    }
                }
            }
        }
        return wrong;
    }

    private List<String> stillRunning() throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id from batch where status = 'running'")) {
            List<String> running = new ArrayList<>();
            while (rows.next()) {
                running.add(rows.getString(1));
            }
            return Collections.unmodifiableList(running);
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private Connection connect() throws SQLException {
        return packaged.connect();
    }

    private String token(String role, String org) {
        return packaged.token(role, org);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(HttpRequest.newBuilder(request, (name, value) -> true).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString(UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
