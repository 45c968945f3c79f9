package org.brigreen.trafficlight.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.brigreen.trafficlight.classification.Descriptors;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who may call what: every endpoint, as every role, for a decision of the caller's own organisation and of another.
 * Regulators and rule administrators have no organisation: their two columns are the same.
 */
@QuarkusTest
class AccessMatrixTest {

    private static final String OWN = "org-a";
    private static final String OTHER = "org-b";

    /** Cells: a status; SEEN or HIDDEN: 200 with or without the decision; ANY: neither 401 nor 403. */
    private static final String SEEN = "seen";
    private static final String HIDDEN = "hidden";
    private static final String ANY = "any";

    private static final String[] COLUMNS = {"lender own", "lender other", "enterprise own", "enterprise other",
            "regulator", "rules_admin"};

    /**
     * One row per endpoint: method, path ({id} is a decision of org-a, {batch} a batch of org-a, {since} when the test
     * began and {seq} the decision's sequence number, so that impact and verification look at the test's own part of
     * a log that earlier tests filled with hundreds of thousands of decisions), Accept, then the cells of COLUMNS.
     */
    private static final String[][] MATRIX = {
            {"POST", "/v1/classifications", "json", "201", "201", "201", "201", "403", "403"},
            {"POST", "/v1/classifications/batch", "ndjson", "201", "201", "201", "201", "403", "403"},
            {"POST", "/v1/evaluations", "json", "200", "200", "200", "200", "403", "403"},
            {"POST", "/v1/evaluations/batch", "ndjson", "200", "200", "200", "200", "403", "403"},
            {"GET", "/v1/batches/{batch}", "json", "200", "404", "200", "404", "200", "403"},
            {"GET", "/v1/decisions/{id}", "json", "200", "404", "200", "404", "200", "403"},
            {"GET", "/v1/decisions?reference={ref}", "json", SEEN, HIDDEN, SEEN, HIDDEN, SEEN, "403"},
            {"GET", "/v1/decisions?reference={ref}", "ndjson", SEEN, HIDDEN, SEEN, HIDDEN, SEEN, "403"},
            {"GET", "/v1/decisions?reference={ref}", "csv", SEEN, HIDDEN, SEEN, HIDDEN, SEEN, "403"},
            {"POST", "/v1/decisions/{id}/replay", "json", "200", "404", "200", "404", "200", "403"},
            {"GET", "/v1/decisions/{id}/proof", "json", "200", "404", "200", "404", "200", "403"},
            {"POST", "/v1/rulesets/bri-traffic-light/versions/2022.1/impact?from={since}", "json",
                    "403", "403", "403", "403", "200", "403"},
            {"POST", "/v1/audit/verify?from={seq}", "json", "403", "403", "403", "403", "200", "403"},
            {"GET", "/v1/audit/consistency?from=1", "json", "403", "403", "403", "403", "200", "403"},
            {"GET", "/v1/rulesets", "json", "200", "200", "200", "200", "200", "200"},
            {"GET", "/v1/rulesets/bri-traffic-light/versions/2022.1", "json",
                    "200", "200", "200", "200", "200", "200"},
            {"GET", "/v1/rulesets/bri-traffic-light/versions/2021.2/diff/2022.1", "json",
                    "200", "200", "200", "200", "200", "200"},
            {"GET", "/v1/audit/checkpoints", "json", "200", "200", "200", "200", "200", "200"},
            {"GET", "/v1/audit/checkpoints/latest", "json", ANY, ANY, ANY, ANY, ANY, ANY},
            {"GET", "/v1/audit/public-key", "json", "200", "200", "200", "200", "200", "200"},
    };

    @Test
    void everyRoleGetsWhatTheMatrixSays() {
        String since = Instant.now().minusSeconds(1).toString();
        String reference = "matrix-" + UUID.randomUUID();
        String id = classify(Tokens.lender(OWN), reference);
        String batch = screen(Tokens.lender(OWN));
        String seq = Api.as(Tokens.regulator()).when().get("/v1/decisions?reference=" + reference)
                .then().statusCode(200).extract().path("items[0].seq").toString();
        String[] tokens = {Tokens.lender(OWN), Tokens.lender(OTHER), Tokens.enterprise(OWN), Tokens.enterprise(OTHER),
                Tokens.regulator(), Tokens.rulesAdmin()};
        List<String> wrong = new ArrayList<>();
        for (String[] row : MATRIX) {
            String path = row[1].replace("{id}", id).replace("{ref}", reference).replace("{batch}", batch)
                    .replace("{since}", since).replace("{seq}", seq);
            for (int column = 0; column < COLUMNS.length; column++) {
                String expected = row[3 + column];
                Response response = call(Api.as(tokens[column]), row[0], path, row[2]);
                String actual = outcome(response, expected, id);
                if (!actual.equals(expected)) {
                    wrong.add(row[0] + " " + row[1] + " (" + row[2] + ") as " + COLUMNS[column] + ": expected "
                            + expected + ", got " + actual);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void healthAndTheApiDescriptionArePublic() {
        Api.anonymous().when().get("/q/health/ready").then().statusCode(200);
        Api.anonymous().when().get("/q/openapi").then().statusCode(200);
        Api.anonymous().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    static String classify(String token, String reference) {
        return Api.as(token).contentType(ContentType.JSON)
                .body(Descriptors.solarPark().put("reference", reference).toString())
                .when().post("/v1/classifications")
                .then().statusCode(201).extract().path("decisionId");
    }

    /** The id of a batch of one solar park, sent with {@code token}. */
    private static String screen(String token) {
        String location = batchRequest(Api.as(token)).when().post("/v1/classifications/batch")
                .then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static RequestSpecification batchRequest(RequestSpecification request) {
        return request.contentType("application/x-ndjson")
                .body(Descriptors.solarPark().put("reference", "matrix-batch").toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Response call(RequestSpecification request, String method, String path, String accept) {
        request = request.accept(switch (accept) {
            case "ndjson" -> "application/x-ndjson";
            case "csv" -> "text/csv";
            default -> "application/json";
        });
        if (method.equals("POST") && (path.equals("/v1/classifications") || path.equals("/v1/evaluations"))) {
            request = request.contentType(ContentType.JSON)
                    .body(Descriptors.solarPark().put("reference", "matrix-classify").toString());
        } else if (method.equals("POST") && path.endsWith("/batch")) {
            request = batchRequest(request);
        }
        return method.equals("POST") ? request.when().post(path) : request.when().get(path);
    }

    private static String outcome(Response response, String expected, String id) {
        int status = response.statusCode();
        if (expected.equals(ANY)) {
            return status == 401 || status == 403 ? String.valueOf(status) : ANY;
        }
        if (status == 200 && (expected.equals(SEEN) || expected.equals(HIDDEN))) {
            return response.asString().contains(id) ? SEEN : HIDDEN;
        }
        return String.valueOf(status);
    }
}
