package org.brigreen.trafficlight.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.database.PackagedService;
import org.brigreen.trafficlight.security.Roles;
import org.brigreen.trafficlight.tlog.Ed25519Keys;
import org.brigreen.trafficlight.tlog.HashText;
import org.brigreen.trafficlight.tlog.MerkleTree;
import org.brigreen.trafficlight.tlog.SignedCheckpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two service processes, the package as operators run it, on one PostgreSQL database with the same signing key,
 * under concurrent load on both: classifications with and without an Idempotency-Key, a batch on each. Afterwards the
 * log is one gapless chain that verifies on either; the checkpoints, signed by whichever instance found one due
 * first, in turn under the checkpoint lock, are one series, each signed, naming the one before it and consistent with
 * it; a key is honoured across the instances; and a batch screened on one is read on the other.
 */
class TwoInstancesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ISSUER = "https://idp.two-instances.invalid";
    private static final String ORG = "scale-bank";
    private static final int THREADS_PER_INSTANCE = 4;
    private static final int CLASSIFICATIONS_PER_THREAD = 30;
    private static final int BATCH_LINES = 200;
    private static final int KEYS_RACED = 15;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> processes = new ArrayList<>();
    private PackagedService service;

    /** One of the two processes, by the port it listens on. */
    private record Instance(String name, int port) {
    }

    @BeforeEach
    void databaseAndKeys() throws Exception {
        service = PackagedService.prepare(ISSUER);
    }

    @AfterEach
    void stopEverything() throws IOException {
        processes.forEach(Process::destroyForcibly);
        if (service != null) {
            service.close();
        }
    }

    @Test
    void twoInstancesKeepOneLogOneCheckpointSeriesAndShareKeysAndBatches() throws Exception {
        List<Instance> both = startBoth();
        Instance a = both.get(0);
        Instance b = both.get(1);

        ExecutorService load = Executors.newFixedThreadPool(2 * THREADS_PER_INSTANCE + 2);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < THREADS_PER_INSTANCE; i++) {
            for (Instance instance : both) {
                int thread = i;
                work.add(load.submit(() -> classifyMany(instance, thread)));
            }
        }
        Future<String> batchOnA = load.submit(() -> screen(a));
        Future<String> batchOnB = load.submit(() -> screen(b));
        List<String> raced = raceKeys(a, b);
        Map<String, String> keyedOnAThenB = keyOnAThenB(a, b);
        for (Future<?> done : work) {
            done.get(120, TimeUnit.SECONDS);
        }
        String batchA = batchOnA.get(120, TimeUnit.SECONDS);
        String batchB = batchOnB.get(120, TimeUnit.SECONDS);
        load.shutdown();

        long logSize = logSize();
        awaitCheckpointCovering(b, logSize);
        List<SignedCheckpoint> checkpoints = checkpoints(a);
        PublicKey key = Ed25519Keys.readPublicKey(getJson(b, "/v1/audit/public-key", Roles.REGULATOR)
                .get("publicKeyPem").asText());
        assertAll(
                () -> assertGapless(logSize),
                () -> assertIntact(a),
                () -> assertIntact(b),
                () -> assertOneSeries(checkpoints, key, logSize, a, b),
                () -> assertEquals(List.of(), raced, "a key raced on both instances has one decision"),
                () -> keyedOnAThenB.forEach((onA, onB) -> assertEquals(onA, onB,
                        "a key used on A, then on B, answers A's decision")),
                () -> assertBatchReadOn(b, batchA),
                () -> assertBatchReadOn(a, batchB),
                () -> assertEquals(send(a, get("/v1/audit/checkpoint"), Roles.REGULATOR).body(),
                        send(b, get("/v1/audit/checkpoint"), Roles.REGULATOR).body(),
                        "both instances serve the same standard note of the latest checkpoint, byte for byte"));
    }

    // --- the two services ---------------------------------------------------------------------------------

    /** Both at once, so that they also migrate the schema at once (Flyway's lock lets one do it). */
    private List<Instance> startBoth() throws Exception {
        // Many checkpoints during the load, so that both instances sign some of the series.
        Map<String, String> checkpointOften = Map.of("TRAFFIC_LIGHT_AUDIT_CHECKPOINT_RECORDS", "50",
                "TRAFFIC_LIGHT_AUDIT_CHECKPOINT_INTERVAL", "1s");
        List<Instance> both = List.of(new Instance("two-instances-a", PackagedService.freePort()),
                new Instance("two-instances-b", PackagedService.freePort()));
        for (Instance instance : both) {
            processes.add(service.launch(instance.name(), instance.port(), checkpointOften));
        }
        for (int i = 0; i < both.size(); i++) {
            service.awaitReady(processes.get(i), both.get(i).name(), both.get(i).port());
        }
        return both;
    }

    // --- the load -----------------------------------------------------------------------------------------

    /** Every other classification with a key of its own. */
    private Void classifyMany(Instance instance, int thread) throws IOException {
        for (int i = 0; i < CLASSIFICATIONS_PER_THREAD; i++) {
            String reference = "SCALE-" + instance.name() + "-" + thread + "-" + i;
            HttpResponse<String> answer = classify(instance, reference, i % 2 == 0 ? null : UUID.randomUUID()
                    .toString());
            assertEquals(201, answer.statusCode(), answer.body());
        }
        return null;
    }

    /** Each key sent to both instances at once: every 201 names one decision, and a 409 (in flight) retried too. */
    private List<String> raceKeys(Instance a, Instance b) throws Exception {
        ExecutorService racers = Executors.newFixedThreadPool(2);
        List<String> split = new ArrayList<>();
        try {
            for (int i = 0; i < KEYS_RACED; i++) {
                String key = UUID.randomUUID().toString();
                String reference = "SCALE-RACE-" + i;
                Callable<String> onA = () -> decisionOf(a, reference, key);
                Callable<String> onB = () -> decisionOf(b, reference, key);
                List<Future<String>> answers = racers.invokeAll(List.of(onA, onB));
                String first = answers.get(0).get();
                String second = answers.get(1).get();
                if (!first.equals(second)) {
                    split.add(key + ": " + first + " on A, " + second + " on B");
                }
            }
        } finally {
            racers.shutdown();
        }
        return split;
    }

    /** The decision a key answers, waiting out a 409 while the other instance still serves it. */
    private String decisionOf(Instance instance, String reference, String key) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            HttpResponse<String> answer = classify(instance, reference, key);
            if (answer.statusCode() == 201 || answer.statusCode() == 200) {
                return json(answer.body()).get("decisionId").asText();
            }
            assertEquals(409, answer.statusCode(), answer.body());
            assertTrue(Instant.now().isBefore(deadline), "the key " + key + " stayed in flight");
            Thread.sleep(50);
        }
    }

    /** For each key, the decision it answered on A and the one it answered on B afterwards. */
    private Map<String, String> keyOnAThenB(Instance a, Instance b) throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < KEYS_RACED; i++) {
            String key = UUID.randomUUID().toString();
            String reference = "SCALE-A-THEN-B-" + i;
            answers.put(decisionOf(a, reference, key), decisionOf(b, reference, key));
        }
        return answers;
    }

    private HttpResponse<String> classify(Instance instance, String reference, String key) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(instance, "/v1/classifications"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Descriptors.solarPark().put("reference", reference)
                        .toString()));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return send(instance, request, Roles.LENDER);
    }

    /** A batch, read to its end; its id. */
    private String screen(Instance instance) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < BATCH_LINES; i++) {
            lines.append(Descriptors.solarPark().put("reference", "SCALE-BATCH-" + instance.name() + "-" + i))
                    .append('\n');
        }
        HttpResponse<String> answer = send(instance, HttpRequest.newBuilder(uri(instance, "/v1/classifications/batch"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(lines.toString())), Roles.LENDER);
        assertEquals(201, answer.statusCode(), answer.body());
        String location = answer.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    // --- what must hold -----------------------------------------------------------------------------------

    private void assertGapless(long logSize) throws SQLException {
        long decisions = 2L * THREADS_PER_INSTANCE * CLASSIFICATIONS_PER_THREAD + 2L * KEYS_RACED + 2L * BATCH_LINES;
        try (Connection connection = service.connect();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select count(*), min(seq), max(seq), count(distinct seq) "
                        + "from log_entry")) {
            row.next();
            assertEquals(decisions, row.getLong(1), "every decision once, and nothing else");
            assertEquals(1, row.getLong(2), "the sequence starts at 1");
            assertEquals(logSize, row.getLong(3), "the sequence has no gaps");
            assertEquals(logSize, row.getLong(4), "no sequence number twice");
        }
    }

    private void assertIntact(Instance instance) throws IOException {
        HttpResponse<String> report = send(instance, HttpRequest.newBuilder(uri(instance, "/v1/audit/verify"))
                .POST(HttpRequest.BodyPublishers.noBody()), Roles.REGULATOR);
        assertEquals(200, report.statusCode(), report.body());
        assertTrue(json(report.body()).get("intact").asBoolean(), "the log verifies on " + instance.name() + ": "
                + report.body());
    }

    /**
     * One series: ascending, each signed by the key, the first naming none (0) and each next one naming the one
     * before it, with a consistency proof from it that holds (asked of either instance in turn); the last covers the
     * log.
     */
    private void assertOneSeries(List<SignedCheckpoint> checkpoints, PublicKey key, long logSize, Instance a,
            Instance b) throws IOException {
        assertTrue(checkpoints.size() >= 3, "several checkpoints were signed under the load: " + checkpoints.size());
        long previous = 0;
        SignedCheckpoint before = null;
        for (SignedCheckpoint checkpoint : checkpoints) {
            assertTrue(checkpoint.isSignedBy(key), "the checkpoint of tree size " + checkpoint.treeSize());
            assertEquals(previous, checkpoint.previousTreeSize(), "the checkpoint of tree size "
                    + checkpoint.treeSize() + " names the one before it");
            if (before != null) {
                Instance asked = checkpoint.treeSize() % 2 == 0 ? a : b;
                JsonNode proof = getJson(asked, "/v1/audit/consistency?from=" + before.treeSize() + "&to="
                        + checkpoint.treeSize(), Roles.REGULATOR);
                assertTrue(MerkleTree.verifyConsistency(before.treeSize(), checkpoint.treeSize(), before.rootHash(),
                        checkpoint.rootHash(), hashes(proof.get("consistencyPath"))),
                        "consistent from " + before.treeSize() + " to " + checkpoint.treeSize());
            }
            previous = checkpoint.treeSize();
            before = checkpoint;
        }
        assertEquals(logSize, previous, "the latest checkpoint covers the log");
    }

    private void assertBatchReadOn(Instance other, String batchId) throws IOException {
        JsonNode summary = getJson(other, "/v1/batches/" + batchId, Roles.LENDER);
        assertEquals("completed", summary.get("status").asText(), summary.toString());
        assertEquals(BATCH_LINES, summary.get("decided").asLong(), summary.toString());
    }

    // --- reading ------------------------------------------------------------------------------------------

    private long logSize() throws SQLException {
        try (Connection connection = service.connect();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select coalesce(max(seq), 0) from log_entry")) {
            row.next();
            return row.getLong(1);
        }
    }

    private void awaitCheckpointCovering(Instance instance, long logSize) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (getJson(instance, "/v1/audit/checkpoints/latest", Roles.REGULATOR).get("treeSize").asLong()
                < logSize) {
            assertTrue(Instant.now().isBefore(deadline), "no checkpoint covered the log within 30 s");
            Thread.sleep(200);
        }
    }

    private List<SignedCheckpoint> checkpoints(Instance instance) throws IOException {
        List<SignedCheckpoint> all = new ArrayList<>();
        long from = 1;
        while (true) {
            JsonNode page = getJson(instance, "/v1/audit/checkpoints?limit=1000&from=" + from, Roles.REGULATOR);
            page.get("checkpoints").forEach(checkpoint -> all.add(new SignedCheckpoint(
                    checkpoint.get("treeSize").asLong(), HashText.decodeHash(checkpoint.get("rootHash").asText()),
                    Instant.parse(checkpoint.get("signedAt").asText()),
                    HashText.decodeHash(checkpoint.get("keyId").asText()),
                    HashText.decode(checkpoint.get("signature").asText()),
                    checkpoint.path("previousTreeSize").asLong())));
            if (!page.has("nextFrom")) {
                return all;
            }
            from = page.get("nextFrom").asLong();
        }
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        array.forEach(hash -> hashes.add(HashText.decodeHash(hash.asText())));
        return hashes;
    }

    private JsonNode getJson(Instance instance, String path, String role) throws IOException {
        HttpResponse<String> answer = send(instance, get(path), role);
        assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        return json(answer.body());
    }

    /** A GET of a path, sent to an instance by {@link #send}. */
    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://instance" + path));
    }

    /** Sends to the instance, as a caller of the role (of the organisation, but for a regulator). */
    private HttpResponse<String> send(Instance instance, HttpRequest.Builder request, String role)
            throws IOException {
        HttpRequest built = request.build();
        String query = built.uri().getRawQuery();
        HttpRequest addressed = HttpRequest.newBuilder(built, (name, value) -> true)
                .uri(uri(instance, built.uri().getRawPath() + (query == null ? "" : "?" + query)))
                .header("Authorization", "Bearer " + token(role))
                .timeout(Duration.ofSeconds(60)).build();
        try {
            return http.send(addressed, HttpResponse.BodyHandlers.ofString(UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private String token(String role) {
        return service.token(role, Roles.REGULATOR.equals(role) ? null : ORG);
    }

    private static URI uri(Instance instance, String path) {
        return URI.create("http://localhost:" + instance.port() + path);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
