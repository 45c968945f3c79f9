package org.brigreen.trafficlight.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.security.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static org.brigreen.trafficlight.security.Api.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every API answer, errors included, tells browsers not to guess its type and caches not to keep it; the HTML the
 * service serves (Swagger UI) carries a Content-Security-Policy that allows what the page needs and nothing else.
 */
@QuarkusTest
class ResponseHeadersTest {

    private static final String SWAGGER_UI = "/q/swagger-ui/";

    static Stream<Arguments> apiAnswers() {
        return Stream.of(
                Arguments.of("200", (Answer) () -> given().when().get("/v1/rulesets")),
                Arguments.of("201", (Answer) () -> given().contentType(ContentType.JSON)
                        .body(Descriptors.solarPark().toString()).when().post("/v1/classifications")),
                Arguments.of("400", (Answer) () -> given().contentType(ContentType.JSON).body("{")
                        .when().post("/v1/classifications")),
                Arguments.of("401", (Answer) () -> Api.anonymous().when().get("/v1/decisions")),
                Arguments.of("404", (Answer) () -> given().when().get("/v1/nothing-here")),
                Arguments.of("404", (Answer) () -> given().when().get("/dev/token")),
                Arguments.of("405", (Answer) () -> given().when().delete("/v1/rulesets")),
                Arguments.of("406", (Answer) () -> given().accept("application/xml").when().get("/v1/decisions")),
                Arguments.of("413", (Answer) () -> given().contentType(ContentType.JSON)
                        .body("x".repeat(BodySizeLimit.MAX_BYTES + 1)).when().post("/v1/classifications")),
                Arguments.of("415", (Answer) () -> given().contentType("application/xml").body("<a/>")
                        .when().post("/v1/classifications")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apiAnswers")
    void everyApiAnswerIsNeitherSniffedNorStoredNorFramed(String status, Answer answer) {
        Response response = answer.send();
        assertAll(
                () -> assertEquals(Integer.parseInt(status), response.statusCode(), response.asString()),
                () -> assertEquals("nosniff", response.header("X-Content-Type-Options")),
                () -> assertEquals("no-store", response.header("Cache-Control")),
                () -> assertEquals("default-src 'none'; frame-ancestors 'none'",
                        response.header("Content-Security-Policy")));
    }

    @Test
    void swaggerUiHasAPolicyThatAllowsOnlyWhatItsPageLoads() {
        Response page = Api.anonymous().when().get(SWAGGER_UI);
        page.then().statusCode(200).contentType(ContentType.HTML);
        String policy = page.header("Content-Security-Policy");
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertEquals("default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
                + "form-action 'none'", policy);

        List<String> loaded = references(page.asString());
        assertFalse(loaded.isEmpty(), "the page loads its scripts and styles");
        for (String reference : loaded) {
            assertFalse(reference.contains("//") || reference.startsWith("data:"),
                    "the page loads only from the service: " + reference);
            Response resource = Api.anonymous().when().get(SWAGGER_UI + reference);
            assertEquals(200, resource.statusCode(), reference);
            assertEquals("nosniff", resource.header("X-Content-Type-Options"), reference);
        }
        assertTrue(page.asString().contains("<script>"), "its inline scripts are why 'unsafe-inline' is allowed");
        String openApi = urlOfTheApiDescription(page.asString());
        assertTrue(openApi.startsWith("/"), "the page fetches the API description from the service: " + openApi);
        Api.anonymous().when().get(openApi).then().statusCode(200);
    }

    /** What the page's tags load: script sources and linked styles and icons. */
    private static List<String> references(String html) {
        List<String> references = new ArrayList<>();
        Matcher matcher = Pattern.compile("<(?:script|link)[^>]*?\\s(?:src|href)=\"([^\"]+)\"").matcher(html);
        while (matcher.find()) {
            references.add(matcher.group(1));
        }
        return references;
    }

    private static String urlOfTheApiDescription(String html) {
        Matcher matcher = Pattern.compile("url: *'([^']+)'").matcher(html);
        assertTrue(matcher.find(), "the page names the API description");
        return matcher.group(1);
    }

    /** A request to send. */
    @FunctionalInterface
    interface Answer {
        Response send();
    }
}
