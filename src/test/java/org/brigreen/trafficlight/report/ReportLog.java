package org.brigreen.trafficlight.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.brigreen.trafficlight.classification.ProjectTable;
import org.brigreen.trafficlight.security.Api;
import org.brigreen.trafficlight.security.Tokens;

/** Decisions a report test logs itself, through the batch endpoint, in an organisation of its own. */
public final class ReportLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A decision as logged: what the reports count it by. */
    public record Logged(String decisionId, String reference, String sector, String country, String trafficLight,
            boolean excluded) {
    }

    private ReportLog() {
    }

    /**
     * Screens every project of the table under the version in effect (whatever version it names), as a lender of
     * {@code org}; returns the decisions logged.
     */
    public static List<Logged> screen(String org) {
        return screen(org, ProjectTable.projects(), n -> org + "-" + n);
    }

    /**
     * Screens {@code projects} under the version in effect as a lender of {@code org}, the n-th (from 1) with the
     * reference {@code reference} gives it, or none where that is null; returns the decisions logged.
     */
    public static List<Logged> screen(String org, List<ProjectTable.Project> projects, IntFunction<String> reference) {
        List<JsonNode> descriptors = new ArrayList<>();
        int n = 0;
        for (ProjectTable.Project project : projects) {
            ObjectNode descriptor = project.descriptor().deepCopy();
            descriptor.remove("reference");
            String given = reference.apply(++n);
            if (given != null) {
                descriptor.put("reference", given);
            }
            descriptors.add(descriptor);
        }
        String body = descriptors.stream().map(JsonNode::toString).collect(Collectors.joining("\n", "", "\n"));
        io.restassured.response.Response answer = Api.as(Tokens.lender(org)).contentType("application/x-ndjson")
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/v1/classifications/batch");
        assertEquals(201, answer.statusCode(), answer.asString());
        List<Logged> logged = new ArrayList<>();
        for (String line : answer.asString().split("\n")) {
            JsonNode result = read(line);
            JsonNode descriptor = descriptors.get(result.get("line").asInt() - 1);
            if (result.has("problem")) {
                continue; // a project the version in effect refuses (its facts contradict one another) is not logged
            }
            logged.add(new Logged(result.get("decisionId").asText(), descriptor.path("reference").asText(null),
                    descriptor.get("sector").asText(), descriptor.get("country").asText(),
                    result.get("class").asText(), result.get("excluded").asBoolean()));
        }
        assertTrue(logged.size() > descriptors.size() / 2, answer.asString());
        return logged;
    }

    /** The expected rows of a report of {@code decisions} by a key: key to {red, amber, green, total}. */
    static Map<String, List<Long>> rows(List<Logged> decisions, java.util.function.Function<Logged, String> key) {
        Map<String, List<Long>> rows = new TreeMap<>();
        for (Logged decision : decisions) {
            List<Long> row = rows.computeIfAbsent(key.apply(decision), k -> new ArrayList<>(List.of(0L, 0L, 0L, 0L)));
            int column = List.of("red", "amber", "green").indexOf(decision.trafficLight());
            row.set(column, row.get(column) + 1);
            row.set(3, row.get(3) + 1);
        }
        return rows;
    }

    /** The rows of a report's JSON, as {@link #rows}. */
    static Map<String, List<Long>> rows(JsonNode rows) {
        Map<String, List<Long>> read = new TreeMap<>();
        rows.forEach(row -> read.put(row.path("key").asText("(none)"), List.of(row.get("red").asLong(),
                row.get("amber").asLong(), row.get("green").asLong(), row.get("total").asLong())));
        return read;
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
