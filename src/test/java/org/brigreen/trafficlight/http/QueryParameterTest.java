package org.brigreen.trafficlight.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Function;
import java.util.stream.Stream;
import org.brigreen.trafficlight.classification.Descriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A query parameter that the database or the service cannot take is a 400 naming it, never a 5xx: text with NUL,
 * instants beyond what PostgreSQL keeps (then the allowed range is given), lengths beyond the limits.
 */
@QuarkusTest
class QueryParameterTest {

    private static final String IMPACT = "/v1/rulesets/bri-traffic-light/versions/2022.1/impact";
    private static final String FAR_FUTURE = "+999999999-12-31T00:00:00Z";
    private static final String FAR_PAST = "-999999999-01-01T00:00:00Z";
    private static final String RANGE = "0000-01-01T00:00:00Z to 9999-12-31T23:59:59.999999Z";

    static Stream<Arguments> unstorableText() {
        return Stream.of("reference", "ruleset", "version").flatMap(name -> Stream.of(
                Arguments.of(name, "application/json"),
                Arguments.of(name, "application/x-ndjson"),
                Arguments.of(name, "text/csv")));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("unstorableText")
    void aDecisionLogFilterWithNulIs400NamingIt(String name, String accept) {
        given().accept(accept).queryParam(name, "a\u0000b")
                .when().get("/v1/decisions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", contains(name))
                .body("errors[0].reason", containsString("U+0000"));
    }

    static Stream<Arguments> outOfRangeInstants() {
        return Stream.of(
                Arguments.of("from", FAR_FUTURE), Arguments.of("from", FAR_PAST),
                Arguments.of("to", FAR_FUTURE), Arguments.of("to", FAR_PAST),
                Arguments.of("from", "+10000-01-01T00:00:00Z"), Arguments.of("to", "-0001-12-31T23:59:59Z"),
                Arguments.of("from", "+300000-01-01T00:00:00Z"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("outOfRangeInstants")
    void aDecisionLogInstantBeyondWhatTheLogKeepsIs400GivingTheRange(String name, String value) {
        for (String accept : new String[] {"application/json", "application/x-ndjson", "text/csv"}) {
            given().accept(accept).queryParam(name, value)
                    .when().get("/v1/decisions")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.pointer", contains(name))
                    .body("errors[0].reason", containsString(RANGE));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("percentEncodedFaults")
    void percentEncodedBytesThatAreNotUtf8Are400NamingWhere(String uri, String pointer) {
        given().urlEncodingEnabled(false)
                .when().get(uri)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", contains(pointer))
                .body("errors[0].reason", containsString("not valid UTF-8 at byte offset"));
    }

    static Stream<Arguments> percentEncodedFaults() {
        return Stream.of(
                Arguments.of("/v1/decisions?reference=a%C0%AFb", "reference"),
                Arguments.of("/v1/decisions?reference=%ED%A0%80", "reference"),
                Arguments.of("/v1/decisions?class=red&country=%FF", "country"),
                Arguments.of("/v1/rulesets/bri-traffic-light/versions/%C0%AF", "path"));
    }

    @Test
    void percentEncodedUtf8IsReadAsSent() {
        String reference = "中-" + System.nanoTime();
        String id = given().contentType(ContentType.JSON)
                .body(Descriptors.solarPark().put("reference", reference).toString())
                .when().post("/v1/classifications")
                .then().statusCode(201).extract().path("decisionId");
        given().urlEncodingEnabled(false)
                .when().get("/v1/decisions?reference=%E4%B8%AD-" + reference.substring(2))
                .then().statusCode(200)
                .body("items.decisionId", contains(id));
    }

    @Test
    void theEndsOfTheAllowedRangeAreAccepted() {
        given().queryParam("from", "0000-01-01T00:00:00Z").queryParam("to", "9999-12-31T23:59:59.999999Z")
                .queryParam("limit", 1)
                .when().get("/v1/decisions")
                .then().statusCode(200);
        // Only the decisions of a version never used: the whole log may be large by now.
        given().queryParam("from", "0000-01-01T00:00:00Z").queryParam("to", "9999-12-31T23:59:59.999999Z")
                .queryParam("decidedUnder", "never-used")
                .when().post(IMPACT)
                .then().statusCode(200);
    }

    @Test
    void aDateStandsForItsStartInUtcWhereverATimeIsFiltered() {
        String id = given().contentType("application/json")
                .body(Descriptors.solarPark().put("reference", "DATE-ONLY-FILTER").toString())
                .when().post("/v1/classifications").then().statusCode(201).extract().path("decisionId");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        given().queryParam("from", today).queryParam("to", tomorrow).queryParam("reference", "DATE-ONLY-FILTER")
                .when().get("/v1/decisions")
                .then().statusCode(200)
                .body("items.decisionId", contains(id));
        given().queryParam("from", tomorrow).queryParam("reference", "DATE-ONLY-FILTER")
                .when().get("/v1/decisions")
                .then().statusCode(200)
                .body("items", empty());
        given().accept("application/x-ndjson").queryParam("from", today).queryParam("reference", "DATE-ONLY-FILTER")
                .when().get("/v1/decisions")
                .then().statusCode(200)
                .body(containsString(id));
        given().queryParam("from", "2026-01-01").queryParam("to", "2026-01-02").queryParam("decidedUnder", "never-used")
                .when().post(IMPACT)
                .then().statusCode(200)
                .body("from", equalTo("2026-01-01T00:00:00Z"))
                .body("to", equalTo("2026-01-02T00:00:00Z"));
        given().queryParam("from", "").queryParam("to", "").queryParam("decidedUnder", "never-used")
                .when().post(IMPACT)
                .then().statusCode(200);
        given().queryParam("from", today).queryParam("to", tomorrow).queryParam("by", "country")
                .when().get("/v1/reports/decisions")
                .then().statusCode(200);
        given().queryParam("from", tomorrow).queryParam("to", today)
                .when().post(IMPACT)
                .then().statusCode(400)
                .body("errors[0].pointer", equalTo("to"))
                .body("errors[0].reason", equalTo("must be later than from"));
        given().queryParam("from", "2026-13-01")
                .when().get("/v1/decisions")
                .then().statusCode(400)
                .body("errors.pointer", contains("from"))
                .body("errors[0].reason", containsString("or a date, such as 2026-01-01"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("outOfRangeInstants")
    void anImpactPeriodBeyondWhatTheLogKeepsIs400GivingTheRange(String name, String value) {
        given().queryParam(name, value)
                .when().post(IMPACT)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", contains(name))
                .body("errors[0].reason", containsString(RANGE));
    }

    @Test
    void anImpactVersionFilterWithNulIs400NamingIt() {
        given().queryParam("decidedUnder", "2022\u00001")
                .when().post(IMPACT)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", contains("decidedUnder"))
                .body("errors[0].reason", containsString("U+0000"));
    }

    @Test
    void aReplayVersionWithNulIs400NamingIt() {
        String decision = classify();
        replay(decision, spec -> spec.queryParam("version", "2021\u00002"))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", contains("version"));
        replay(decision, spec -> spec.queryParam("version", "2021.2").queryParam("ruleset", "bri\u0000"))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", contains("ruleset"));
    }

    @Test
    void aRuleSetNameTooLongToClassifyUnderIsAProblemNamingTheParameter() {
        ObjectNode descriptor = Descriptors.solarPark();
        given().contentType(ContentType.JSON).body(descriptor.toString()).queryParam("ruleset", "r".repeat(65))
                .when().post("/v1/classifications")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.pointer", contains("ruleset"))
                .body("errors[0].reason", containsString("64"));
        given().contentType("application/x-ndjson").body(descriptor.toString().getBytes(StandardCharsets.UTF_8))
                .queryParam("version", "v".repeat(65))
                .when().post("/v1/classifications/batch")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItem("version"));
    }

    private static String classify() {
        return given().contentType(ContentType.JSON).body(Descriptors.solarPark().toString())
                .when().post("/v1/classifications")
                .then().statusCode(201).extract().path("decisionId");
    }

    private static io.restassured.response.Response replay(String decision,
            Function<RequestSpecification, RequestSpecification> query) {
        return query.apply(given()).when().post("/v1/decisions/" + decision + "/replay");
    }
}
