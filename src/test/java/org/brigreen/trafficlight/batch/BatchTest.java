package org.brigreen.trafficlight.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.brigreen.trafficlight.classification.ProjectTable.Project;
import org.brigreen.trafficlight.classification.ProjectTable;
import org.brigreen.trafficlight.rules.ShippedVersions;
import org.brigreen.trafficlight.security.Api;
import org.brigreen.trafficlight.security.Tokens;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.batch.BatchLines.results;
import static org.brigreen.trafficlight.batch.BatchLines.withReference;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Portfolio screening: one result per line in input order, per-line problems, NDJSON and CSV, and the summary. */
@QuarkusTest
class BatchTest {

    /** The version that decides when none is asked for. */
    private static final String IN_EFFECT = ShippedVersions.inEffect(LocalDate.now(ZoneOffset.UTC)).orElseThrow();

    private static final String NDJSON = "application/x-ndjson";
    private static final String CSV = "text/csv";
    private static final String SOLAR = """
            {"reference": "%s", "country": "KE", "sector": "solar_pv", "stage": "planned", "site": {"protectedArea": "none", "worldHeritage": "none", "ramsar": false, "kba": false, "criticalHabitat": "no", "nearestSensitiveAreaKm": 42.5, "indigenousPeoples": false, "conflictAffected": false}, "eia": {"status": "approved", "standard": "international", "publicConsultation": true}}""";

    @Test
    void everyProjectOfTheTableGetsItsClassInInputOrderAndItsDecisionIsRecorded() {
        List<Project> projects = ProjectTable.underTheVersionInEffect();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            lines.add(withReference(projects.get(i), "TABLE-" + i).toString());
        }
        lines.add(2, "");  // a blank line is skipped, but counted
        ExtractableResponse<Response> response = post(NDJSON, String.join("\n", lines) + "\n");

        List<JsonNode> results = results(response.asString());
        assertThat(results.size(), equalTo(projects.size()));
        for (int i = 0; i < projects.size(); i++) {
            JsonNode result = results.get(i);
            Project project = projects.get(i);
            assertThat(project.name(), result.get("line").asInt(), equalTo(i < 2 ? i + 1 : i + 2));
            assertThat(project.name(), result.get("reference").asText(), equalTo("TABLE-" + i));
            assertThat(project.name(), result.get("class").asText(), equalTo(project.trafficLight()));
            assertThat(project.name(), result.get("excluded").asBoolean(), is(project.excluded()));
            assertThat(project.name(), textsOf(result.get("reasons")), hasItems(project.rules().toArray(String[]::new)));
        }
        JsonNode recorded = results.get(0);
        given().when().get("/v1/decisions/" + recorded.get("decisionId").asText())
                .then().statusCode(200)
                .body("class", equalTo(recorded.get("class").asText()))
                .body("reference", equalTo("TABLE-0"));

        given().when().get(response.header("Location"))
                .then().statusCode(200)
                .body("status", equalTo("completed"))
                .body("lines", equalTo(projects.size()))
                .body("decided", equalTo(projects.size()))
                .body("errors", equalTo(0))
                .body("classes.red", equalTo(count(projects, "red")))
                .body("classes.amber", equalTo(count(projects, "amber")))
                .body("classes.green", equalTo(count(projects, "green")))
                .body("excluded", equalTo((int) projects.stream().filter(Project::excluded).count()))
                .body("caller.org", equalTo(Api.ORG))
                .body("ruleSet.version", equalTo(IN_EFFECT));
    }

    @Test
    void aBadLineGetsItsOwnProblemAndTheBatchGoesOn() {
        String body = String.join("\n",
                SOLAR.formatted("GOOD-1"),
                "{\"country\": \"KE\",",
                SOLAR.formatted("UNKNOWN-FIELD").replace("\"stage\"", "\"colour\": \"blue\", \"stage\""),
                SOLAR.formatted("BAD-COUNTRY").replace("\"KE\"", "\"XX\""),
                SOLAR.formatted("GOOD-2"),
                "[1, 2]",
                SOLAR.formatted("GOOD-3"));
        ExtractableResponse<Response> response = post(NDJSON, body);

        List<JsonNode> results = results(response.asString());
        assertThat(results.stream().map(result -> result.get("line").asInt()).toList(), contains(1, 2, 3, 4, 5, 6, 7));
        for (int good : new int[] {0, 4, 6}) {
            assertThat(results.get(good).get("decisionId"), notNullValue());
            assertThat(results.get(good).get("problem"), nullValue());
        }
        for (int bad : new int[] {1, 2, 3, 5}) {
            JsonNode problem = results.get(bad).get("problem");
            assertThat(problem.get("status").asInt(), equalTo(400));
            assertThat(problem.get("detail").asText(), startsWith("Line " + (bad + 1) + ": "));
            assertThat(results.get(bad).get("decisionId"), nullValue());
        }
        assertThat(pointers(results.get(2).get("problem")), contains("/colour"));
        assertThat(pointers(results.get(3).get("problem")), contains("/country"));
        assertThat(results.get(1).get("problem").get("detail").asText(), startsWith("Line 2: The request body is "
                + "not valid JSON"));

        given().when().get(response.header("Location"))
                .then().statusCode(200)
                .body("status", equalTo("completed"))
                .body("lines", equalTo(7))
                .body("decided", equalTo(3))
                .body("errors", equalTo(4))
                .body("classes.green", equalTo(3));
    }

    @Test
    void aCsvPortfolioGetsTheSameClassesAsTheSameProjectsInJson() {
        List<Project> projects = ProjectTable.underTheVersionInEffect();
        List<ObjectNode> descriptors = IntStream.range(0, projects.size())
                .mapToObj(i -> withReference(projects.get(i), "CSV-" + i)).toList();
        ExtractableResponse<Response> response = post(CSV, BatchLines.csv(descriptors));

        List<JsonNode> results = results(response.asString());
        assertThat(results.size(), equalTo(projects.size()));
        for (int i = 0; i < projects.size(); i++) {
            JsonNode result = results.get(i);
            assertThat(projects.get(i).name() + ": " + result, result.get("line").asInt(), equalTo(i + 2));
            assertThat(projects.get(i).name() + ": " + result, result.path("class").asText(),
                    equalTo(projects.get(i).trafficLight()));
            assertThat(result.get("reference").asText(), equalTo("CSV-" + i));
        }
    }

    @Test
    void aCsvCellOfTheWrongTypeOrARowOfTheWrongLengthIsAProblemOfItsLine() {
        String csv = """
                reference,country,sector,stage,capacityMw,site.ramsar,excludedActivities
                CSV-GOOD,KE,solar_pv,planned,50,false,
                CSV-BAD-CELLS,KE,solar_pv,planned,lots,maybe,
                CSV-SHORT,KE

                CSV-LIST,KE,solar_pv,planned,50,false,forced_or_child_labour|unbonded_asbestos
                """;
        List<JsonNode> results = results(post(CSV, csv).asString());

        assertThat(results.stream().map(result -> result.get("line").asInt()).toList(), contains(2, 3, 4, 6));
        assertThat(results.get(0).get("class").asText(), notNullValue());
        assertThat(pointers(results.get(1).get("problem")), contains("/capacityMw", "/site/ramsar"));
        assertThat(results.get(2).get("problem").get("detail").asText(),
                equalTo("Line 4: The row has 2 cells; the header has 7."));
        assertThat(results.get(3).get("excluded").asBoolean(), is(true));
    }

    @Test
    void aCsvHeaderNamingAnUnknownFieldIsRefusedWhole() {
        given().contentType(CSV).body(bytes("reference,country,sector,stage,capacity\nX,KE,solar_pv,planned,5\n"))
                .when().post("/v1/classifications/batch")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("header column 5"))
                .body("errors[0].reason", equalTo("unknown field 'capacity'"))
                .body("errors[0].allowedValues", hasItems("capacityMw", "site.protectedArea", "eia.status"));
    }

    @Test
    void moreThanOneHundredThousandDescriptorsAreRefusedBeforeAnyIsDecided() {
        String body = "{}\n".repeat(100_001);
        given().contentType(NDJSON).body(bytes(body))
                .when().post("/v1/classifications/batch")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", equalTo("A batch holds at most 100000 descriptors; send the rest in another batch."));
    }

    @Test
    void aBodyThatIsNoBatchIsAProblem() {
        given().contentType(NDJSON).body(bytes("\n  \n")).when().post("/v1/classifications/batch")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("The batch holds no descriptors."));
        given().contentType(CSV).body(bytes("reference,country\n")).when().post("/v1/classifications/batch")
                .then().statusCode(400).body("detail", equalTo("The batch holds no descriptors."));
        given().contentType(CSV).body(bytes("reference,country\n\"unclosed,KE\n")).when().post("/v1/classifications/batch")
                .then().statusCode(400).body("detail", startsWith("The body is not valid CSV at line"));
        given().contentType("application/json").body(SOLAR.formatted("JSON")).when().post("/v1/classifications/batch")
                .then().statusCode(415).contentType("application/problem+json");
        given().contentType(NDJSON).body(bytes(SOLAR.formatted("V"))).when().post("/v1/classifications/batch?version=2019.1")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aPinnedVersionDecidesEveryLine() {
        String conflictAffected = SOLAR.formatted("PINNED").replace("\"conflictAffected\": false",
                "\"conflictAffected\": true");
        List<JsonNode> pinned = results(given().contentType(NDJSON).body(bytes(conflictAffected))
                .when().post("/v1/classifications/batch?version=2021.2")
                .then().statusCode(201).extract().asString());
        List<JsonNode> current = results(post(NDJSON, conflictAffected).asString());
        assertThat(pinned.get(0).get("class").asText(), equalTo("green"));
        assertThat(current.get(0).get("class").asText(), equalTo("amber"));
    }

    @Test
    void aBatchIsSummarisedForItsOwnOrganisationAndRegulatorsOnly() {
        String location = post(NDJSON, SOLAR.formatted("MINE")).header("Location");
        Api.as(Tokens.regulator()).when().get(location).then().statusCode(200).body("lines", equalTo(1));
        Api.as(Tokens.lender(Api.ORG)).when().get(location).then().statusCode(200);
        Api.as(Tokens.lender("another-bank")).when().get(location)
                .then().statusCode(404).body("detail", startsWith("There is no batch "));
        Api.as(Tokens.enterprise("another-bank")).when().get(location).then().statusCode(404);
        Api.anonymous().when().get(location).then().statusCode(401);
        Api.as(Tokens.regulator()).contentType(NDJSON).body(bytes(SOLAR.formatted("R")))
                .when().post("/v1/classifications/batch").then().statusCode(403);
        given().when().get("/v1/batches/not-a-uuid").then().statusCode(400).body("errors[0].pointer", equalTo("id"));
        given().when().get("/v1/batches/019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13").then().statusCode(404);
    }

    @Test
    void anEnterpriseBatchIsRecordedAsASelfCheck() {
        String location = Api.as(Tokens.enterprise("builder-co")).contentType(NDJSON).body(bytes(SOLAR.formatted("SELF")))
                .when().post("/v1/classifications/batch")
                .then().statusCode(201).header("Location", matchesPattern(".*/v1/batches/[0-9a-f-]{36}"))
                .extract().header("Location");
        Api.as(Tokens.enterprise("builder-co")).when().get(location)
                .then().statusCode(200).body("caller.purpose", equalTo("self_check"));
    }

    @Test
    void aLineWhoseFactsContradictOneAnotherIsRefusedAndTheOthersAreDecided() {
        // Inside a protected area, and 42.5 km from the nearest one.
        String contradictory = SOLAR.formatted("CONTRADICTORY")
                .replace("\"protectedArea\": \"none\"", "\"protectedArea\": \"iucn_iii_vi\"");
        String body = String.join("\n", SOLAR.formatted("BEFORE"), contradictory, SOLAR.formatted("AFTER")) + "\n";
        ExtractableResponse<Response> response = post(NDJSON, body);

        List<JsonNode> results = results(response.asString());
        assertThat(results.get(0).get("decisionId"), notNullValue());
        JsonNode problem = results.get(1).get("problem");
        assertThat(problem.get("status").asInt(), equalTo(400));
        assertThat(pointers(problem), contains("/site/nearestSensitiveAreaKm", "/site/protectedArea"));
        assertThat(results.get(2).get("decisionId"), notNullValue());
        given().when().get(response.header("Location"))
                .then().statusCode(200)
                .body("decided", equalTo(2))
                .body("errors", equalTo(1));
    }

    private static ExtractableResponse<Response> post(String mediaType, String body) {
        return given().contentType(mediaType).body(bytes(body))
                .when().post("/v1/classifications/batch")
                .then().statusCode(201).contentType(NDJSON)
                .header("Location", matchesPattern(".*/v1/batches/[0-9a-f-]{36}"))
                .extract();
    }

    /** The body as bytes: sent as they are, whatever the media type. */
    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private static int count(List<Project> projects, String trafficLight) {
        return (int) projects.stream().filter(project -> project.trafficLight().equals(trafficLight)).count();
    }

    private static List<String> textsOf(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }

    private static List<String> pointers(JsonNode problem) {
        List<String> pointers = new ArrayList<>();
        problem.get("errors").forEach(error -> pointers.add(error.get("pointer").asText()));
        return pointers;
    }
}
