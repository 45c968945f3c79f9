package org.brigreen.trafficlight.appeal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.brigreen.trafficlight.appeal.Appeals.amberDecision;
import static org.brigreen.trafficlight.appeal.Appeals.amberDescriptor;
import static org.brigreen.trafficlight.appeal.Appeals.correctedDescriptor;
import static org.brigreen.trafficlight.appeal.Appeals.file;
import static org.brigreen.trafficlight.appeal.Appeals.filing;
import static org.brigreen.trafficlight.appeal.Appeals.json;
import static org.brigreen.trafficlight.appeal.Appeals.rule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.brigreen.trafficlight.security.Api;
import org.brigreen.trafficlight.security.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Appeals over HTTP: who may file, rule and read; a filing repeated is one appeal; an upheld appeal makes a new
 * decision from the corrected facts under the same rule-set version, which supersedes the old one; a ruling is final.
 */
@QuarkusTest
class AppealApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGULATOR = Tokens.regulator();

    @Test
    void anEnterpriseAppealUpheldSupersedesTheDecisionWithOneFromTheCorrectedFactsUnderTheSameVersion() {
        String enterprise = Tokens.enterprise("appeal-upheld");
        String decisionId = amberDecision(enterprise, "APPEAL-UPHELD");
        JsonNode appealed = json(Api.as(REGULATOR).get("/v1/decisions/" + decisionId));

        Response filed = file(enterprise, decisionId, filing("The EIA was approved before the request.",
                "APPEAL-UPHELD"));
        assertEquals(201, filed.statusCode(), filed.asString());
        JsonNode appeal = json(filed);
        String appealId = appeal.get("appealId").asText();
        assertEquals("/v1/appeals/" + appealId, filed.header("Location"));
        assertEquals("pending", appeal.get("state").asText());
        assertEquals("appeal-upheld", appeal.get("org").asText());
        assertEquals("enterprise", appeal.at("/filedBy/role").asText());
        assertEquals(1, appeal.get("steps").size());
        assertEquals("appeal_filed", appeal.at("/steps/0/kind").asText());

        JsonNode ruled = json(rule(REGULATOR, appealId, "upheld", "The approval letter predates the request."), 200);
        assertEquals("upheld", ruled.get("state").asText());
        assertEquals("regulator", ruled.at("/ruledBy/role").asText());
        assertEquals(2, ruled.get("steps").size());
        assertTrue(ruled.at("/steps/1/seq").asLong() > ruled.at("/steps/0/seq").asLong());
        String newDecisionId = ruled.get("newDecisionId").asText();

        JsonNode made = json(Api.as(enterprise).get("/v1/decisions/" + newDecisionId));
        assertEquals("green", made.get("class").asText(), made.toString());
        assertEquals(appealed.get("ruleSet"), made.get("ruleSet"));
        assertEquals("APPEAL-UPHELD", made.get("reference").asText());
        JsonNode history = json(Api.as(REGULATOR).get("/v1/decisions?reference=APPEAL-UPHELD"));
        assertEquals(List.of(decisionId, newDecisionId), ids(history));
        assertEquals(decisionId, history.at("/items/1/supersedes").asText());
        assertEquals(List.of(decisionId),
                ids(json(Api.as(REGULATOR).get("/v1/decisions?reference=APPEAL-UPHELD&superseded=true"))));
        assertEquals(List.of(newDecisionId),
                ids(json(Api.as(REGULATOR).get("/v1/decisions?reference=APPEAL-UPHELD&superseded=false"))));
        String csv = Api.as(REGULATOR).accept("text/csv").get("/v1/decisions?reference=APPEAL-UPHELD").asString();
        assertTrue(csv.lines().findFirst().orElseThrow().endsWith(",supersedes"), csv);
        assertTrue(csv.lines().skip(2).findFirst().orElseThrow().endsWith("," + decisionId), csv);

        assertEquals("upheld", json(Api.as(enterprise).get("/v1/appeals/" + appealId)).get("state").asText());
        assertEquals(ruled, json(rule(REGULATOR, appealId, "upheld", "The approval letter predates the request."), 200),
                "the same ruling again is answered the appeal, and records nothing");
        assertProblem(rule(REGULATOR, appealId, "dismissed", "Changed my mind."), 409, "appeal-ruled");
        assertProblem(file(enterprise, decisionId, filing("Again.", "APPEAL-UPHELD")), 409, "decision-superseded");
    }

    @Test
    void aDismissedAppealLeavesTheDecisionStandingAndANewAppealMayBeFiled() {
        String enterprise = Tokens.enterprise("appeal-dismissed");
        String decisionId = amberDecision(enterprise, "APPEAL-DISMISSED");
        String appealId = json(file(enterprise, decisionId, filing("Approved, we say.", "APPEAL-DISMISSED")), 201)
                .get("appealId").asText();

        JsonNode ruled = json(rule(REGULATOR, appealId, "dismissed", "No approval letter was shown."), 200);
        assertEquals("dismissed", ruled.get("state").asText());
        assertEquals("No approval letter was shown.", ruled.get("reasons").asText());
        assertFalse(ruled.has("newDecisionId"), ruled.toString());
        assertEquals(List.of(decisionId), ids(json(Api.as(REGULATOR)
                .get("/v1/decisions?reference=APPEAL-DISMISSED&superseded=false"))));
        assertEquals("dismissed", json(Api.as(enterprise).get("/v1/decisions/" + decisionId + "/appeals"))
                .at("/items/0/state").asText());

        String second = json(file(enterprise, decisionId, filing("Here is the letter.", "APPEAL-DISMISSED")), 201)
                .get("appealId").asText();
        assertNotEquals(appealId, second);
        assertEquals(List.of(appealId, second), StreamSupport.stream(json(Api.as(enterprise)
                .get("/v1/decisions/" + decisionId + "/appeals")).get("items").spliterator(), false)
                .map(item -> item.get("appealId").asText()).toList());
    }

    @Test
    void onlyTheOrganisationThatReceivedTheDecisionFilesAndOnlyARegulatorRules() {
        String enterprise = Tokens.enterprise("appeal-roles");
        String decisionId = amberDecision(enterprise, "APPEAL-ROLES");
        String body = filing("Wrong EIA status.", "APPEAL-ROLES");

        assertProblem(file(Tokens.enterprise("appeal-roles-other"), decisionId, body), 404, "http-404");
        assertEquals(403, file(REGULATOR, decisionId, body).statusCode(), "a regulator does not appeal");
        String appealId = json(file(Tokens.lender("appeal-roles"), decisionId, body), 201).get("appealId").asText();

        assertProblem(Api.as(Tokens.enterprise("appeal-roles-other")).get("/v1/appeals/" + appealId), 404,
                "http-404");
        assertProblem(Api.as(Tokens.lender("appeal-roles-other")).get("/v1/decisions/" + decisionId + "/appeals"),
                404, "http-404");
        assertFalse(json(Api.as(Tokens.enterprise("appeal-roles-other")).get("/v1/appeals")).toString()
                .contains(appealId), "another organisation's list does not hold it");
        assertTrue(json(Api.as(enterprise).get("/v1/appeals?state=pending")).toString().contains(appealId));
        assertTrue(json(Api.as(REGULATOR).get("/v1/appeals?state=pending")).toString().contains(appealId));
        assertFalse(json(Api.as(REGULATOR).get("/v1/appeals?state=upheld")).toString().contains(appealId));

        assertEquals(403, rule(enterprise, appealId, "upheld", "We agree with ourselves.").statusCode());
        assertEquals(403, rule(Tokens.lender("appeal-roles"), appealId, "upheld", "So do we.").statusCode());
        assertEquals(401, Api.anonymous().get("/v1/appeals/" + appealId).statusCode());
        assertEquals("pending", json(Api.as(REGULATOR).get("/v1/appeals/" + appealId)).get("state").asText());
    }

    @Test
    void aFilingRepeatedEvenAtOnceIsOneAppealAndAnotherWhileItIsPendingIsAConflict() throws Exception {
        String enterprise = Tokens.enterprise("appeal-repeat");
        String decisionId = amberDecision(enterprise, "APPEAL-REPEAT");
        String body = filing("Approved in March.", "APPEAL-REPEAT");

        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<Response>> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sent.add(threads.submit(() -> file(enterprise, decisionId, body)));
        }
        List<Integer> statuses = new ArrayList<>();
        List<String> appealIds = new ArrayList<>();
        for (Future<Response> response : sent) {
            statuses.add(response.get().statusCode());
            appealIds.add(json(response.get()).get("appealId").asText());
        }
        threads.shutdown();
        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(3, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
        assertEquals(1, appealIds.stream().distinct().count(), appealIds.toString());
        assertEquals(1, json(Api.as(enterprise).get("/v1/decisions/" + decisionId + "/appeals")).get("items").size());

        assertProblem(file(enterprise, decisionId, filing("Approved in April.", "APPEAL-REPEAT")), 409,
                "appeal-pending");
    }

    @Test
    void anInvalidFilingOrRulingNamesEveryFieldAndRecordsNothing() {
        String enterprise = Tokens.enterprise("appeal-invalid");
        String decisionId = amberDecision(enterprise, "APPEAL-INVALID");
        ObjectNode decided = amberDescriptor("APPEAL-INVALID");

        JsonNode missing = problem(file(enterprise, decisionId, "{\"statment\": \"typo\"}"), 400);
        assertEquals(List.of("/descriptor", "/statement", "/statment"), pointers(missing));
        JsonNode unchanged = problem(file(enterprise, decisionId,
                JSON.createObjectNode().put("statement", "Nothing changed.").set("descriptor", decided).toString()),
                400);
        assertEquals(List.of("/descriptor"), pointers(unchanged));
        ObjectNode otherProject = correctedDescriptor("APPEAL-INVALID").put("reference", "SOMETHING-ELSE");
        JsonNode moved = problem(file(enterprise, decisionId, JSON.createObjectNode().put("statement", "Other.")
                .set("descriptor", otherProject).toString()), 400);
        assertEquals(List.of("/descriptor/reference"), pointers(moved));
        ObjectNode badSector = correctedDescriptor("APPEAL-INVALID").put("sector", "unicorns");
        JsonNode nested = problem(file(enterprise, decisionId, JSON.createObjectNode().put("statement", "x")
                .set("descriptor", badSector).toString()), 400);
        assertEquals(List.of("/descriptor/sector"), pointers(nested));
        assertTrue(nested.at("/errors/0/allowedValues").size() > 10, nested.toString());
        assertEquals(0, json(Api.as(enterprise).get("/v1/decisions/" + decisionId + "/appeals")).get("items").size());

        String appealId = json(file(enterprise, decisionId, filing("Approved.", "APPEAL-INVALID")), 201)
                .get("appealId").asText();
        JsonNode badRuling = problem(Api.as(REGULATOR).contentType(ContentType.JSON)
                .body("{\"outcome\": \"granted\", \"reasons\": \" \"}").post("/v1/appeals/" + appealId + "/ruling"),
                400);
        assertEquals(List.of("/outcome", "/reasons"), pointers(badRuling));
        assertEquals(List.of("dismissed", "upheld"),
                JSON.convertValue(badRuling.at("/errors/0/allowedValues"), List.class));
        assertProblem(Api.as(REGULATOR).get("/v1/appeals/not-a-uuid"), 400, "invalid-request");
        assertProblem(Api.as(REGULATOR).get("/v1/appeals?state=open"), 400, "invalid-request");
        assertProblem(Api.as(REGULATOR).get("/v1/appeals/019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13"), 404, "http-404");
        assertEquals("pending", json(Api.as(REGULATOR).get("/v1/appeals/" + appealId)).get("state").asText());
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .map(item -> item.get("decisionId").asText()).toList();
    }

    private static List<String> pointers(JsonNode problem) {
        return StreamSupport.stream(problem.get("errors").spliterator(), false)
                .map(error -> error.get("pointer").asText()).toList();
    }

    private static JsonNode problem(Response response, int status) {
        assertEquals(status, response.statusCode(), response.asString());
        assertEquals("application/problem+json", response.contentType().replaceFirst(";.*", ""));
        return json(response);
    }

    private static void assertProblem(Response response, int status, String type) {
        assertEquals("/problems/" + type, problem(response, status).get("type").asText(),
                response.asString());
    }
}
