package org.brigreen.trafficlight.selfcheck;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brigreen.trafficlight.security.Tokens;
import org.brigreen.trafficlight.signin.PageSession;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The self-check over HTTP: who may use it, the form token, that checking records nothing, and recording. */
@QuarkusTest
class SelfCheckResourceTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Map<String, String> PROJECT = Map.of("reference", "SC-HTTP-1", "country", "VN",
            "sector", "wind_onshore", "stage", "planned", "site.nearestSensitiveAreaKm", "4",
            "eia.status", "approved", "eia.standard", "international");

    @TestHTTPResource("/app/self-check")
    URI selfCheck;

    @Test
    void aCheckWithoutTheFormTokenOrWithAnotherPersonsIsRefusedAndDecidesNothing() {
        String first = PageSession.signIn(selfCheck, "enterprise", "token-first-org");
        String second = PageSession.signIn(selfCheck, "enterprise", "token-second-org");
        given().header("Cookie", first).formParams(PROJECT).post(selfCheck).then().statusCode(403)
                .body("type", containsString("form-token-refused"));
        given().header("Cookie", second).formParams(PROJECT).formParam("csrf", formToken(first))
                .post(selfCheck).then().statusCode(403);
        given().header("Cookie", first).formParams(PROJECT).formParam("csrf", formToken(first))
                .post(selfCheck).then().statusCode(200).body(containsString("class=\"assessment\""));
    }

    @Test
    void aRegulatorHasNoSelfCheck() {
        String regulator = PageSession.signIn(selfCheck, "regulator", "");
        given().header("Cookie", regulator).get(selfCheck).then().statusCode(403);
    }

    @Test
    void checkingRecordsNothingAndRecordingRecordsTheDecisionShownForTheOrganisation() {
        String org = "records-" + UUID.randomUUID();
        String session = PageSession.signIn(selfCheck, "enterprise", org);
        String token = formToken(session);
        String answer = given().header("Cookie", session).formParams(PROJECT).formParam("csrf", token)
                .post(selfCheck).then().statusCode(200).extract().asString();
        assertEquals(0, decisionsOf(org), "a check is an evaluation");

        Matcher descriptor = Pattern.compile("<form method=\"post\" action=\"/app/self-check/record\"[^>]*>\\s*"
                + "<input type=\"hidden\" name=\"csrf\" value=\"[^\"]+\">\\s*"
                + "<input type=\"hidden\" name=\"descriptor\" value=\"([^\"]+)\">").matcher(answer);
        assertTrue(descriptor.find(), answer);
        Response recorded = given().header("Cookie", session).redirects().follow(false)
                .formParam("csrf", token).formParam("descriptor", unescape(descriptor.group(1)))
                .formParam("version", "2026.1").post(selfCheck + "/record");
        assertEquals(303, recorded.statusCode(), recorded.asString());
        String id = recorded.header("Location").replaceFirst("^/app/decisions/", "");
        given().auth().oauth2(Tokens.enterprise(org)).get(selfCheck.resolve("/v1/decisions/" + id)).then()
                .statusCode(200).body("reference", equalTo("SC-HTTP-1"))
                .body("ruleSet.version", equalTo("2026.1"))
                .body("class", not(equalTo(null)));
        assertEquals(1, decisionsOf(org));
    }

    @Test
    void factsThatContradictOneAnotherAreRefusedBesideEachFieldInTheApisWords() {
        String session = PageSession.signIn(selfCheck, "enterprise", "contradicting-org");
        String page = given().header("Cookie", session).formParams(PROJECT)
                .formParam("site.protectedArea", "iucn_ia_ii").formParam("csrf", formToken(session))
                .post(selfCheck).then().statusCode(200).extract().asString();
        String contradiction = "site.protectedArea says the site is inside a protected area, but "
                + "site.nearestSensitiveAreaKm is more than 0 (outside every one)";
        for (String field : List.of("f-site-protectedArea", "f-site-nearestSensitiveAreaKm")) {
            Matcher error = Pattern.compile("<p id=\"" + field + "-error\" class=\"error\">([^<]*)</p>").matcher(page);
            assertTrue(error.find(), field + " has no refusal beside it");
            assertTrue(error.group(1).contains(contradiction), error.group(1));
        }
        assertTrue(!page.contains("class=\"assessment\""), "a refused description has no answer");
    }

    @Test
    void aDescriptionThatIsNotJsonIsRefusedOnThePageNotWithAnError() {
        String session = PageSession.signIn(selfCheck, "lender", "json-refusing-bank");
        given().header("Cookie", session).formParam("csrf", formToken(session)).formParam("descriptor", "[1,")
                .post(selfCheck).then().statusCode(200).body(containsString("must be a JSON object"));
    }

    private String formToken(String session) {
        Matcher token = FORM_TOKEN.matcher(given().header("Cookie", session).get(selfCheck).then().statusCode(200)
                .extract().asString());
        assertTrue(token.find());
        return token.group(1);
    }

    private int decisionsOf(String org) {
        return given().auth().oauth2(Tokens.enterprise(org)).get(selfCheck.resolve("/v1/decisions")).then()
                .statusCode(200).extract().jsonPath().getList("items").size();
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
