package org.brigreen.trafficlight.decisionlog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.rules.ShippedVersions;
import org.brigreen.trafficlight.tlog.LogHashes;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /v1/decisions over HTTP: filters, pages, the exports, and 400s for what cannot be understood. */
@QuarkusTest
class DecisionLogResourceTest {

    /** The version that decides when none is asked for. */
    private static final String IN_EFFECT = ShippedVersions.inEffect(LocalDate.now(ZoneOffset.UTC)).orElseThrow();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void eachFilterNarrowsTheLog() {
        String run = "FILTER-" + UUID.randomUUID();
        Instant from = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String solar = classify(run + "-solar", "KE", "solar_pv", "");
        String coal = classify(run + "-coal", "PK", "coal_power", "");
        String wind = classify(run + "-wind", "KE", "wind_onshore", "");
        String older = classify(run + "-older", "LA", "solar_pv", "?version=2021.2");
        String since = from.toString();

        assertEquals(List.of(solar, coal, wind, older), ids(Map.of("from", since)));
        assertEquals(List.of(coal), ids(Map.of("from", since, "class", "red")));
        assertEquals(List.of(coal), ids(Map.of("from", since, "excluded", "true")));
        assertEquals(List.of(solar, wind, older), ids(Map.of("from", since, "excluded", "false")));
        assertEquals(List.of(wind), ids(Map.of("from", since, "sector", "wind_onshore")));
        assertEquals(List.of(solar, wind), ids(Map.of("from", since, "country", "KE")));
        assertEquals(List.of(solar), ids(Map.of("from", since, "country", "KE", "sector", "solar_pv")));
        assertEquals(List.of(older), ids(Map.of("from", since, "ruleset", "bri-traffic-light", "version", "2021.2")));
        assertEquals(List.of(solar, coal, wind), ids(Map.of("from", since, "version", IN_EFFECT)));
        assertEquals(List.of(), ids(Map.of("from", since, "ruleset", "another-rule-set")));
        assertEquals(List.of(coal), ids(Map.of("reference", run + "-coal")));
        String coalDecidedAt = page(Map.of("reference", run + "-coal")).getString("items[0].decidedAt");
        assertEquals(List.of(solar), ids(Map.of("from", since, "to", coalDecidedAt)));
        assertEquals(List.of(coal, wind, older), ids(Map.of("from", coalDecidedAt)));
    }

    @Test
    void anItemCarriesTheDecisionAndItsPlaceInTheChain() {
        String reference = "ITEM-" + UUID.randomUUID();
        String coal = classify(reference, "PK", "coal_power", "");
        JsonPath item = JsonPath.from(page(Map.of("reference", reference)).prettify()).setRootPath("items[0]");
        assertEquals(coal, item.getString("decisionId"));
        assertEquals("red", item.getString("class"));
        assertTrue(item.getBoolean("excluded"));
        assertEquals("coal_power", item.getString("sector"));
        assertEquals("PK", item.getString("country"));
        assertEquals(reference, item.getString("reference"));
        assertEquals("bri-traffic-light", item.getString("ruleSet.id"));
        assertEquals(IN_EFFECT, item.getString("ruleSet.version"));
        assertTrue(item.getString("ruleSet.digest").startsWith("sha256:"));
        assertTrue(item.getString("entryHash").matches("[0-9a-f]{64}"), item.getString("entryHash"));
        assertTrue(item.getString("chainHash").matches("[0-9a-f]{64}"), item.getString("chainHash"));
        assertTrue(item.getLong("seq") > 0);
        given().when().get("/v1/decisions/" + coal).then().statusCode(200)
                .body("decidedAt", equalTo(item.getString("decidedAt")));
    }

    @Test
    void pagesWalkEveryMatchingDecisionOnceInSequenceOrder() {
        Instant from = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(classify("PAGE-" + i + "-" + UUID.randomUUID(), "KE", "solar_pv", ""));
        }
        List<String> walked = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String after = null;
        do {
            Map<String, String> query = new HashMap<>(Map.of("from", from.toString(), "limit", "2"));
            if (after != null) {
                query.put("after", after);
            }
            JsonPath page = page(query);
            walked.addAll(page.getList("items.decisionId"));
            seqs.addAll(page.getList("items.seq", Long.class));
            pageSizes.add(page.getList("items").size());
            after = page.getString("next");
        } while (after != null);

        assertEquals(created, walked);
        assertEquals(List.of(2, 2, 1), pageSizes);
        for (int i = 1; i < seqs.size(); i++) {
            assertEquals(seqs.get(i - 1) + 1, seqs.get(i), "sequence numbers are consecutive across pages");
        }
        assertNull(page(Map.of("from", from.toString(), "limit", "5")).getString("next"),
                "no next when the page holds the last decision");
    }

    @Test
    void aMalformedCursorOrLimitIs400NamingTheParameter() {
        for (String cursor : List.of("not a cursor", "AAAA", "%%%", "__________8", "AAAAAAAAAGQAAA")) {
            given().queryParam("after", cursor).when().get("/v1/decisions")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.pointer", contains("after"));
        }
        for (String limit : List.of("0", "1001", "-1", "ten", "1.5", "99999999999")) {
            given().queryParam("limit", limit).when().get("/v1/decisions")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.pointer", contains("limit"))
                    .body("errors[0].reason", equalTo("must be an integer from 1 to 1000"));
        }
    }

    @Test
    void anUnknownValueIs400WithTheAllowedValues() {
        given().queryParam("class", "orange").when().get("/v1/decisions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("instance", equalTo("/v1/decisions"))
                .body("errors[0].pointer", equalTo("class"))
                .body("errors[0].reason", equalTo("unknown value 'orange'"))
                .body("errors[0].allowedValues", contains("red", "amber", "green"));
        given().queryParam("excluded", "yes").when().get("/v1/decisions")
                .then().statusCode(400).body("errors[0].allowedValues", contains("true", "false"));
        given().queryParam("sector", "coal").when().get("/v1/decisions")
                .then().statusCode(400).body("errors[0].pointer", equalTo("sector"))
                .body("errors[0].allowedValues", hasItem("coal_power"));
    }

    @Test
    void everyInvalidParameterIsListedAtOnceWhateverTheAcceptedType() {
        for (String accept : List.of("application/json", DecisionExport.NDJSON, DecisionExport.CSV)) {
            given().accept(accept)
                    .queryParam("from", "yesterday").queryParam("to", "2026-13-01T00:00:00Z")
                    .queryParam("country", "ke").queryParam("class", "RED").queryParam("reference", "x".repeat(129))
                    .when().get("/v1/decisions")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("detail", equalTo("The query has 5 invalid parameters."))
                    .body("errors.pointer", contains("from", "to", "class", "country", "reference"));
        }
        given().queryParam("from", "2026-02-01T00:00:00Z").queryParam("to", "2026-01-01T00:00:00Z")
                .when().get("/v1/decisions")
                .then().statusCode(400).body("errors[0].pointer", equalTo("to"));
        given().queryParam("from", "2026-01-01T08:00:00+08:00").when().get("/v1/decisions")
                .then().statusCode(200);
    }

    @Test
    void ndjsonLinesCarryTheRecordsThatWereHashedAndTheirChain() throws Exception {
        Instant from = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<String> created = List.of(classify("NDJSON-" + UUID.randomUUID(), "KE", "solar_pv", ""),
                classify("NDJSON-" + UUID.randomUUID(), "PK", "coal_power", ""),
                classify("NDJSON-" + UUID.randomUUID(), "KE", "wind_onshore", ""));
        Response response = given().accept(DecisionExport.NDJSON).queryParam("from", from.toString())
                .when().get("/v1/decisions");
        response.then().statusCode(200).contentType(DecisionExport.NDJSON)
                .header("Content-Disposition", "attachment; filename=\"decisions.ndjson\"");
        String body = response.asString();
        assertTrue(body.endsWith("\n"), "every line ends with a line feed");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : body.split("\n")) {
            lines.add(JSON.readTree(line));
        }

        assertEquals(created, lines.stream().map(line -> line.get("decisionId").asText()).toList());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            assertTrue(line.get("record").isTextual(), "the record is a JSON string");
            assertEquals(HEX.formatHex(LogHashes.entryHash(line.get("record").asText())),
                    line.get("entryHash").asText());
            JsonNode record = JSON.readTree(line.get("record").asText());
            assertEquals(line.get("decisionId").asText(), record.get("id").asText());
            assertEquals(line.get("decidedAt").asText(), record.get("decidedAt").asText());
            assertEquals(line.get("ruleSet").get("digest").asText(), record.get("ruleSet").get("digest").asText());
            if (i > 0) {
                JsonNode previous = lines.get(i - 1);
                assertEquals(previous.get("seq").asLong() + 1, line.get("seq").asLong());
                assertArrayEquals(LogHashes.chainHash(HEX.parseHex(previous.get("chainHash").asText()),
                        HEX.parseHex(line.get("entryHash").asText())), HEX.parseHex(line.get("chainHash").asText()));
            }
        }
        JsonNode coal = lines.get(1);
        assertEquals("red", coal.get("class").asText());
        assertTrue(coal.get("excluded").asBoolean());
        assertEquals("coal_power", coal.get("sector").asText());
        assertEquals("PK", coal.get("country").asText());
        assertEquals(List.of("seq", "decisionId", "decidedAt", "class", "excluded", "sector", "country", "reference",
                "ruleSet", "org", "entryHash", "chainHash", "record"), fieldNames(coal));

        String cursor = DecisionCursor.after(lines.get(0).get("seq").asLong());
        String rest = given().accept(DecisionExport.NDJSON).queryParam("from", from.toString())
                .queryParam("after", cursor).when().get("/v1/decisions").then().statusCode(200).extract().asString();
        assertEquals(2, rest.split("\n").length, "the export continues after the cursor");
        assertTrue(rest.startsWith("{\"seq\":" + lines.get(1).get("seq").asLong() + ","));
    }

    @Test
    void csvHasTheHeaderAndOneQuotedRowPerDecision() {
        String awkward = "Smith, \"Jones\" & Co " + UUID.randomUUID();
        Instant from = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String first = classify(awkward, "KE", "solar_pv", "");
        String second = classify("CSV-" + UUID.randomUUID(), "PK", "coal_power", "");
        ObjectNode noReference = Descriptors.solarPark();
        noReference.remove("reference");
        String third = given().contentType(ContentType.JSON).body(noReference.toString())
                .when().post("/v1/classifications").then().statusCode(201).extract().path("decisionId");

        Response response = given().accept(DecisionExport.CSV).queryParam("from", from.toString())
                .when().get("/v1/decisions");
        response.then().statusCode(200).contentType(DecisionExport.CSV)
                .header("Content-Disposition", "attachment; filename=\"decisions.csv\"");
        String body = response.asString();
        assertTrue(body.endsWith("\r\n"));
        List<String> rows = List.of(body.split("\r\n"));

        assertEquals("seq,decision_id,decided_at,class,excluded,sector,country,reference,ruleset_id,ruleset_version,"
                + "ruleset_digest,entry_hash,chain_hash,org,batch_id,supersedes", rows.get(0));
        assertEquals(4, rows.size(), "the header and one row per decision");
        List<String> row = parseCsvRow(rows.get(1));
        assertEquals(16, row.size());
        assertEquals(first, row.get(1));
        assertEquals(awkward, row.get(7), "the reference survives its comma and quotes");
        assertTrue(rows.get(1).contains(",\"Smith, \"\"Jones\"\" & Co "), rows.get(1));
        assertEquals(List.of("green", "false", "solar_pv", "KE"), row.subList(3, 7));
        assertEquals(List.of("bri-traffic-light", IN_EFFECT), row.subList(8, 10));
        assertTrue(row.get(10).startsWith("sha256:"));
        assertTrue(row.get(11).matches("[0-9a-f]{64}") && row.get(12).matches("[0-9a-f]{64}"));
        assertEquals(second, parseCsvRow(rows.get(2)).get(1));
        assertEquals("red", parseCsvRow(rows.get(2)).get(3));
        List<String> last = parseCsvRow(rows.get(3));
        assertEquals(third, last.get(1));
        assertEquals("", last.get(7), "no reference is an empty field");
    }

    @Test
    void anUnservableAcceptIs406NotAnError() {
        given().accept("application/xml").when().get("/v1/decisions").then().statusCode(406);
        given().accept("text/*").queryParam("limit", "1").when().get("/v1/decisions")
                .then().statusCode(200).contentType(DecisionExport.CSV);
        given().accept("*/*").queryParam("limit", "1").when().get("/v1/decisions")
                .then().statusCode(200).contentType(ContentType.JSON).body("items", hasSize(1));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** RFC 4180 fields of one row (no line breaks inside fields in these tests). */
    private static List<String> parseCsvRow(String row) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted && c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        assertFalse(quoted, "unbalanced quotes in " + row);
        return fields;
    }

    private static List<String> ids(Map<String, String> query) {
        return page(query).getList("items.decisionId");
    }

    private static JsonPath page(Map<String, String> query) {
        return JsonPath.from(given().queryParams(query).when().get("/v1/decisions")
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString());
    }

    private static String classify(String reference, String country, String sector, String pinning) {
        ObjectNode descriptor = Descriptors.solarPark().put("reference", reference).put("country", country)
                .put("sector", sector);
        return given().contentType(ContentType.JSON).body(descriptor.toString())
                .when().post("/v1/classifications" + pinning)
                .then().statusCode(201).extract().path("decisionId");
    }
}
