package org.brigreen.trafficlight.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.decision.DecisionLog;
import org.brigreen.trafficlight.decision.TimeOrderedIds;
import org.junit.jupiter.api.Test;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Lenders and enterprises see their own organisation's decisions, and nothing of anyone else's. */
@QuarkusTest
class OrganisationIsolationTest {

    @Inject
    DecisionLog decisionLog;

    @Inject
    AgroalDataSource dataSource;

    private static final String BANK_A = "bank-a";
    private static final String BANK_B = "bank-b";

    @Test
    void lenderACannotReadListExportReplayOrProveLenderBsDecisions() {
        String reference = "isolation-" + UUID.randomUUID();
        String ofA = AccessMatrixTest.classify(Tokens.lender(BANK_A), reference);
        String ofB = AccessMatrixTest.classify(Tokens.lender(BANK_B), reference);
        String lenderA = Tokens.lender(BANK_A);

        notFound(lenderA, "GET", "/v1/decisions/" + ofB);
        notFound(lenderA, "POST", "/v1/decisions/" + ofB + "/replay");
        notFound(lenderA, "GET", "/v1/decisions/" + ofB + "/proof");
        List<String> listed = Api.as(lenderA).queryParam("reference", reference)
                .when().get("/v1/decisions")
                .then().statusCode(200).extract().jsonPath().getList("items.decisionId");
        assertEquals(List.of(ofA), listed);
        for (String export : List.of("application/x-ndjson", "text/csv")) {
            Api.as(lenderA).accept(export).queryParam("reference", reference)
                    .when().get("/v1/decisions")
                    .then().statusCode(200)
                    .body(containsString(ofA), not(containsString(ofB)));
        }
        // Lender A's own decision stays fully readable, and a regulator sees both.
        Api.as(lenderA).when().get("/v1/decisions/" + ofA).then().statusCode(200);
        Api.as(lenderA).when().post("/v1/decisions/" + ofA + "/replay").then().statusCode(200);
        Api.as(lenderA).when().get("/v1/decisions/" + ofA + "/proof").then().statusCode(200);
        assertEquals(List.of(ofA, ofB), Api.as(Tokens.regulator()).queryParam("reference", reference)
                .when().get("/v1/decisions")
                .then().statusCode(200).extract().jsonPath().getList("items.decisionId"));
    }

    @Test
    void aBatchWhoseRowWasMovedToAnotherOrganisationIsShownToNeither() throws SQLException {
        String location = Api.as(Tokens.lender(BANK_A)).contentType("application/x-ndjson")
                .body(Descriptors.solarPark().put("reference", "isolation-batch").toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/classifications/batch")
                .then().statusCode(201).extract().header("Location");
        UUID batch = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        Api.as(Tokens.lender(BANK_A)).when().get(location).then().statusCode(200);

        // The batch table is bookkeeping, outside the hash chain: a database user can edit it at will.
        moveBatch(batch, BANK_B);
        try {
            notFound(Tokens.lender(BANK_B), "GET", location);
            notFound(Tokens.lender(BANK_A), "GET", location);
            Api.as(Tokens.regulator()).when().get(location).then().statusCode(200).body("decided", equalTo(1));
        } finally {
            moveBatch(batch, BANK_A);
        }
        Api.as(Tokens.lender(BANK_A)).when().get(location).then().statusCode(200);
    }

    private void moveBatch(UUID batch, String org) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update batch set org = ? where id = ?")) {
            update.setString(1, org);
            update.setObject(2, batch);
            assertEquals(1, update.executeUpdate());
        }
    }

    @Test
    void anotherOrganisationsDecisionIsAnswered404LikeOneThatDoesNotExist() {
        String ofB = AccessMatrixTest.classify(Tokens.lender(BANK_B), "isolation-404");
        String missing = UUID.randomUUID().toString();
        JsonPath hidden = notFound(Tokens.lender(BANK_A), "GET", "/v1/decisions/" + ofB);
        JsonPath absent = notFound(Tokens.lender(BANK_A), "GET", "/v1/decisions/" + missing);
        assertEquals(absent.getString("detail").replace(missing, ofB), hidden.getString("detail"));
        assertEquals(absent.getString("type"), hidden.getString("type"));
    }

    @Test
    void theRecordNamesTheCallerItsOrganisationAndPurpose() {
        String reference = "caller-" + UUID.randomUUID();
        AccessMatrixTest.classify(Tokens.lender(BANK_A), reference);
        AccessMatrixTest.classify(Tokens.enterprise("builder-c"), reference);
        List<String> lines = Api.as(Tokens.regulator()).accept("application/x-ndjson")
                .queryParam("reference", reference)
                .when().get("/v1/decisions")
                .then().statusCode(200).extract().asString().lines().toList();
        assertEquals(2, lines.size());
        assertEquals(true, lines.get(0).contains("\\\"caller\\\":{\\\"org\\\":\\\"bank-a\\\",\\\"purpose\\\":"
                + "\\\"loan_screening\\\",\\\"subject\\\":\\\"lender@bank-a.example\\\"}")
                || lines.get(0).contains("\"caller\":{\"org\":\"bank-a\",\"purpose\":\"loan_screening\","
                + "\"subject\":\"lender@bank-a.example\"}"), lines.get(0));
        assertEquals(true, lines.get(1).contains("self_check") && lines.get(1).contains("builder-c"), lines.get(1));
    }

    @Test
    void aDecisionRecordedWithoutACallerIsSeenByRegulatorsOnly() {
        Decision made = decisionLog.find(UUID.fromString(
                AccessMatrixTest.classify(Tokens.lender(BANK_A), "unattributed"))).orElseThrow().decision();
        // As the records made before callers were recorded: no caller, no organisation.
        Decision unattributed = decisionLog.append(new Decision(TimeOrderedIds.next(),
                made.decidedAt(), made.descriptor(), made.ruleSet(), made.assessment(), null, null, null, null), Runnable::run)
                .join().decision();
        String id = unattributed.id().toString();
        notFound(Tokens.lender(BANK_A), "GET", "/v1/decisions/" + id);
        notFound(Tokens.enterprise(BANK_A), "GET", "/v1/decisions/" + id);
        Api.as(Tokens.lender(BANK_A)).queryParam("reference", "unattributed").when().get("/v1/decisions")
                .then().statusCode(200).body(not(containsString(id)));
        Api.as(Tokens.regulator()).when().get("/v1/decisions/" + id).then().statusCode(200);
        Api.as(Tokens.regulator()).when().post("/v1/decisions/" + id + "/replay").then().statusCode(200);
    }

    @Test
    void theDevTokenEndpointExistsInDevModeOnly() {
        Api.anonymous().queryParam("role", Roles.REGULATOR).when().get("/dev/token").then().statusCode(404);
    }

    private static JsonPath notFound(String token, String method, String path) {
        var request = Api.as(token).when();
        var response = method.equals("POST") ? request.post(path) : request.get(path);
        return response.then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404))
                .extract().jsonPath();
    }
}
