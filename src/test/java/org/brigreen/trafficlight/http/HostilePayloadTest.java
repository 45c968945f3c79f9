package org.brigreen.trafficlight.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static org.brigreen.trafficlight.security.Api.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever a client sends, it gets a 4xx problem+json that gives away nothing internal: never a 500. */
@QuarkusTest
class HostilePayloadTest {

    private static final String VALID = "\"country\": \"KE\", \"sector\": \"solar_pv\", \"stage\": \"planned\"";
    private static final String JSON = "application/json";
    private static final RestAssuredConfig RAW_BODIES = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    static Stream<Arguments> payloads() {
        List<Arguments> payloads = new ArrayList<>();
        json(payloads, "empty body", "");
        json(payloads, "null", "null");
        json(payloads, "an array", "[]");
        json(payloads, "a string", "\"solar\"");
        json(payloads, "a number", "42");
        json(payloads, "a boolean", "true");
        json(payloads, "truncated object", "{\"country\": \"KE\"");
        json(payloads, "trailing comma", "{" + VALID + ",}");
        json(payloads, "single quotes", "{'country': 'KE'}");
        json(payloads, "comments", "{/* hi */" + VALID + "}");
        json(payloads, "trailing garbage", "{" + VALID + "} xyz");
        json(payloads, "two documents", "{" + VALID + "}{" + VALID + "}");
        json(payloads, "duplicate key", "{" + VALID + ", \"sector\": \"coal_power\"}");
        json(payloads, "leading zeros", "{" + VALID + ", \"capacityMw\": 007}");
        json(payloads, "NaN literal", "{" + VALID + ", \"capacityMw\": NaN}");
        json(payloads, "Infinity literal", "{" + VALID + ", \"capacityMw\": Infinity}");
        json(payloads, "number too large for a double", "{" + VALID + ", \"capacityMw\": 1e400}");
        json(payloads, "number with 2000 digits", "{" + VALID + ", \"capacityMw\": " + "9".repeat(2000) + "}");
        json(payloads, "huge capacity", "{" + VALID + ", \"capacityMw\": 1e300}");
        json(payloads, "negative capacity", "{" + VALID + ", \"capacityMw\": -1}");
        json(payloads, "capacity as a string", "{" + VALID + ", \"capacityMw\": \"50\"}");
        json(payloads, "capacity as a boolean", "{" + VALID + ", \"capacityMw\": true}");
        json(payloads, "negative distance", "{" + VALID + ", \"site\": {\"nearestSensitiveAreaKm\": -0.001}}");
        json(payloads, "zero power density", "{" + VALID + ", \"hydro\": {\"powerDensityWattsPerM2\": 0}}");
        json(payloads, "fractional year", "{" + VALID + ", \"hydro\": {\"commissioningYear\": 2020.5}}");
        json(payloads, "year beyond int", "{" + VALID + ", \"hydro\": {\"commissioningYear\": 99999999999999999999}}");
        json(payloads, "year as a string", "{" + VALID + ", \"hydro\": {\"commissioningYear\": \"2020\"}}");
        json(payloads, "tenor beyond a century", "{" + VALID + ", \"finance\": {\"tenorYears\": 101}}");
        json(payloads, "impossible date", "{" + VALID + ", \"coal\": {\"constructionStart\": \"2021-13-45\"}}");
        json(payloads, "date in words", "{" + VALID + ", \"coal\": {\"constructionStart\": \"yesterday\"}}");
        json(payloads, "date as a number", "{" + VALID + ", \"coal\": {\"constructionStart\": 20210921}}");
        json(payloads, "unknown field", "{" + VALID + ", \"colour\": \"green\"}");
        json(payloads, "unknown nested field", "{" + VALID + ", \"site\": {\"altitude\": 300}}");
        json(payloads, "prototype pollution key", "{" + VALID + ", \"__proto__\": {\"admin\": true}}");
        json(payloads, "unknown sector", "{\"country\": \"KE\", \"sector\": \"coal\", \"stage\": \"planned\"}");
        json(payloads, "sector as a number", "{\"country\": \"KE\", \"sector\": 7, \"stage\": \"planned\"}");
        json(payloads, "sector in upper case", "{\"country\": \"KE\", \"sector\": \"SOLAR_PV\", \"stage\": \"planned\"}");
        json(payloads, "null sector", "{\"country\": \"KE\", \"sector\": null, \"stage\": \"planned\"}");
        json(payloads, "missing country", "{\"sector\": \"solar_pv\", \"stage\": \"planned\"}");
        json(payloads, "country in lower case", "{\"country\": \"ke\", \"sector\": \"solar_pv\", \"stage\": \"planned\"}");
        json(payloads, "three-letter country", "{\"country\": \"KEN\", \"sector\": \"solar_pv\", \"stage\": \"planned\"}");
        json(payloads, "country that does not exist", "{\"country\": \"XX\", \"sector\": \"solar_pv\", \"stage\": \"planned\"}");
        json(payloads, "unknown EIA status", "{" + VALID + ", \"eia\": {\"status\": \"pending\"}}");
        json(payloads, "site as an array", "{" + VALID + ", \"site\": []}");
        json(payloads, "site as a string", "{" + VALID + ", \"site\": \"remote\"}");
        json(payloads, "mitigation as a string", "{" + VALID + ", \"mitigation\": \"ccus\"}");
        json(payloads, "null mitigation element", "{" + VALID + ", \"mitigation\": [null]}");
        json(payloads, "unknown mitigation", "{" + VALID + ", \"mitigation\": [\"prayer\"]}");
        json(payloads, "numeric exclusion", "{" + VALID + ", \"excludedActivities\": [1]}");
        json(payloads, "reference too long", "{" + VALID + ", \"reference\": \"" + "R".repeat(129) + "\"}");
        json(payloads, "name too long", "{" + VALID + ", \"name\": \"" + "N".repeat(10_000) + "\"}");
        json(payloads, "unescaped control character", "{" + VALID + ", \"name\": \"a\u0001b\"}");
        json(payloads, "broken unicode escape", "{" + VALID + ", \"name\": \"\\u12\"}");
        json(payloads, "10,000 nested arrays", "[".repeat(10_000) + "]".repeat(10_000));
        json(payloads, "5,000 nested objects in an unknown field",
                "{" + VALID + ", " + "\"x\": {".repeat(5_000) + "}".repeat(5_000) + "}");
        json(payloads, "nested objects in a known field", "{" + VALID + ", \"site\": " + "{\"site\": ".repeat(500)
                + "{}" + "}".repeat(500) + "}");
        payloads.add(Arguments.of("invalid UTF-8", JSON, concat("{\"name\": \"".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, ("\", " + VALID + "}").getBytes(StandardCharsets.UTF_8))));
        payloads.add(Arguments.of("300 KiB body", JSON, ("{" + VALID + ", \"name\": \"" + "x".repeat(300 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8)));
        payloads.add(Arguments.of("10 MB body", JSON, filled(10_000_000)));
        payloads.add(Arguments.of("text/plain", "text/plain", ("{" + VALID + "}").getBytes(StandardCharsets.UTF_8)));
        payloads.add(Arguments.of("XML", "application/xml", "<project/>".getBytes(StandardCharsets.UTF_8)));
        payloads.add(Arguments.of("octet stream", "application/octet-stream", ("{" + VALID + "}").getBytes(StandardCharsets.UTF_8)));
        payloads.add(Arguments.of("CSV", "text/csv", "country,sector\nKE,solar_pv".getBytes(StandardCharsets.UTF_8)));
        return payloads.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void isAnsweredWithAClientErrorProblem(String name, String contentType, byte[] body) {
        Response response = given().config(RAW_BODIES).contentType(contentType).body(body)
                .when().post("/v1/classifications");
        String text = response.asString();
        assertAll(
                () -> assertTrue(response.statusCode() >= 400 && response.statusCode() < 500,
                        "status " + response.statusCode() + ": " + text),
                () -> assertEquals("application/problem+json", response.contentType()),
                () -> assertEquals(response.statusCode(), JsonPath.from(text).getInt("status")),
                () -> assertEquals(Optional.empty(), Internals.in(text), "shows internals: " + text));
    }

    @org.junit.jupiter.api.Test
    void thereAreAtLeastFiftyPayloads() {
        assertTrue(payloads().count() >= 50);
    }

    @org.junit.jupiter.api.Test
    void everyInvalidFieldIsListedAtOnceWithItsAllowedValues() {
        given().contentType(JSON)
                .body("{\"country\": \"ke\", \"sector\": \"coal\", \"stage\": \"planned\", \"capacityMw\": -5, "
                        + "\"colour\": 1, \"site\": {\"kba\": \"yes\"}, \"hydro\": {\"commissioningYear\": 2020.5}}")
                .when().post("/v1/classifications")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", org.hamcrest.Matchers.contains("/capacityMw", "/colour", "/country",
                        "/hydro/commissioningYear", "/sector", "/site/kba"))
                .body("errors.find { it.pointer == '/sector' }.allowedValues",
                        org.hamcrest.Matchers.hasItems("solar_pv", "coal_power", "other"))
                .body("errors.find { it.pointer == '/colour' }.allowedValues", org.hamcrest.Matchers.hasItem("sector"));
    }

    private static void json(List<Arguments> payloads, String name, String body) {
        payloads.add(Arguments.of(name, JSON, body.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] filled(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[size - 1] = '}';
        return body;
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(part -> part.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
