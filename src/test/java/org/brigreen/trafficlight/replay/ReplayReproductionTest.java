package org.brigreen.trafficlight.replay;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.brigreen.trafficlight.rules.ShippedVersions;
import org.brigreen.trafficlight.security.Api;
import org.brigreen.trafficlight.security.Tokens;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A thousand varied decisions, each replayed under the version that decided it, must every one be reproduced exactly:
 * the engine is deterministic and the log keeps what it needs to show it.
 */
@QuarkusTest
class ReplayReproductionTest {

    private static final int DECISIONS = 1000;
    private static final long SEED = 20220328L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> VERSIONS = ShippedVersions.published();

    @TestHTTPResource("/")
    URI root;

    @Inject
    AgroalDataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A descriptor and the version it is classified under (null: the default). */
    record Request(ObjectNode descriptor, String version) {
    }

    @Test
    void aThousandRecordedDecisionsAreEachReproducedExactly() throws Exception {
        List<Request> requests = requests();
        List<JsonNode> answers = concurrently(requests, this::classify);
        long lastSeq = lastSeq();

        List<JsonNode> replays = concurrently(answers, answer -> replay(answer.get("decisionId").asText()));

        List<String> failures = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            checkReproduced(answers.get(i), replays.get(i), failures);
        }
        assertEquals(List.of(), failures.stream().limit(20).toList(), failures.size() + " of " + DECISIONS
                + " decisions not reproduced");
        assertEquals(lastSeq, lastSeq(), "a replay wrote to the decision log");
        assertVaried(answers);
    }

    private static void checkReproduced(JsonNode answer, JsonNode replay, List<String> failures) {
        String id = answer.get("decisionId").asText();
        JsonNode replayed = replay.path("replayed");
        Map<String, Object> expected = Map.of(
                "mode", "reproduction",
                "reproduced", true,
                "differences", List.of(),
                "decisionId", id,
                "replayed.class", answer.get("class").asText(),
                "replayed.excluded", answer.get("excluded").asBoolean(),
                "replayed.ruleIds", ruleIds(answer.get("reasons")),
                "replayed.ruleSet", JSON.convertValue(answer.get("ruleSet"), Map.class));
        Map<String, Object> actual = Map.of(
                "mode", replay.path("mode").asText(),
                "reproduced", replay.path("reproduced").asBoolean(false),
                "differences", replay.has("differences") ? JSON.convertValue(replay.get("differences"), List.class)
                        : "absent",
                "decisionId", replay.path("decisionId").asText(),
                "replayed.class", replayed.path("class").asText(),
                "replayed.excluded", replayed.path("excluded").asBoolean(),
                "replayed.ruleIds", ruleIds(replayed.path("reasons")),
                "replayed.ruleSet", JSON.convertValue(replayed.path("ruleSet"), Map.class));
        if (!new TreeMap<>(expected).equals(new TreeMap<>(actual))) {
            failures.add(id + ": expected " + new TreeMap<>(expected) + " but got " + new TreeMap<>(actual));
        } else if (!replay.get("recorded").equals(replayed)
                || !reasonsAsAnswered(answer).equals(replayed.get("reasons"))) {
            failures.add(id + ": the replayed outcome " + replayed + " is not the recorded " + replay.get("recorded"));
        }
    }

    /** The answer's reasons cut to what a replay shows of each: rule, objective, effect and message. */
    private static JsonNode reasonsAsAnswered(JsonNode answer) {
        return JSON.valueToTree(StreamSupport.stream(answer.get("reasons").spliterator(), false)
                .map(reason -> ((ObjectNode) reason.deepCopy()).retain("ruleId", "objective", "effect", "message"))
                .toList());
    }

    private static List<String> ruleIds(JsonNode reasons) {
        return StreamSupport.stream(reasons.spliterator(), false).map(r -> r.path("ruleId").asText()).toList();
    }

    /** The seeded decisions cover what replay must reproduce: every class, exclusion, every version, missing facts. */
    private static void assertVaried(List<JsonNode> answers) {
        Map<String, Long> classes = count(answers, a -> a.get("class").asText());
        Map<String, Long> versions = count(answers, a -> a.get("ruleSet").get("version").asText());
        assertTrue(classes.getOrDefault("red", 0L) >= 100 && classes.getOrDefault("amber", 0L) >= 100
                && classes.getOrDefault("green", 0L) >= 30, "classes: " + classes);
        assertTrue(VERSIONS.stream().allMatch(version -> versions.getOrDefault(version, 0L) >= 150),
                "versions: " + versions);
        assertTrue(count(answers, a -> a.get("excluded").asText()).getOrDefault("true", 0L) >= 20, "excluded");
        assertTrue(count(answers, a -> a.get("cappedByMissingFacts").asText()).getOrDefault("true", 0L) >= 50,
                "capped by missing facts");
    }

    private static Map<String, Long> count(List<JsonNode> answers, Function<JsonNode, String> key) {
        return answers.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    /** The fixed projects of projects.yaml, then seeded random ones, up to a thousand. */
    private static List<Request> requests() throws IOException {
        List<Request> requests = new ArrayList<>();
        try (InputStream table = ReplayReproductionTest.class.getResourceAsStream("/projects.yaml")) {
            List<JsonNode> rows = new YAMLMapper().readValue(table, new TypeReference<>() { });
            for (JsonNode row : rows) {
                String version = row.hasNonNull("version") ? row.get("version").asText()
                        : VERSIONS.get(requests.size() % VERSIONS.size());
                requests.add(new Request((ObjectNode) JSON.valueToTree(row.get("descriptor")), version));
            }
        }
        RandomDescriptors random = new RandomDescriptors(SEED);
        while (requests.size() < DECISIONS) {
            int serial = requests.size();
            // Every third one unpinned: the default version decides, and the record must still say which.
            String version = serial % 3 == 0 ? null : VERSIONS.get(serial / 3 % VERSIONS.size());
            requests.add(new Request(random.next(serial), version));
        }
        return requests;
    }

    private JsonNode classify(Request request) throws IOException, InterruptedException {
        String query = request.version() == null ? "" : "?version=" + request.version();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(root.resolve("/v1/classifications" + query))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + Tokens.lender(Api.ORG))
                .POST(HttpRequest.BodyPublishers.ofString(request.descriptor().toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), request.descriptor() + " → " + response.body());
        return JSON.readTree(response.body());
    }

    private JsonNode replay(String id) throws IOException, InterruptedException {
        URI replay = root.resolve("/v1/decisions/" + id + "/replay");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(replay)
                .header("Authorization", "Bearer " + Tokens.regulator())
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), id + " → " + response.body());
        return JSON.readTree(response.body());
    }

    private long lastSeq() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet row = connection.createStatement()
                        .executeQuery("select coalesce(max(seq), 0) from decision")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Calls {@code call} on every item, eight at a time, and gives the results in the items' order. */
    private static <T, R> List<R> concurrently(List<T> items, ThrowingFunction<T, R> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<R>> results = new ArrayList<>();
            for (T item : items) {
                Callable<R> task = () -> call.apply(item);
                results.add(pool.submit(task));
            }
            List<R> done = new ArrayList<>();
            for (Future<R> result : results) {
                done.add(result.get());
            }
            return Collections.unmodifiableList(done);
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    interface ThrowingFunction<T, R> {
        R apply(T item) throws Exception;
    }
}
