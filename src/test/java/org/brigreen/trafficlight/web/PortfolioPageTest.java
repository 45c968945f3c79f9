package org.brigreen.trafficlight.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brigreen.trafficlight.security.Api;
import org.brigreen.trafficlight.security.Tokens;
import org.brigreen.trafficlight.signin.PageSession;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portfolio page's endpoints over HTTP, with a person's session as the page's script has it. */
@QuarkusTest
class PortfolioPageTest {

    private static final String ORG = "portfolio-bank";
    /** The README's example: a green project, an excluded red one, and a line whose country is no country. */
    private static final String PORTFOLIO = """
            reference,country,sector,stage,site.protectedArea,site.worldHeritage,site.ramsar,site.kba,site.criticalHabitat,site.nearestSensitiveAreaKm,site.indigenousPeoples,site.conflictAffected,eia.status,eia.standard
            LN-1,KE,solar_pv,planned,none,none,false,false,no,42.5,false,false,approved,international
            "LN-2, with a comma
            and a line break",ID,coal_power,planned,,,,,,,,,,
            LN-3,XX,solar_pv,planned,,,,,,,,,,
            """;
    private static final Pattern DECISION_ID = Pattern.compile("\"decisionId\":\"([0-9a-f-]{36})\"");

    @TestHTTPResource("/app/portfolio")
    URI page;

    @Test
    void aLenderScreensThroughThePageAndGetsWhatTheBatchApiAnswersWithTheLinesTheServiceCounted() {
        String session = signIn("lender", ORG);
        String token = formToken(session);

        Response screened = given().header("Cookie", session).header(FormToken.HEADER, token)
                .contentType("text/csv").body(PORTFOLIO).post(page.resolve("/app/portfolio/screen"));
        assertEquals(201, screened.statusCode(), screened.asString());
        // Four lines after the header, but three descriptors: the service counts rows, not line breaks.
        assertEquals("3", screened.header("X-Batch-Lines"));
        String batch = screened.header("Location");
        assertTrue(batch.startsWith("/v1/batches/"), batch);

        String api = Api.as(Tokens.lender(ORG)).contentType("text/csv").body(PORTFOLIO)
                .post("/v1/classifications/batch").then().statusCode(201).extract().asString();
        assertEquals(withoutDecisionIds(api), withoutDecisionIds(screened.asString()));

        // What was answered is what the batch recorded.
        Api.as(Tokens.lender(ORG)).get(batch).then().statusCode(200)
                .body("lines", equalTo(3)).body("decided", equalTo(2)).body("errors", equalTo(1));
        int decisions = 0;
        for (String line : screened.asString().split("\n")) {
            JsonNode result = readTree(line);
            if (result.has("decisionId")) {
                Api.as(Tokens.lender(ORG)).get("/v1/decisions/" + result.get("decisionId").asText()).then()
                        .statusCode(200).body("reference", equalTo(result.get("reference").asText()))
                        .body("class", equalTo(result.get("class").asText()))
                        .body("excluded", equalTo(result.get("excluded").asBoolean()));
                decisions++;
            }
        }
        assertEquals(2, decisions);
    }

    @Test
    void thePageGivesEachLinesSectorAndCountryAndComparesUnderAnotherVersionRecordingNothing() {
        String session = signIn("lender", ORG);
        String token = formToken(session);
        String projects = given().header("Cookie", session).header(FormToken.HEADER, token)
                .contentType("text/csv").body(PORTFOLIO).post(page.resolve("/app/portfolio/projects"))
                .then().statusCode(200).extract().asString();
        assertEquals("""
                {"line":2,"sector":"solar_pv","country":"KE"}
                {"line":3,"sector":"coal_power","country":"ID"}
                {"line":5}
                """, projects);

        Response compared = given().header("Cookie", session).header(FormToken.HEADER, token)
                .contentType("text/csv").body(PORTFOLIO).queryParam("version", "2022.1")
                .post(page.resolve("/app/portfolio/compare"));
        assertEquals(200, compared.statusCode(), compared.asString());
        assertEquals("3", compared.header("X-Batch-Lines"));
        String[] lines = compared.asString().split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].matches("\\{\"line\":2,\"class\":\"(red|amber|green)\",\"excluded\":(true|false)}"),
                lines[0]);
        assertEquals("{\"line\":5,\"refused\":true}", lines[2]);
    }

    @Test
    void aPostWithoutThePersonsFormTokenIsRefused() {
        String session = signIn("lender", ORG);
        given().header("Cookie", session).contentType("text/csv").body(PORTFOLIO)
                .post(page.resolve("/app/portfolio/screen")).then().statusCode(403)
                .body("type", endsWith("form-token-refused"));
        given().header("Cookie", session).header(FormToken.HEADER, formToken(signIn("lender", "another-bank")))
                .contentType("text/csv").body(PORTFOLIO).post(page.resolve("/app/portfolio/screen"))
                .then().statusCode(403);
        given().header("Cookie", session).header(FormToken.HEADER, "forged")
                .contentType("text/csv").body(PORTFOLIO).queryParam("version", "2022.1")
                .post(page.resolve("/app/portfolio/compare")).then().statusCode(403);
    }

    @Test
    void anEnterpriseScreensNoPortfolio() {
        String session = signIn("enterprise", "acme-energy");
        given().header("Cookie", session).get(page).then().statusCode(403);
        given().header("Cookie", session).header(FormToken.HEADER, "any").contentType("text/csv").body(PORTFOLIO)
                .post(page.resolve("/app/portfolio/screen")).then().statusCode(403);
    }

    @Test
    void aFileThatIsNoPortfolioIsAClearProblem() {
        String session = signIn("lender", ORG);
        given().header("Cookie", session).header(FormToken.HEADER, formToken(session))
                .contentType("text/csv").body("reference,colour\nLN-1,red\n")
                .post(page.resolve("/app/portfolio/screen")).then().statusCode(400)
                .body("detail", containsString("CSV header"));
    }

    @Test
    void whatThePageCannotDoIsAClearProblemNeverAServerError() {
        String session = signIn("lender", ORG);
        String token = formToken(session);
        given().header("Cookie", session).header(FormToken.HEADER, token).contentType("text/csv").body(PORTFOLIO)
                .queryParam("version", "1999.1").post(page.resolve("/app/portfolio/compare")).then().statusCode(404)
                .body("detail", containsString("has no version '1999.1'"));
        given().header("Cookie", session).header(FormToken.HEADER, token).contentType("text/csv").body("")
                .post(page.resolve("/app/portfolio/screen")).then().statusCode(400);
        given().header("Cookie", session).header(FormToken.HEADER, token).contentType("text/plain").body("LN-1")
                .post(page.resolve("/app/portfolio/projects")).then().statusCode(415);
        given().header("Cookie", session).header(FormToken.HEADER, token).contentType("application/x-ndjson")
                .body("{\"country\": \"KE\"".getBytes(StandardCharsets.UTF_8)).post(page.resolve("/app/portfolio/projects")).then().statusCode(200)
                .body(equalTo("{\"line\":1}\n"));
    }

    private static JsonNode readTree(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String withoutDecisionIds(String answer) {
        return DECISION_ID.matcher(answer).replaceAll("\"decisionId\":\"…\"");
    }

    private String formToken(String session) {
        String html = given().header("Cookie", session).get(page).then().statusCode(200)
                .body(containsString("<progress")).extract().asString();
        Matcher token = Pattern.compile("data-token=\"([^\"]+)\"").matcher(html);
        assertTrue(token.find(), html);
        return token.group(1);
    }

    private String signIn(String role, String org) {
        return PageSession.signIn(page, role, org);
    }
}
