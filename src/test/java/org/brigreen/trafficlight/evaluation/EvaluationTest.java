package org.brigreen.trafficlight.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.classification.ProjectTable;
import org.brigreen.trafficlight.security.Api;
import org.brigreen.trafficlight.security.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Evaluations: a classification's answer, marked as no decision, with nothing recorded. */
@QuarkusTest
class EvaluationTest {

    static final String NOTICE_EN = "An evaluation, not a decision: nothing was recorded, and it cannot be cited as a "
            + "screening result.";
    static final String NOTICE_ZH = "这是评估，不是决定：未作任何记录，不能作为筛查结果引用。";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NDJSON = "application/x-ndjson";

    @Inject
    AgroalDataSource dataSource;

    static Stream<Arguments> projectsInBothLanguages() {
        return ProjectTable.projects().stream().flatMap(project -> Stream.of(Arguments.of(project, "en"),
                Arguments.of(project, "zh")));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("projectsInBothLanguages")
    void anEvaluationAnswersWhatAClassificationOfTheSameDescriptorAndVersionDecides(ProjectTable.Project project,
            String language) {
        String query = project.version() == null ? "" : "?version=" + project.version();
        ObjectNode classification = json(post("/v1/classifications" + query, project.descriptor(), language)
                .then().statusCode(201).extract().asString());
        Response evaluated = post("/v1/evaluations" + query, project.descriptor(), language);
        evaluated.then().statusCode(200).contentType(ContentType.JSON).header("Content-Language", language)
                .header("Location", nullValue());
        ObjectNode evaluation = json(evaluated.asString());

        assertThat(evaluation.has("decisionId") || evaluation.has("decidedAt"), equalTo(false));
        assertThat(evaluation.get("recorded").booleanValue(), equalTo(false));
        assertThat(evaluation.get("notice").textValue(), equalTo(language.equals("zh") ? NOTICE_ZH : NOTICE_EN));
        classification.remove(List.of("decisionId", "decidedAt"));
        evaluation.remove(List.of("recorded", "notice"));
        assertEquals(classification.toString(), evaluation.toString(),
                "the same class, reasons, actions, remedies, rule set and digest, in the same words");
    }

    @Test
    void anEvaluationRecordsNoDecisionNoBatchAndNoIdempotencyKey() throws SQLException {
        String reference = "EVALUATION-" + UUID.randomUUID();
        ObjectNode descriptor = Descriptors.solarPark().put("reference", reference);
        LogCounts before = LogCounts.of(dataSource);

        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(descriptor.toString())
                .when().post("/v1/evaluations")
                .then().statusCode(200);
        batch(NDJSON, descriptor + "\n" + descriptor + "\n").then().statusCode(200);
        batch("text/csv", "reference,country,sector,stage\n" + reference + ",KE,solar_pv,planned\n")
                .then().statusCode(200);

        assertEquals(before, LogCounts.of(dataSource));
        Api.as(Tokens.regulator()).when().get("/v1/decisions?reference=" + reference)
                .then().statusCode(200).body("items", empty());
        given().contentType(ContentType.JSON).body(descriptor.toString())
                .when().post("/v1/classifications").then().statusCode(201);
        assertEquals(before.decisions() + 1, LogCounts.of(dataSource).decisions(), "a classification is counted");
    }

    static Stream<Arguments> invalidBodies() {
        ObjectNode unknownSector = Descriptors.solarPark().put("sector", "coal").put("capacityMw", -1);
        ObjectNode noCountry = Descriptors.solarPark();
        noCountry.remove("country");
        return Stream.of(
                Arguments.of("an unknown sector and a negative capacity", unknownSector.toString()),
                Arguments.of("no country", noCountry.toString()),
                Arguments.of("an unknown field", Descriptors.solarPark().put("colour", "blue").toString()),
                Arguments.of("malformed JSON", "{\"country\": \"KE\","),
                Arguments.of("NUL in the reference", Descriptors.solarPark().put("reference", "A\u0000B").toString()),
                Arguments.of("an array", "[1, 2]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBodies")
    void anInvalidDescriptorGetsTheSame400AsAClassification(String name, String body) {
        ObjectNode classification = problem(given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/classifications"), 400);
        ObjectNode evaluation = problem(given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/evaluations"), 400);
        assertThat(evaluation.get("instance").textValue(), equalTo("/v1/evaluations"));
        classification.remove("instance");
        evaluation.remove("instance");
        assertEquals(classification, evaluation);
    }

    @ParameterizedTest
    @ValueSource(strings = {"version=2019.1", "ruleset=no-such-rules&version=2022.1"})
    void anUnknownRuleSetOrVersionIs404AsForAClassification(String query) {
        String body = Descriptors.solarPark().toString();
        ObjectNode classification = problem(given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/classifications?" + query), 404);
        ObjectNode evaluation = problem(given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/evaluations?" + query), 404);
        classification.remove("instance");
        evaluation.remove("instance");
        assertEquals(classification, evaluation);
        problem(batch(NDJSON, body + "\n", query), 404);
    }

    @Test
    void aBatchEvaluationAnswersEachLineAsASingleEvaluationAndARefusedLineKeepsTheOthers() {
        ObjectNode solar = Descriptors.solarPark().put("reference", "BATCH-SOLAR");
        ObjectNode coal = Descriptors.solarPark().put("reference", "BATCH-COAL").put("sector", "coal_power");
        String body = solar + "\n" + "{\"country\": \"XX\", \"sector\": \"solar_pv\", \"stage\": \"planned\"}\n\n"
                + coal + "\n";
        Response response = batch(NDJSON, body);
        response.then().statusCode(200).contentType(NDJSON).header("Location", nullValue())
                .header("Content-Language", "en");
        List<ObjectNode> results = lines(response.asString());

        assertThat(results.stream().map(result -> result.get("line").intValue()).toList(), contains(1, 2, 4));
        assertEquals(single(solar, "en"), withoutLine(results.get(0)));
        assertEquals(single(coal, "en"), withoutLine(results.get(2)));
        JsonNode problem = results.get(1).get("problem");
        assertThat(problem.get("status").intValue(), equalTo(400));
        assertThat(problem.get("instance").textValue(), equalTo("/v1/evaluations/batch"));
        assertThat(problem.get("detail").textValue(), startsWith("Line 2: "));
        assertThat(problem.at("/errors/0/pointer").textValue(), equalTo("/country"));
        assertThat(results.get(1).has("recorded"), equalTo(false));
    }

    @Test
    void aCsvBatchEvaluationAnswersInTheCallersLanguage() {
        String csv = "reference,country,sector,stage,eia.status\nCSV-1,KE,solar_pv,planned,approved\n"
                + "CSV-2,KE,solar_pv,planned,approved,extra\n";
        Response response = given().contentType("text/csv").header("Accept-Language", "zh-CN")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/evaluations/batch");
        response.then().statusCode(200).header("Content-Language", "zh");
        List<ObjectNode> results = lines(response.asString());

        ObjectNode descriptor = JSON.createObjectNode().put("reference", "CSV-1").put("country", "KE")
                .put("sector", "solar_pv").put("stage", "planned");
        descriptor.putObject("eia").put("status", "approved");
        assertEquals(single(descriptor, "zh"), withoutLine(results.get(0)));
        assertThat(results.get(0).get("notice").textValue(), equalTo(NOTICE_ZH));
        assertThat(results.get(1).at("/problem/detail").textValue(), startsWith("Line 3: The row has 6 cells"));
    }

    @Test
    void aBatchEvaluationMayBeLargerThanASingleBody() {
        String line = Descriptors.solarPark().toString() + "\n";
        int lines = 256 * 1024 / line.length() + 100;
        Response response = batch(NDJSON, line.repeat(lines));
        response.then().statusCode(200);
        assertThat(lines(response.asString()).size(), equalTo(lines));
    }

    @Test
    void onlyLendersAndEnterprisesMayEvaluate() {
        String body = Descriptors.solarPark().toString();
        for (String token : List.of(Tokens.lender("org-a"), Tokens.enterprise("org-a"))) {
            Api.as(token).contentType(ContentType.JSON).body(body).when().post("/v1/evaluations")
                    .then().statusCode(200);
        }
        for (String token : List.of(Tokens.regulator(), Tokens.rulesAdmin())) {
            Api.as(token).contentType(ContentType.JSON).body(body).when().post("/v1/evaluations")
                    .then().statusCode(403).contentType("application/problem+json");
            Api.as(token).contentType(NDJSON).body(body.getBytes(StandardCharsets.UTF_8))
                    .when().post("/v1/evaluations/batch")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        Api.anonymous().contentType(ContentType.JSON).body(body).when().post("/v1/evaluations")
                .then().statusCode(401);
    }

    /** The answer of a single evaluation of {@code descriptor}. */
    private static ObjectNode single(ObjectNode descriptor, String language) {
        return json(post("/v1/evaluations", descriptor, language).then().statusCode(200).extract().asString());
    }

    private static Response post(String path, JsonNode descriptor, String language) {
        return given().contentType(ContentType.JSON).header("Accept-Language", language).body(descriptor.toString())
                .when().post(path);
    }

    static Response batch(String mediaType, String body) {
        return batch(mediaType, body, "");
    }

    static Response batch(String mediaType, String body, String query) {
        return given().contentType(mediaType).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/evaluations/batch" + (query.isEmpty() ? "" : "?" + query));
    }

    private static ObjectNode problem(Response response, int status) {
        response.then().statusCode(status).contentType("application/problem+json");
        return json(response.asString());
    }

    private static ObjectNode withoutLine(ObjectNode result) {
        result.remove("line");
        return result;
    }

    static List<ObjectNode> lines(String body) {
        List<ObjectNode> lines = new ArrayList<>();
        body.lines().forEach(line -> lines.add(json(line)));
        return lines;
    }

    static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON object: " + text, e);
        }
    }
}
