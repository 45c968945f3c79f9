package org.brigreen.trafficlight.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.security.Api;
import org.brigreen.trafficlight.security.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad requests to every endpoint, in every body type, query and path parameter and header a caller controls: none
 * is answered with a 5xx, every error is problem+json with its status, and no answer shows a library's or Java's
 * names. Each request also has the status it must get, so that a refusal cannot turn into an acceptance unnoticed.
 * (Errors of the HTTP layer itself, such as oversized headers or request lines, are another test's.)
 */
@QuarkusTest
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NDJSON = "application/x-ndjson";
    private static final String CSV = "text/csv";
    private static final String APPLICATION_JSON = "application/json";
    private static final String VALID = "\"country\": \"KE\", \"sector\": \"solar_pv\", \"stage\": \"planned\"";
    private static final String DESCRIPTOR = "{" + VALID + "}";
    private static final String CSV_HEADER = "country,sector,stage\n";
    private static final String CSV_ROW = "KE,solar_pv,planned\n";
    private static final String IMPACT = "/v1/rulesets/bri-traffic-light/versions/2022.1/impact";
    private static final String DECISION = "/v1/decisions/{decision}";
    private static final String UNKNOWN_ID = "019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13";
    private static final String NUL = "%00";
    private static final String FAR_FUTURE = "%2B999999999-12-31T00:00:00Z";
    private static final String FAR_PAST = "-999999999-01-01T00:00:00Z";
    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    /** Ids of a decision and a batch of this run, made once for the paths that need real ones. */
    private static Map<String, String> ids;

    /** One request: what is sent, and the status it must get. */
    record Hostile(String name, String method, String path, Map<String, String> headers, String contentType,
            byte[] body, int status) {

        Hostile header(String header, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(header, value);
            return new Hostile(name, method, path, more, contentType, body, status);
        }

        Hostile body(String mediaType, byte[] bytes) {
            return new Hostile(name, method, path, headers, mediaType, bytes, status);
        }

        Hostile body(String mediaType, String text) {
            return body(mediaType, text.getBytes(UTF_8));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Hostile request(String name, String method, String path, int status) {
        return new Hostile(name, method, path, Map.of(), null, null, status);
    }

    private static Hostile get(String name, String path, int status) {
        return request(name, "GET", path, status);
    }

    private static Hostile post(String name, String path, int status) {
        return request(name, "POST", path, status);
    }

    private static Hostile classify(String name, String json, int status) {
        return post(name, "/v1/classifications", status).body(APPLICATION_JSON, json);
    }

    private static Hostile classify(String name, byte[] json, int status) {
        return post(name, "/v1/classifications", status).body(APPLICATION_JSON, json);
    }

    private static Hostile batch(String name, String mediaType, String body, int status) {
        return post(name, "/v1/classifications/batch", status).body(mediaType, body);
    }

    private static Hostile batch(String name, String mediaType, byte[] body, int status) {
        return post(name, "/v1/classifications/batch", status).body(mediaType, body);
    }

    static Stream<Hostile> requests() {
        List<Hostile> all = new ArrayList<>();
        classificationBodies(all);
        classificationParametersAndHeaders(all);
        ndjsonBatches(all);
        csvBatches(all);
        batchParametersAndHeaders(all);
        batchSummaries(all);
        decisions(all);
        decisionLogQueries(all);
        replays(all);
        impacts(all);
        proofs(all);
        auditQueries(all);
        ruleSets(all);
        authorizations(all);
        return all.stream();
    }

    private static void classificationBodies(List<Hostile> all) {
        all.add(classify("JSON: NUL in the reference", "{\"reference\": \"A\\u0000B\", " + VALID + "}", 400));
        all.add(classify("JSON: NUL in the name", "{\"name\": \"\\u0000\", " + VALID + "}", 400));
        all.add(classify("JSON: unpaired high surrogate", "{\"reference\": \"\\uD800\", " + VALID + "}", 400));
        all.add(classify("JSON: unpaired low surrogate", "{\"name\": \"x\\uDFFF\", " + VALID + "}", 400));
        all.add(classify("JSON: surrogates reversed", "{\"name\": \"\\uDC00\\uD800\", " + VALID + "}", 400));
        all.add(classify("JSON: NUL in a field name", "{\"a\\u0000\": 1, " + VALID + "}", 400));
        all.add(classify("JSON: unpaired surrogate in a field name", "{\"\\uDBFF\": 1, " + VALID + "}", 400));
        all.add(classify("JSON: NUL in a nested field name", "{" + VALID + ", \"eia\": {\"\\u0000\": 1}}", 400));
        all.add(classify("JSON: NUL in an enum value", "{\"country\": \"KE\", \"sector\": \"solar_pv\\u0000\", "
                + "\"stage\": \"planned\"}", 400));
        all.add(classify("JSON: NUL in a list value", "{" + VALID + ", \"mitigation\": [\"\\u0000\"]}", 400));
        all.add(classify("JSON: NUL in the country", "{\"country\": \"K\\u0000\", \"sector\": \"solar_pv\", "
                + "\"stage\": \"planned\"}", 400));
        all.add(classify("UTF-8: overlong '/'", utf8Around(0xC0, 0xAF), 400));
        all.add(classify("UTF-8: overlong NUL", utf8Around(0xC0, 0x80), 400));
        all.add(classify("UTF-8: encoded surrogate", utf8Around(0xED, 0xA0, 0x80), 400));
        all.add(classify("UTF-8: beyond U+10FFFF", utf8Around(0xF4, 0x90, 0x80, 0x80), 400));
        all.add(classify("UTF-8: lone continuation byte", utf8Around(0x80), 400));
        all.add(classify("UTF-8: byte FE", utf8Around(0xFE), 400));
        all.add(classify("UTF-8: Latin-1 é", utf8Around(0xE9), 400));
        all.add(classify("UTF-8: truncated at the end", Bytes.concat(("{" + VALID + ", \"name\": \"").getBytes(UTF_8),
                Bytes.bytes(0xE2, 0x82)), 400));
        all.add(classify("UTF-16LE body", DESCRIPTOR.getBytes(StandardCharsets.UTF_16LE), 400));
        all.add(classify("UTF-16BE body with a byte order mark", DESCRIPTOR.getBytes(StandardCharsets.UTF_16), 400));
        all.add(classify("UTF-32 body", DESCRIPTOR.getBytes(Charset.forName("UTF-32BE")), 400));
        all.add(classify("raw NUL byte between tokens", Bytes.concat("{".getBytes(UTF_8), Bytes.bytes(0), (VALID + "}")
                .getBytes(UTF_8)), 400));
        all.add(classify("JSON: more after the value", DESCRIPTOR + " []", 400));
        all.add(classify("JSON: two documents", DESCRIPTOR + DESCRIPTOR, 400));
        all.add(classify("JSON: a comment", "{/* note */" + VALID + "}", 400));
        all.add(classify("JSON: a line comment", "// note\n" + DESCRIPTOR, 400));
        all.add(classify("JSON: NaN", "{" + VALID + ", \"capacityMw\": NaN}", 400));
        all.add(classify("JSON: -Infinity", "{" + VALID + ", \"capacityMw\": -Infinity}", 400));
        all.add(classify("JSON: a leading plus", "{" + VALID + ", \"capacityMw\": +5}", 400));
        all.add(classify("JSON: a hexadecimal number", "{" + VALID + ", \"capacityMw\": 0x10}", 400));
        all.add(classify("JSON: 1e400", "{" + VALID + ", \"capacityMw\": 1e400}", 400));
        all.add(classify("JSON: 2,000 digits", "{" + VALID + ", \"capacityMw\": " + "9".repeat(2000) + "}", 400));
        all.add(classify("JSON: 2,000 nested arrays", "[".repeat(2000) + "]".repeat(2000), 400));
        all.add(classify("JSON: 2,000 nested objects in a known field",
                "{" + VALID + ", \"site\": " + "{\"site\": ".repeat(2000) + "{}" + "}".repeat(2001), 400));
        all.add(classify("JSON: a field name of 60,000 characters", "{\"" + "k".repeat(60_000) + "\": 1}", 400));
        all.add(classify("JSON: unterminated string", "{\"reference\": \"abc", 400));
        all.add(classify("JSON: unterminated object", "{" + VALID, 400));
        all.add(classify("JSON: mismatched close", "{" + VALID + ", \"mitigation\": [}", 400));
        all.add(classify("JSON: unknown escape", "{" + VALID + ", \"name\": \"\\q\"}", 400));
        all.add(classify("JSON: single quotes", "{'country': 'KE'}", 400));
        all.add(classify("JSON: only white space", " \n\t ", 400));
        all.add(classify("JSON: only a byte order mark", "\uFEFF", 400));
        all.add(classify("JSON: an array", "[" + DESCRIPTOR + "]", 400));
        all.add(classify("JSON: null", "null", 400));
        all.add(classify("JSON: empty key", "{\"\": 1, " + VALID + "}", 400));
        all.add(classify("JSON: pointer characters in a key", "{\"a/b~c\": 1, " + VALID + "}", 400));
        all.add(classify("JSON: date with a nine-digit year", "{" + VALID
                + ", \"coal\": {\"constructionStart\": \"+999999999-12-31\"}}", 400));
        all.add(classify("JSON: date with a time", "{" + VALID
                + ", \"coal\": {\"constructionStart\": \"2021-09-21T00:00:00Z\"}}", 400));
        all.add(classify("JSON: 29 February of a common year", "{" + VALID
                + ", \"coal\": {\"constructionStart\": \"2021-02-29\"}}", 400));
        all.add(classify("JSON: 10,000 unknown mitigations", "{" + VALID + ", \"mitigation\": ["
                + "\"x\",".repeat(9_999) + "\"x\"]}", 400));
        all.add(classify("JSON: 300 KiB", "{" + VALID + ", \"name\": \"" + "x".repeat(300 * 1024) + "\"}", 413));
        all.add(classify("JSON: a decision with a byte order mark is fine", "\uFEFF" + DESCRIPTOR, 201));
    }

    private static void classificationParametersAndHeaders(List<Hostile> all) {
        String path = "/v1/classifications";
        all.add(post("classify: version of 65 characters", path + "?version=" + "v".repeat(65), 400)
                .body(APPLICATION_JSON, DESCRIPTOR));
        all.add(post("classify: ruleset of 65 characters", path + "?ruleset=" + "r".repeat(65), 400)
                .body(APPLICATION_JSON, DESCRIPTOR));
        all.add(post("classify: version with NUL", path + "?version=2022" + NUL + "1", 404)
                .body(APPLICATION_JSON, DESCRIPTOR));
        all.add(post("classify: unknown rule set", path + "?ruleset=nope", 404).body(APPLICATION_JSON, DESCRIPTOR));
        all.add(post("classify: draft-looking version", path + "?version=..%2F..%2F", 404)
                .body(APPLICATION_JSON, DESCRIPTOR));
        all.add(post("classify: text/plain", path, 415).body("text/plain", DESCRIPTOR));
        all.add(post("classify: XML", path, 415).body("application/xml", "<project/>"));
        all.add(post("classify: problem+json", path, 415).body("application/problem+json", DESCRIPTOR));
        all.add(post("classify: CSV", path, 415).body(CSV, CSV_HEADER + CSV_ROW));
        all.add(post("classify: Content-Type '/'", path, 415).body("/", DESCRIPTOR));
        all.add(post("classify: empty Content-Type", path, 415).body("", DESCRIPTOR));
        all.add(post("classify: JSON declared UTF-16, sent UTF-16", path, 400)
                .body("application/json; charset=utf-16", DESCRIPTOR.getBytes(StandardCharsets.UTF_16)));
        all.add(post("classify: JSON declared Latin-1, sent Latin-1", path, 400).body(
                "application/json; charset=iso-8859-1", ("{\"name\": \"café\", " + VALID + "}")
                        .getBytes(StandardCharsets.ISO_8859_1)));
        all.add(post("classify: Accept text/html", path, 406).body(APPLICATION_JSON, DESCRIPTOR)
                .header("Accept", "text/html"));
        all.add(post("classify: Accept garbage", path, 406).body(APPLICATION_JSON, DESCRIPTOR)
                .header("Accept", "nonsense"));
        all.add(post("classify: Accept-Language garbage", path, 201).body(APPLICATION_JSON, DESCRIPTOR)
                .header("Accept-Language", "***;q=x, zh;;q=2"));
        all.add(post("classify: Accept-Language of 4,000 characters", path, 201).body(APPLICATION_JSON, DESCRIPTOR)
                .header("Accept-Language", "x-".repeat(2000)));
        all.add(post("classify: Idempotency-Key empty", path, 400).body(APPLICATION_JSON, DESCRIPTOR)
                .header("Idempotency-Key", "\"\""));
        all.add(post("classify: Idempotency-Key of 256 characters", path, 400).body(APPLICATION_JSON, DESCRIPTOR)
                .header("Idempotency-Key", "k".repeat(256)));
        all.add(post("classify: Idempotency-Key not ASCII", path, 400).body(APPLICATION_JSON, DESCRIPTOR)
                .header("Idempotency-Key", "clé"));
        all.add(post("classify: Idempotency-Key with an unbalanced quote", path, 201)
                .body(APPLICATION_JSON, DESCRIPTOR).header("Idempotency-Key", "\"abc"));
        all.add(request("classify: GET", "GET", path, 405));
        all.add(request("classify: DELETE", "DELETE", path, 405));
    }

    private static void ndjsonBatches(List<Hostile> all) {
        all.add(batch("NDJSON: NUL on a line", NDJSON, "{\"reference\": \"A\\u0000B\", " + VALID + "}\n"
                + DESCRIPTOR + "\n", 201));
        all.add(batch("NDJSON: unpaired surrogate on a line", NDJSON, "{\"name\": \"\\uD800\", " + VALID + "}\n",
                201));
        all.add(batch("NDJSON: overlong UTF-8 on a line", NDJSON, Bytes.concat(utf8Around(0xC0, 0xAF),
                ("\n" + DESCRIPTOR + "\n").getBytes(UTF_8)), 201));
        all.add(batch("NDJSON: raw NUL byte on a line", NDJSON, Bytes.concat(Bytes.bytes(0), (DESCRIPTOR + "\n").getBytes(UTF_8)),
                201));
        all.add(batch("NDJSON: a line that is not JSON", NDJSON, "not json\n" + DESCRIPTOR + "\n", 201));
        all.add(batch("NDJSON: an array on a line", NDJSON, "[]\n", 201));
        all.add(batch("NDJSON: two values on a line", NDJSON, DESCRIPTOR + DESCRIPTOR + "\n", 201));
        all.add(batch("NDJSON: deep nesting on a line", NDJSON, "[".repeat(2000) + "\n", 201));
        all.add(batch("NDJSON: a line of 300 KiB", NDJSON, "{\"name\": \"" + "x".repeat(300 * 1024) + "\"}\n"
                + DESCRIPTOR, 201));
        all.add(batch("NDJSON: UTF-16", NDJSON, (DESCRIPTOR + "\n").getBytes(StandardCharsets.UTF_16LE), 201));
        all.add(batch("NDJSON: carriage returns only", NDJSON, DESCRIPTOR + "\r" + DESCRIPTOR + "\r", 201));
        all.add(batch("NDJSON: empty", NDJSON, "", 400));
        all.add(batch("NDJSON: blank lines only", NDJSON, "\n \r\n\t\n", 400));
        all.add(batch("NDJSON: 100,001 lines", NDJSON, "{}\n".repeat(100_001), 413));
    }

    private static void csvBatches(List<Hostile> all) {
        all.add(batch("CSV: empty", CSV, "", 400));
        all.add(batch("CSV: a header only", CSV, CSV_HEADER, 400));
        all.add(batch("CSV: unknown column", CSV, "country,sector,stage,colour\nKE,solar_pv,planned,green\n", 400));
        all.add(batch("CSV: a column twice", CSV, "country,sector,stage,sector\nKE,solar_pv,planned,coal\n", 400));
        all.add(batch("CSV: an empty column name", CSV, "country,,stage\nKE,solar_pv,planned\n", 400));
        all.add(batch("CSV: NUL in a column name", CSV, "country,sector,stage,x\u0000\nKE,solar_pv,planned,1\n", 400));
        all.add(batch("CSV: unclosed quote", CSV, CSV_HEADER + "\"KE,solar_pv,planned\n", 400));
        all.add(batch("CSV: text after a closing quote", CSV, CSV_HEADER + "\"KE\"x,solar_pv,planned\n", 400));
        all.add(batch("CSV: a quote opening the header", CSV, "\"country,sector\n", 400));
        all.add(batch("CSV: overlong UTF-8 in a cell", CSV, Bytes.concat((CSV_HEADER + "K").getBytes(UTF_8),
                Bytes.bytes(0xC0, 0xAF), ",solar_pv,planned\n".getBytes(UTF_8)), 400));
        all.add(batch("CSV: UTF-16", CSV, (CSV_HEADER + CSV_ROW).getBytes(StandardCharsets.UTF_16LE), 400));
        all.add(batch("CSV: a cell of 21 million characters", CSV, CSV_HEADER + "KE,solar_pv,"
                + "p".repeat(21_000_000) + "\n", 400));
        all.add(batch("CSV: 100,001 rows", CSV, "country\n" + "KE\n".repeat(100_001), 413));
        all.add(batch("CSV: NUL in a cell", CSV, "reference," + CSV_HEADER + "A\u0000B," + CSV_ROW, 201));
        all.add(batch("CSV: too many cells", CSV, CSV_HEADER + "KE,solar_pv,planned,extra\n", 201));
        all.add(batch("CSV: too few cells", CSV, CSV_HEADER + "KE,solar_pv\n", 201));
        all.add(batch("CSV: a number of 2,000 digits", CSV, "capacityMw," + CSV_HEADER + "9".repeat(2000) + ","
                + CSV_ROW, 201));
        all.add(batch("CSV: NaN as a number", CSV, "capacityMw," + CSV_HEADER + "NaN," + CSV_ROW, 201));
        all.add(batch("CSV: 1e400 as a number", CSV, "capacityMw," + CSV_HEADER + "1e400," + CSV_ROW, 201));
        all.add(batch("CSV: yes as a boolean", CSV, "site.kba," + CSV_HEADER + "yes," + CSV_ROW, 201));
        all.add(batch("CSV: an unknown list value", CSV, "mitigation," + CSV_HEADER + "ccus|prayer," + CSV_ROW, 201));
        all.add(batch("CSV: a formula as the reference", CSV, "reference," + CSV_HEADER + "\"=HYPERLINK(\"\"x\"\")\","
                + CSV_ROW, 201));
        all.add(batch("CSV: a byte order mark before the header", CSV, "\uFEFF" + CSV_HEADER + CSV_ROW, 201));
    }

    private static void batchParametersAndHeaders(List<Hostile> all) {
        String path = "/v1/classifications/batch";
        all.add(post("batch: version of 65 characters", path + "?version=" + "v".repeat(65), 400)
                .body(NDJSON, DESCRIPTOR));
        all.add(post("batch: ruleset with NUL", path + "?ruleset=bri" + NUL, 404).body(NDJSON, DESCRIPTOR));
        all.add(post("batch: unknown version", path + "?version=1999.1", 404).body(CSV, CSV_HEADER + CSV_ROW));
        all.add(post("batch: JSON", path, 415).body(APPLICATION_JSON, DESCRIPTOR));
        all.add(post("batch: text/plain", path, 415).body("text/plain", DESCRIPTOR));
        all.add(post("batch: empty Content-Type", path, 415).body("", DESCRIPTOR));
        all.add(post("batch: CSV declared UTF-16, sent UTF-16", path, 400)
                .body("text/csv; charset=utf-16", (CSV_HEADER + CSV_ROW).getBytes(StandardCharsets.UTF_16)));
        all.add(post("batch: Accept text/html", path, 406).body(NDJSON, DESCRIPTOR).header("Accept", "text/html"));
        all.add(request("batch: PUT", "PUT", path, 405));
    }

    private static void batchSummaries(List<Hostile> all) {
        all.add(get("batch summary: id 42", "/v1/batches/42", 400));
        all.add(get("batch summary: id NUL", "/v1/batches/" + NUL, 400));
        all.add(get("batch summary: id in braces", "/v1/batches/%7B" + UNKNOWN_ID + "%7D", 400));
        all.add(get("batch summary: 36 characters, not a UUID", "/v1/batches/" + "z".repeat(36), 400));
        all.add(get("batch summary: a zero-width space", "/v1/batches/%E2%80%8B" + UNKNOWN_ID, 400));
        all.add(get("batch summary: 1,000 characters", "/v1/batches/" + "9".repeat(1000), 400));
        all.add(get("batch summary: unknown", "/v1/batches/" + UNKNOWN_ID, 404));
        all.add(get("batch summary: Accept text/csv", "/v1/batches/{batch}", 406).header("Accept", CSV));
    }

    private static void decisions(List<Hostile> all) {
        all.add(get("decision: id 42", "/v1/decisions/42", 400));
        all.add(get("decision: id NUL", "/v1/decisions/" + NUL, 400));
        all.add(get("decision: id of 1,000 characters", "/v1/decisions/" + "a".repeat(1000), 400));
        all.add(get("decision: id with a path traversal", "/v1/decisions/..%2F..%2Faudit", 400));
        all.add(get("decision: unknown", "/v1/decisions/" + UNKNOWN_ID, 404));
        all.add(get("decision: Accept text/csv", DECISION, 406).header("Accept", CSV));
        all.add(get("decision: Accept-Language garbage", DECISION, 200).header("Accept-Language", ";;;q=,"));
        all.add(request("decision: DELETE", "DELETE", DECISION, 405));
    }

    private static void decisionLogQueries(List<Hostile> all) {
        String log = "/v1/decisions?";
        all.add(get("log: from NUL", log + "from=" + NUL, 400));
        all.add(get("log: from in the year 999999999", log + "from=" + FAR_FUTURE, 400));
        all.add(get("log: from in the year -999999999", log + "from=" + FAR_PAST, 400));
        all.add(get("log: from in the year 300000", log + "from=%2B300000-01-01T00:00:00Z", 400));
        all.add(get("log: from in words", log + "from=yesterday", 400));
        all.add(get("log: from without an offset", log + "from=2026-01-01T00:00:00", 400));
        all.add(get("log: from with offset +25:00", log + "from=2026-01-01T00:00:00%2B25:00", 400));
        all.add(get("log: from on 30 February", log + "from=2026-02-30T00:00:00Z", 400));
        all.add(get("log: to before from", log + "from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", 400));
        all.add(get("log: to in the year 10000", log + "to=%2B10000-01-01T00:00:00Z", 400));
        all.add(get("log: class purple", log + "class=purple", 400));
        all.add(get("log: class NUL", log + "class=" + NUL, 400));
        all.add(get("log: excluded yes", log + "excluded=yes", 400));
        all.add(get("log: sector coal", log + "sector=coal", 400));
        all.add(get("log: country in lower case", log + "country=ke", 400));
        all.add(get("log: country NUL", log + "country=K" + NUL, 400));
        all.add(get("log: ruleset NUL", log + "ruleset=bri" + NUL, 400));
        all.add(get("log: ruleset of 65 characters", log + "ruleset=" + "r".repeat(65), 400));
        all.add(get("log: version NUL", log + "version=" + NUL, 400));
        all.add(get("log: reference NUL", log + "reference=a" + NUL + "b", 400));
        all.add(get("log: reference of 129 characters", log + "reference=" + "r".repeat(129), 400));
        all.add(get("log: reference not UTF-8", log + "reference=a%C0%AFb", 400));
        all.add(get("log: limit 0", log + "limit=0", 400));
        all.add(get("log: limit -1", log + "limit=-1", 400));
        all.add(get("log: limit 1001", log + "limit=1001", 400));
        all.add(get("log: limit beyond a long", log + "limit=99999999999999999999", 400));
        all.add(get("log: limit in words", log + "limit=ten", 400));
        all.add(get("log: after garbage", log + "after=garbage!", 400));
        all.add(get("log: after NUL", log + "after=" + NUL, 400));
        all.add(get("log: after a negative sequence number", log + "after=" + cursor(-1), 400));
        all.add(get("log: every parameter invalid", log + "from=x&to=y&class=z&excluded=w&sector=v&country=u"
                + "&limit=t&after=s", 400));
        all.add(get("log: Accept XML", log + "limit=1", 406).header("Accept", "application/xml"));
        all.add(get("log: NDJSON export, reference NUL", log + "reference=" + NUL, 400).header("Accept", NDJSON));
        all.add(get("log: NDJSON export, from in the year 999999999", log + "from=" + FAR_FUTURE, 400)
                .header("Accept", NDJSON));
        all.add(get("log: CSV export, version NUL", log + "version=" + NUL, 400).header("Accept", CSV));
        all.add(get("log: CSV export, to in the year -999999999", log + "to=" + FAR_PAST, 400)
                .header("Accept", CSV));
    }

    private static void replays(List<Hostile> all) {
        String replay = DECISION + "/replay";
        all.add(post("replay: id 42", "/v1/decisions/42/replay", 400));
        all.add(post("replay: id NUL", "/v1/decisions/" + NUL + "/replay", 400));
        all.add(post("replay: unknown", "/v1/decisions/" + UNKNOWN_ID + "/replay", 404));
        all.add(post("replay: version NUL", replay + "?version=" + NUL, 400));
        all.add(post("replay: ruleset without version", replay + "?ruleset=bri-traffic-light", 400));
        all.add(post("replay: ruleset NUL", replay + "?ruleset=" + NUL + "&version=2021.2", 400));
        all.add(post("replay: version of 65 characters", replay + "?version=" + "v".repeat(65), 400));
        all.add(post("replay: version empty, as if absent", replay + "?version=", 200));
        all.add(post("replay: unknown version", replay + "?version=1999.1", 404));
        all.add(post("replay: Accept-Language garbage", replay, 200).header("Accept-Language", "q=0;;zh"));
        all.add(post("replay: a body nobody reads", replay, 200).body("application/octet-stream", Bytes.bytes(0, 1, 2)));
    }

    private static void impacts(List<Hostile> all) {
        all.add(post("impact: from NUL", IMPACT + "?from=" + NUL, 400));
        all.add(post("impact: from in the year 999999999", IMPACT + "?from=" + FAR_FUTURE, 400));
        all.add(post("impact: to in the year -999999999", IMPACT + "?to=" + FAR_PAST, 400));
        all.add(post("impact: to before from", IMPACT + "?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", 400));
        all.add(post("impact: from in words", IMPACT + "?from=now", 400));
        all.add(post("impact: from empty, as if absent", IMPACT + "?from=&decidedUnder=never-used", 200));
        all.add(post("impact: decidedUnder NUL", IMPACT + "?decidedUnder=2021" + NUL, 400));
        all.add(post("impact: decidedUnder empty, as if absent", IMPACT + "?decidedUnder=&to=2000-01-01T00:00:00Z",
                200));
        all.add(post("impact: decidedUnder of 65 characters", IMPACT + "?decidedUnder=" + "v".repeat(65), 400));
        all.add(post("impact: rule set NUL", "/v1/rulesets/" + NUL + "/versions/2022.1/impact", 404));
        all.add(post("impact: unknown version", "/v1/rulesets/bri-traffic-light/versions/1999.1/impact", 404));
    }

    private static void proofs(List<Hostile> all) {
        String proof = DECISION + "/proof";
        all.add(get("proof: treeSize 0", proof + "?treeSize=0", 400));
        all.add(get("proof: treeSize -1", proof + "?treeSize=-1", 400));
        all.add(get("proof: treeSize the largest long", proof + "?treeSize=9223372036854775807", 400));
        all.add(get("proof: treeSize beyond a long", proof + "?treeSize=9223372036854775808", 400));
        all.add(get("proof: treeSize in words", proof + "?treeSize=ten", 400));
        all.add(get("proof: treeSize NUL", proof + "?treeSize=" + NUL, 400));
        all.add(get("proof: treeSize 1e3", proof + "?treeSize=1e3", 400));
        all.add(get("proof: id 42", "/v1/decisions/42/proof", 400));
        all.add(get("proof: unknown", "/v1/decisions/" + UNKNOWN_ID + "/proof", 404));
    }

    private static void auditQueries(List<Hostile> all) {
        all.add(get("checkpoints: from -1", "/v1/audit/checkpoints?from=-1", 400));
        all.add(get("checkpoints: from in words", "/v1/audit/checkpoints?from=first", 400));
        all.add(get("checkpoints: from NUL", "/v1/audit/checkpoints?from=" + NUL, 400));
        all.add(get("checkpoints: limit 0", "/v1/audit/checkpoints?limit=0", 400));
        all.add(get("checkpoints: limit 1001", "/v1/audit/checkpoints?limit=1001", 400));
        all.add(get("checkpoints: limit beyond a long", "/v1/audit/checkpoints?limit=99999999999999999999", 400));
        all.add(get("checkpoints: from the largest long", "/v1/audit/checkpoints?from=9223372036854775807", 200));
        all.add(get("latest checkpoint: Accept text/csv", "/v1/audit/checkpoints/latest", 406).header("Accept", CSV));
        all.add(get("consistency: no from", "/v1/audit/consistency", 400));
        all.add(get("consistency: from 0", "/v1/audit/consistency?from=0", 400));
        all.add(get("consistency: from after to", "/v1/audit/consistency?from=3&to=2", 400));
        all.add(get("consistency: to the largest long", "/v1/audit/consistency?from=1&to=9223372036854775807", 400));
        all.add(get("consistency: from in words", "/v1/audit/consistency?from=one", 400));
        all.add(get("consistency: from NUL", "/v1/audit/consistency?from=" + NUL, 400));
        all.add(post("verify: from 0", "/v1/audit/verify?from=0", 400));
        all.add(post("verify: from after to", "/v1/audit/verify?from=3&to=2", 400));
        all.add(post("verify: to the largest long", "/v1/audit/verify?to=9223372036854775807", 400));
        all.add(post("verify: from in words", "/v1/audit/verify?from=one", 400));
        all.add(post("verify: to NUL", "/v1/audit/verify?to=" + NUL, 400));
        all.add(request("verify: GET", "GET", "/v1/audit/verify", 405));
        all.add(get("public key: Accept text/plain", "/v1/audit/public-key", 406).header("Accept", "text/plain"));
        all.add(post("public key: POST", "/v1/audit/public-key", 405));
    }

    private static void ruleSets(List<Hostile> all) {
        all.add(get("rule sets: Accept XML", "/v1/rulesets", 406).header("Accept", "application/xml"));
        all.add(get("rule sets: Accept-Language garbage", "/v1/rulesets", 200).header("Accept-Language", "*;q=abc"));
        all.add(get("rule set: id NUL", "/v1/rulesets/" + NUL + "/versions/2022.1", 404));
        all.add(get("rule set: version NUL", "/v1/rulesets/bri-traffic-light/versions/" + NUL, 404));
        all.add(get("rule set: id of 1,000 characters", "/v1/rulesets/" + "r".repeat(1000) + "/versions/2022.1", 404));
        all.add(get("rule set: version not UTF-8", "/v1/rulesets/bri-traffic-light/versions/%C0%AF", 400));
        all.add(get("rule set: path traversal", "/v1/rulesets/..%2F..%2Fetc/versions/passwd", 404));
        all.add(get("diff: to NUL", "/v1/rulesets/bri-traffic-light/versions/2021.2/diff/" + NUL, 404));
        all.add(get("diff: unknown from", "/v1/rulesets/bri-traffic-light/versions/1999.1/diff/2022.1", 404));
        all.add(get("diff: unknown rule set", "/v1/rulesets/nope/versions/2021.2/diff/2022.1", 404));
    }

    private static void authorizations(List<Hostile> all) {
        all.add(get("token: Bearer alone", "/v1/rulesets", 401).header("Authorization", "Bearer"));
        all.add(get("token: Bearer and a space", "/v1/rulesets", 401).header("Authorization", "Bearer "));
        all.add(get("token: Bearer x.y.z", "/v1/rulesets", 401).header("Authorization", "Bearer x.y.z"));
        all.add(get("token: three dots", "/v1/rulesets", 401).header("Authorization", "Bearer ..."));
        all.add(get("token: not base64", "/v1/rulesets", 401).header("Authorization", "Bearer !!!.???.***"));
        all.add(get("token: Basic", "/v1/rulesets", 401).header("Authorization", "Basic YWxpY2U6c2VjcmV0"));
        all.add(get("token: Digest", "/v1/rulesets", 401).header("Authorization", "Digest username=\"a\""));
        all.add(get("token: another scheme with a valid token", "/v1/rulesets", 401)
                .header("Authorization", "Token " + Tokens.regulator()));
        all.add(get("token: without a scheme", "/v1/rulesets", 401).header("Authorization", Tokens.regulator()));
        all.add(get("token: signature cut off", "/v1/rulesets", 401).header("Authorization",
                "Bearer " + Tokens.regulator().substring(0, Tokens.regulator().lastIndexOf('.') + 1)));
        all.add(get("token: unsigned (alg none)", "/v1/rulesets", 401).header("Authorization", "Bearer "
                + base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "."
                + base64Url("{\"iss\":\"x\",\"groups\":[\"regulator\"]}") + "."));
        all.add(get("token: 4,000 characters", "/v1/rulesets", 401).header("Authorization",
                "Bearer " + "a".repeat(4000)));
        all.add(post("token: a lender verifying the log", "/v1/audit/verify", 403)
                .header("Authorization", "Bearer " + Tokens.lender("org-hostile")));
        all.add(post("token: a regulator classifying", "/v1/classifications", 403).body(APPLICATION_JSON, DESCRIPTOR)
                .header("Authorization", "Bearer " + Tokens.regulator()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void isAnsweredWithoutA5xxAndWithoutInternals(Hostile hostile) throws IOException {
        Response response = send(hostile);
        byte[] bytes = response.asByteArray();
        String text = new String(bytes, UTF_8);
        int status = response.statusCode();
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(hostile.status(), status, text));
        checks.add(() -> assertEquals(Optional.empty(), Internals.in(text), "shows internals: " + text));
        if (status >= 400) {
            checks.add(() -> assertEquals(Problem.MEDIA_TYPE, response.contentType(), text));
            checks.add(() -> assertEquals(status, JSON.readTree(bytes).get("status").asInt(), text));
        }
        if (status == 201 && response.contentType().startsWith(NDJSON)) {
            for (String line : text.split("\n")) {
                JsonNode result = JSON.readTree(line);
                if (result.has("problem")) {
                    int lineStatus = result.at("/problem/status").asInt();
                    checks.add(() -> assertTrue(lineStatus >= 400 && lineStatus < 500, line));
                }
            }
        }
        assertAll(checks);
    }

    @Test
    void thereAreAtLeast150DistinctRequests() {
        Set<String> names = new HashSet<>();
        requests().forEach(hostile -> assertTrue(names.add(hostile.name()), "named twice: " + hostile.name()));
        assertTrue(names.size() >= 150, names.size() + " requests");
    }

    @Test
    void everyEndpointIsAmongThem() {
        List<String> paths = requests().map(hostile -> hostile.method() + " " + hostile.path()).toList();
        for (String endpoint : List.of("POST /v1/classifications", "POST /v1/classifications/batch",
                "GET /v1/batches/", "GET /v1/decisions/", "GET /v1/decisions?", "/replay", "/impact", "/proof",
                "GET /v1/audit/checkpoints/latest", "GET /v1/audit/checkpoints?", "GET /v1/audit/consistency",
                "POST /v1/audit/verify", "/v1/audit/public-key", "GET /v1/rulesets", "/diff/")) {
            assertTrue(paths.stream().anyMatch(path -> path.contains(endpoint)), endpoint);
        }
    }

    /** As sent: paths and queries already percent-encoded; no charset added to a Content-Type. */
    private static Response send(Hostile hostile) {
        RequestSpecification request = Api.given().config(RAW).urlEncodingEnabled(false);
        hostile.headers().forEach(request::header);
        if (hostile.contentType() != null) {
            request.contentType(hostile.contentType()).body(hostile.body());
        }
        return request.request(hostile.method(), withIds(hostile.path()));
    }

    private static synchronized String withIds(String path) {
        if (ids == null) {
            String decision = Api.given().contentType(APPLICATION_JSON).body(Descriptors.solarPark().toString())
                    .when().post("/v1/classifications")
                    .then().statusCode(201).extract().path("decisionId");
            String batch = Api.given().contentType(NDJSON).body(DESCRIPTOR.getBytes(UTF_8))
                    .when().post("/v1/classifications/batch")
                    .then().statusCode(201).extract().header("Location");
            ids = Map.of("{decision}", decision, "{batch}", batch.substring(batch.lastIndexOf('/') + 1));
        }
        String resolved = path;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            resolved = resolved.replace(id.getKey(), id.getValue());
        }
        return resolved;
    }

    /** A descriptor whose name holds {@code bad} bytes between good ones. */
    private static byte[] utf8Around(int... bad) {
        return Bytes.concat(("{\"name\": \"a").getBytes(UTF_8), Bytes.bytes(bad), ("b\", " + VALID + "}").getBytes(UTF_8));
    }

    private static String cursor(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(ByteBuffer.allocate(Long.BYTES).putLong(seq)
                .array());
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(UTF_8));
    }
}
