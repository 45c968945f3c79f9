package org.brigreen.trafficlight.replay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.brigreen.trafficlight.classification.Descriptors;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The impact of 2022.1 on a period of decisions made under 2021.2, seeded so that the expected movements follow from
 * the rules 2022.1 adds (conflict-affected areas, host-country standards for high-impact sectors, undetermined
 * critical habitat) and from those it keeps (new coal power excluded, operating coal red).
 */
@QuarkusTest
class ImpactTest {

    private static final String IMPACT = "/v1/rulesets/bri-traffic-light/versions/2022.1/impact";

    /** The seeded kinds of project, how many of each, and the class each gets under 2021.2 and under 2022.1. */
    enum Kind {
        SOLAR_CLEAR_SITE(7, "green", "green"),
        SOLAR_CONFLICT_AREA(5, "green", "amber"),
        RAIL_HOST_STANDARD_ONLY(4, "green", "amber"),
        RAIL_CRITICAL_HABITAT_UNKNOWN(3, "green", "amber"),
        COAL_PLANNED(2, "red", "red"),
        COAL_OPERATING(3, "red", "red");

        final int count;
        final String under2021;
        final String under2022;

        Kind(int count, String under2021, String under2022) {
            this.count = count;
            this.under2021 = under2021;
            this.under2022 = under2022;
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void twentyTwentyTwoOneMovesTheSeededDecisionsAsDesigned() throws SQLException {
        Instant from = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Seeded seeded = seed();
        Map<Kind, List<String>> ids = seeded.byKind();
        // Two decisions of the period made under 2022.1 itself: left out when only 2021.2 decisions are asked for.
        List<String> under2022 = List.of(classify(descriptor(Kind.SOLAR_CONFLICT_AREA), "2022.1"),
                classify(descriptor(Kind.SOLAR_CONFLICT_AREA), "2022.1"));
        Instant to = Instant.now().truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS);
        long lastSeq = lastSeq();

        JsonPath impact = impact("?from=" + from + "&to=" + to + "&decidedUnder=2021.2");

        assertEquals("2022.1", impact.getString("ruleSet.version"));
        assertEquals(from.toString(), impact.getString("from"));
        assertEquals("2021.2", impact.getString("decidedUnder"));
        // green: 7 stay green, 5 + 4 + 3 become amber; red: 2 + 3 stay red.
        assertMatrix(impact, Map.of("green", Map.of("green", 7, "amber", 12), "red", Map.of("red", 5)));
        assertEquals(24, impact.getInt("totals.decisions"));
        assertEquals(12, impact.getInt("totals.classMoved"));
        assertEquals(12, impact.getInt("totals.worse"));
        assertEquals(0, impact.getInt("totals.better"));
        assertEquals(0, impact.getInt("totals.excludedChanged"));
        assertEquals(Map.of("red", 5, "amber", 0, "green", 19), impact.getMap("totals.recorded"));
        assertEquals(Map.of("red", 5, "amber", 12, "green", 7), impact.getMap("totals.replayed"));
        assertEquals(Map.of("2021.2", 24), impact.getMap("totals.byRecordedVersion"));
        assertEquals(lastSeq - under2022.size(), impact.getLong("totals.lastSeq"));
        assertEquals(2, impact.getInt("excluded.stayed.count"));
        assertEquals(0, impact.getInt("excluded.became.count"));
        assertEquals(0, impact.getInt("excluded.ceased.count"));

        // Samples: the first five of each movement, in log order, from the right kinds only.
        assertEquals(ids.get(Kind.SOLAR_CLEAR_SITE).subList(0, 5), impact.getList("classes.green.green.sampleIds"));
        List<String> becameAmber = seeded.inLogOrder(Kind.SOLAR_CONFLICT_AREA, Kind.RAIL_HOST_STANDARD_ONLY,
                Kind.RAIL_CRITICAL_HABITAT_UNKNOWN);
        assertEquals(becameAmber.subList(0, 5), impact.getList("classes.green.amber.sampleIds"));
        assertEquals(seeded.inLogOrder(Kind.COAL_PLANNED, Kind.COAL_OPERATING),
                impact.getList("classes.red.red.sampleIds"));
        assertEquals(ids.get(Kind.COAL_PLANNED), impact.getList("excluded.stayed.sampleIds"));
        assertEquals(List.of(), impact.getList("classes.amber.amber.sampleIds"));

        JsonPath everyVersion = impact("?from=" + from + "&to=" + to);
        assertMatrix(everyVersion, Map.of("green", Map.of("green", 7, "amber", 12), "red", Map.of("red", 5),
                "amber", Map.of("amber", 2)));
        assertEquals(Map.of("2021.2", 24, "2022.1", 2), everyVersion.getMap("totals.byRecordedVersion"));
        assertEquals(under2022, everyVersion.getList("classes.amber.amber.sampleIds"));
        assertEquals(lastSeq, lastSeq(), "an impact analysis wrote to the decision log");
    }

    @Test
    void anEmptyPeriodMovesNothing() {
        Instant past = Instant.parse("2001-01-01T00:00:00Z");
        JsonPath impact = impact("?from=" + past + "&to=" + past.plusSeconds(1));
        assertEquals(0, impact.getInt("totals.decisions"));
        assertEquals(null, impact.<Object>get("totals.lastSeq"));
        assertMatrix(impact, Map.of());
    }

    @Test
    void anOffsetInstantIsTheSameInstant() {
        given().queryParam("from", "2001-01-01T08:00:00+08:00").queryParam("to", "2001-01-02T00:00:00Z")
                .when().post(IMPACT)
                .then().statusCode(200)
                .body("from", equalTo("2001-01-01T00:00:00Z"));
    }

    @Test
    void aBadPeriodOrAnUnknownVersionIsAProblem() {
        given().when().post(IMPACT + "?from=yesterday&to=2026-13-01T00:00:00Z")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", contains("from", "to"));
        given().when().post(IMPACT + "?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", contains("to"))
                .body("errors[0].reason", equalTo("must be later than from"));
        given().when().post("/v1/rulesets/bri-traffic-light/versions/2019.1/impact")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/unknown-rule-set"))
                .body("detail", startsWith("Rule set 'bri-traffic-light' has no version '2019.1'"));
        given().when().post("/v1/rulesets/no-such-rules/versions/2022.1/impact")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theRuleSetEndpointsBesideItStillAnswer() {
        given().when().get("/v1/rulesets/bri-traffic-light/versions/2022.1").then().statusCode(200)
                .body("summary.version", equalTo("2022.1"));
        given().when().post("/v1/rulesets/bri-traffic-light/versions/2022.1/impact?decidedUnder=1999.9")
                .then().statusCode(200)
                .body("totals.decisions", equalTo(0))
                .body("classes.green.green.sampleIds", empty())
                .body("totals.lastSeq", nullValue());
    }

    /** The seeded decisions, in the order they were made (which is the log's order), and by kind. */
    record Seeded(List<String> made, Map<Kind, List<String>> byKind) {

        List<String> inLogOrder(Kind... kinds) {
            List<String> ofKinds = new ArrayList<>();
            for (Kind kind : kinds) {
                ofKinds.addAll(byKind.get(kind));
            }
            return made.stream().filter(ofKinds::contains).toList();
        }
    }

    /** Every kind, its decisions interleaved in a seeded order, each classified pinned to 2021.2, one at a time. */
    private static Seeded seed() {
        List<Kind> order = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            order.addAll(Collections.nCopies(kind.count, kind));
        }
        Collections.shuffle(order, new Random(42));
        List<String> made = new ArrayList<>();
        Map<Kind, List<String>> byKind = new EnumMap<>(Kind.class);
        for (Kind kind : order) {
            String id = classify(descriptor(kind), "2021.2");
            made.add(id);
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(id);
        }
        return new Seeded(made, byKind);
    }

    private static ObjectNode descriptor(Kind kind) {
        ObjectNode descriptor = Descriptors.solarPark();
        ObjectNode site = (ObjectNode) descriptor.get("site");
        ObjectNode eia = (ObjectNode) descriptor.get("eia");
        switch (kind) {
            case SOLAR_CLEAR_SITE -> { }
            case SOLAR_CONFLICT_AREA -> site.put("conflictAffected", true);
            case RAIL_HOST_STANDARD_ONLY -> {
                descriptor.put("sector", "rail_electric").remove("capacityMw");
                eia.put("standard", "host_country");
            }
            case RAIL_CRITICAL_HABITAT_UNKNOWN -> {
                descriptor.put("sector", "rail_electric").remove("capacityMw");
                site.put("criticalHabitat", "unknown");
            }
            case COAL_PLANNED -> descriptor.put("sector", "coal_power").put("capacityMw", 1320);
            case COAL_OPERATING -> {
                descriptor.put("sector", "coal_power").put("stage", "operational").put("capacityMw", 660);
                descriptor.putObject("coal").put("constructionStart", "2014-03-01");
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        descriptor.put("reference", "IMPACT-" + kind);
        return descriptor;
    }

    private static String classify(ObjectNode descriptor, String version) {
        JsonPath answer = JsonPath.from(given().contentType(ContentType.JSON).body(descriptor.toString())
                .queryParam("version", version)
                .when().post("/v1/classifications")
                .then().statusCode(201).extract().asString());
        return answer.getString("decisionId");
    }

    private static JsonPath impact(String query) {
        return JsonPath.from(given().when().post(IMPACT + query)
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString());
    }

    /** Every one of the nine cells: the counts given, zero elsewhere, and as many samples as the count allows. */
    private static void assertMatrix(JsonPath impact, Map<String, Map<String, Integer>> expected) {
        for (String from : List.of("red", "amber", "green")) {
            for (String to : List.of("red", "amber", "green")) {
                int count = expected.getOrDefault(from, Map.of()).getOrDefault(to, 0);
                String cell = "classes." + from + "." + to;
                assertEquals(count, impact.getInt(cell + ".count"), cell);
                assertEquals(Math.min(count, 5), impact.getList(cell + ".sampleIds").size(), cell + " samples");
            }
        }
    }

    private long lastSeq() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet row = connection.createStatement()
                        .executeQuery("select coalesce(max(seq), 0) from decision")) {
            row.next();
            return row.getLong(1);
        }
    }
}
