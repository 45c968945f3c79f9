package org.brigreen.trafficlight.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Text the decision log cannot hold (NUL, unpaired surrogates) and bytes that are not UTF-8 are refused before
 * anything is decided, however a descriptor arrives; text it can hold, however unusual, is answered exactly as it is
 * recorded.
 */
@QuarkusTest
class TextInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NDJSON = "application/x-ndjson";
    private static final String CSV = "text/csv";
    private static final String VALID = "\"country\": \"KE\", \"sector\": \"solar_pv\", \"stage\": \"planned\"";
    private static final RestAssuredConfig RAW_BODIES = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    @Inject
    AgroalDataSource dataSource;

    /** Bodies as sent: {@code \\u} escapes are written out, for the JSON parser to read. */
    static Stream<Arguments> unstorableText() {
        return Stream.of(
                Arguments.of("NUL in the reference", "{\"reference\": \"A\\u0000B\", " + VALID + "}", "/reference"),
                Arguments.of("NUL in the name", "{\"name\": \"\\u0000\", " + VALID + "}", "/name"),
                Arguments.of("unpaired high surrogate in the reference",
                        "{\"reference\": \"A\\uD800B\", " + VALID + "}", "/reference"),
                Arguments.of("unpaired low surrogate in the name", "{\"name\": \"\\uDC00\", " + VALID + "}", "/name"),
                Arguments.of("high surrogate at the end", "{\"reference\": \"AB\\uDBFF\", " + VALID + "}",
                        "/reference"),
                Arguments.of("surrogates in the wrong order", "{\"reference\": \"\\uDC00\\uD800\", " + VALID + "}",
                        "/reference"),
                Arguments.of("NUL in a field name", "{\"x\\u0000\": 1, " + VALID + "}", "/x\u0000"),
                Arguments.of("unpaired surrogate in a field name", "{\"\\uD800\": 1, " + VALID + "}", "/\uD800"),
                Arguments.of("NUL in a nested field name", "{" + VALID + ", \"site\": {\"\\u0000\": true}}",
                        "/site/\u0000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unstorableText")
    void textTheLogCannotHoldIs400NamingTheFieldAndNothingIsRecorded(String name, String body, String pointer)
            throws SQLException {
        long before = recordCount();
        given().contentType("application/json").body(body)
                .when().post("/v1/classifications")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItem(pointer));
        assertEquals(before, recordCount(), "nothing is recorded");
    }

    @Test
    void anNdjsonLineWithTextTheLogCannotHoldIsAProblemLineAndTheBatchGoesOn() {
        String body = "{\"reference\": \"A\\u0000B\", " + VALID + "}\n"
                + "{\"reference\": \"NDJSON-OK-" + UUID.randomUUID() + "\", " + VALID + "}\n"
                + "{\"name\": \"\\uD800\", " + VALID + "}\n";
        List<JsonNode> results = batch(NDJSON, body.getBytes(UTF_8));
        assertRefused(results.get(0), 1, "/reference");
        assertThat(results.get(1).get("decisionId"), notNullValue());
        assertRefused(results.get(2), 3, "/name");
    }

    @Test
    void aCsvCellWithTextTheLogCannotHoldIsAProblemLineAndTheBatchGoesOn() {
        String body = "reference,name,country,sector,stage\n"
                + "A\u0000B,,KE,solar_pv,planned\n"
                + "CSV-OK-" + UUID.randomUUID() + ",,KE,solar_pv,planned\n"
                + "CSV-NUL-NAME,a\u0000b,KE,solar_pv,planned\n";
        List<JsonNode> results = batch(CSV, body.getBytes(UTF_8));
        assertRefused(results.get(0), 2, "/reference");
        assertThat(results.get(1).get("decisionId"), notNullValue());
        assertRefused(results.get(2), 4, "/name");
    }

    @Test
    void aCsvHeaderNamingAFieldWithNulIs400NamingTheColumn() {
        given().config(RAW_BODIES).contentType(CSV)
                .body("country,sector,stage,x\u0000\nKE,solar_pv,planned,1\n".getBytes(UTF_8))
                .when().post("/v1/classifications/batch")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItem("header column 4"));
    }

    static Stream<Arguments> notUtf8() {
        return Stream.of(
                Arguments.of("overlong '/'", Bytes.bytes(0xC0, 0xAF)),
                Arguments.of("overlong NUL", Bytes.bytes(0xC0, 0x80)),
                Arguments.of("overlong in three bytes", Bytes.bytes(0xE0, 0x80, 0xAF)),
                Arguments.of("encoded surrogate", Bytes.bytes(0xED, 0xA0, 0x80)),
                Arguments.of("beyond U+10FFFF", Bytes.bytes(0xF4, 0x90, 0x80, 0x80)),
                Arguments.of("lone continuation byte", Bytes.bytes(0x80)),
                Arguments.of("truncated sequence", Bytes.bytes(0xE2, 0x82)),
                Arguments.of("byte FF", Bytes.bytes(0xFF)),
                Arguments.of("Latin-1 é", Bytes.bytes(0xE9)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notUtf8")
    void aBodyThatIsNotUtf8Is400SayingAtWhichByte(String name, byte[] bad) throws SQLException {
        byte[] start = "{\"reference\": \"A".getBytes(UTF_8);
        byte[] body = Bytes.concat(start, bad, ("B\", " + VALID + "}").getBytes(UTF_8));
        long before = recordCount();
        given().config(RAW_BODIES).contentType("application/json").body(body)
                .when().post("/v1/classifications")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("not valid UTF-8"))
                .body("detail", containsString("byte offset " + start.length));
        assertEquals(before, recordCount(), "nothing is recorded");
    }

    @Test
    void aBodyInUtf16Is400() {
        byte[] body = ("{\"reference\": \"UTF-16\", " + VALID + "}").getBytes(StandardCharsets.UTF_16LE);
        given().config(RAW_BODIES).contentType("application/json").body(body)
                .when().post("/v1/classifications")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anNdjsonLineThatIsNotUtf8IsAProblemLineSayingSoAndTheBatchGoesOn() {
        byte[] body = Bytes.concat(("{\"reference\": \"NDJSON-UTF8-" + UUID.randomUUID() + "\", " + VALID + "}\n")
                        .getBytes(UTF_8),
                "{\"reference\": \"A".getBytes(UTF_8), Bytes.bytes(0xC0, 0xAF), ("B\", " + VALID + "}\n").getBytes(UTF_8),
                ("{\"reference\": \"NDJSON-UTF8-" + UUID.randomUUID() + "\", " + VALID + "}\n").getBytes(UTF_8));
        List<JsonNode> results = batch(NDJSON, body);
        assertThat(results.get(0).get("decisionId"), notNullValue());
        JsonNode refused = results.get(1);
        assertThat(refused.get("line").asInt(), equalTo(2));
        assertThat(refused.get("decisionId"), nullValue());
        assertThat(refused.at("/problem/status").asInt(), equalTo(400));
        assertThat(refused.at("/problem/detail").asText(), startsWith("Line 2: "));
        assertThat(refused.at("/problem/detail").asText(), containsString("not valid UTF-8"));
        assertThat(results.get(2).get("decisionId"), notNullValue());
    }

    @Test
    void aCsvBodyThatIsNotUtf8Is400NamingTheLine() throws SQLException {
        byte[] body = Bytes.concat("reference,country,sector,stage\nCSV-UTF8-OK,KE,solar_pv,planned\nA".getBytes(UTF_8),
                Bytes.bytes(0xC0, 0xAF), "B,KE,solar_pv,planned\n".getBytes(UTF_8));
        long before = recordCount();
        given().config(RAW_BODIES).contentType(CSV).body(body)
                .when().post("/v1/classifications/batch")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("not valid UTF-8"))
                .body("detail", containsString("line 3"));
        assertEquals(before, recordCount(), "nothing is recorded");
    }

    /** Valid, but unusual: each is answered, read back and exported exactly as it was sent. */
    static Stream<Arguments> unusualText() {
        List<Arguments> texts = new ArrayList<>();
        for (String channel : List.of("JSON", "NDJSON", "CSV")) {
            texts.add(Arguments.of(channel, "emoji", "🌍🔥 wind & sun"));
            texts.add(Arguments.of(channel, "a flag and a family (joiners)", "🇰🇪 👩‍👩‍👧"));
            texts.add(Arguments.of(channel, "escaped control characters", "a\u0001b\u001fc\td\ne\rf\bg\fh"));
            texts.add(Arguments.of(channel, "DEL and C1 controls", "a\u007fb\u0085c\u009f"));
            texts.add(Arguments.of(channel, "the replacement character", "a\uFFFDb"));
            texts.add(Arguments.of(channel, "noncharacters", "\uFDD0 \uFFFE \uFFFF \uD83F\uDFFE \uDBFF\uDFFF"));
            texts.add(Arguments.of(channel, "right-to-left marks and overrides", "\u200Fمشروع\u202E abc \u202C\u061C"));
            texts.add(Arguments.of(channel, "line and paragraph separators", "a\u2028b\u2029c"));
            texts.add(Arguments.of(channel, "a byte order mark inside", "a\uFEFFb"));
            texts.add(Arguments.of(channel, "combining marks, decomposed", "e\u0301 n\u0303"));
            texts.add(Arguments.of(channel, "quotes, backslashes and separators", "\"a\\b/c,d|e'f"));
            texts.add(Arguments.of(channel, "Chinese", "中国-肯尼亚 光伏"));
            texts.add(Arguments.of(channel, "private use, in and beyond the BMP", "\uE000\uDB80\uDC00"));
        }
        return texts.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unusualText")
    void whatACallerIsAnsweredIsWhatWasRecorded(String channel, String name, String text) throws Exception {
        // Framed, so that no trimming of a cell can take a character away.
        String reference = "[" + text + "]";
        ObjectNode descriptor = JSON.createObjectNode().put("reference", reference).put("name", reference)
                .put("country", "KE").put("sector", "solar_pv").put("stage", "planned");
        String decisionId = decide(channel, descriptor);

        JsonNode readBack = JSON.readTree(given().when().get("/v1/decisions/" + decisionId)
                .then().statusCode(200).extract().asByteArray());
        Recorded recorded = recorded(decisionId);
        JsonNode exported = exportedRecord(decisionId, recorded.seq());

        assertSameText(reference, readBack.get("reference").textValue(), "read back");
        assertSameText(reference, recorded.reference(), "the reference column");
        assertSameText(reference, recorded.record().at("/descriptor/reference").textValue(), "the record");
        assertSameText(reference, recorded.record().at("/descriptor/name").textValue(), "the record's name");
        assertSameText(reference, exported.at("/descriptor/reference").textValue(), "the export");
    }

    /** Classifies through the channel and checks that the answer carries the reference exactly; its decision id. */
    private String decide(String channel, ObjectNode descriptor) throws IOException {
        String reference = descriptor.get("reference").textValue();
        JsonNode answer = switch (channel) {
            case "JSON" -> JSON.readTree(given().contentType("application/json")
                    .body(descriptor.toString().getBytes(UTF_8))
                    .when().post("/v1/classifications")
                    .then().statusCode(201).extract().asByteArray());
            case "NDJSON" -> batch(NDJSON, (descriptor.toString() + "\n").getBytes(UTF_8)).get(0);
            case "CSV" -> batch(CSV, ("reference,name,country,sector,stage\n" + quoted(reference) + ","
                    + quoted(reference) + ",KE,solar_pv,planned\n").getBytes(UTF_8)).get(0);
            default -> throw new IllegalArgumentException(channel);
        };
        assertThat(answer.toString(), answer.get("reference"), notNullValue());
        assertSameText(reference, answer.get("reference").textValue(), "the answer");
        return answer.get("decisionId").textValue();
    }

    private static void assertSameText(String expected, String actual, String where) {
        assertArrayEquals(expected.getBytes(UTF_8), actual.getBytes(UTF_8), where + ": " + actual);
        assertEquals(expected, actual, where);
    }

    private record Recorded(long seq, String reference, JsonNode record) {
    }

    private Recorded recorded(String decisionId) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select seq, reference, record from decision where id = ?")) {
            query.setObject(1, UUID.fromString(decisionId));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new Recorded(row.getLong(1), row.getString(2), JSON.readTree(row.getString(3)));
            }
        }
    }

    /** The record of the decision as the NDJSON export gives it: the first record after the one before. */
    private static JsonNode exportedRecord(String decisionId, long seq) throws IOException {
        String line = given().accept(NDJSON).queryParam("after", cursorAfter(seq - 1))
                .when().get("/v1/decisions")
                .then().statusCode(200).extract().asString().split("\n")[0];
        JsonNode exported = JSON.readTree(line);
        assertEquals(decisionId, exported.get("decisionId").textValue());
        return JSON.readTree(exported.get("record").textValue());
    }

    private static String cursorAfter(long seq) {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(java.nio.ByteBuffer.allocate(Long.BYTES).putLong(seq).array());
    }

    private static List<JsonNode> batch(String mediaType, byte[] body) {
        Response response = given().config(RAW_BODIES).contentType(mediaType).body(body)
                .when().post("/v1/classifications/batch");
        assertEquals(201, response.statusCode(), response.asString());
        List<JsonNode> results = new ArrayList<>();
        for (String line : new String(response.asByteArray(), UTF_8).split("\n")) {
            try {
                results.add(JSON.readTree(line));
            } catch (IOException e) {
                throw new UncheckedIOException(line, e);
            }
        }
        return results;
    }

    private static void assertRefused(JsonNode result, int line, String pointer) {
        assertThat(result.toString(), result.get("line").asInt(), equalTo(line));
        assertThat(result.toString(), result.get("decisionId"), nullValue());
        assertThat(result.toString(), result.at("/problem/status").asInt(), equalTo(400));
        List<String> pointers = new ArrayList<>();
        result.at("/problem/errors").forEach(error -> pointers.add(error.get("pointer").textValue()));
        assertThat(result.toString(), pointers, hasItem(pointer));
    }

    private long recordCount() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select count(*) from decision");
                ResultSet count = query.executeQuery()) {
            count.next();
            return count.getLong(1);
        }
    }

    private static String quoted(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
}
