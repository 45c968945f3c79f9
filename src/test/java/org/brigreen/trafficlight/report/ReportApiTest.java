package org.brigreen.trafficlight.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.brigreen.trafficlight.security.Api;
import org.brigreen.trafficlight.security.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The reports over HTTP: their counts are exactly those of the decisions the test logs itself, in an organisation of
 * its own, whichever way the period falls on the days (from the daily counts, from the log, or both); as CSV too; bad
 * parameters are refused naming them; only a regulator reads them.
 */
@io.quarkus.test.junit.QuarkusTest
class ReportApiTest {

    private static final String REGULATOR = Tokens.regulator();

    @Test
    void theCountsAreThoseOfTheDecisionsLoggedWhicheverWayThePeriodFallsOnTheDays() {
        String org = "report-counts-" + System.nanoTime();
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<ReportLog.Logged> logged = ReportLog.screen(org);
        Instant after = Instant.now().plusSeconds(1);
        LocalDate firstDay = LocalDate.ofInstant(before, ZoneOffset.UTC);
        LocalDate lastDay = LocalDate.ofInstant(after, ZoneOffset.UTC);
        Map<String, List<Long>> expected = ReportLog.rows(logged, decision -> org);
        assertTrue(Set.of("red", "amber", "green").equals(new TreeSet<>(logged.stream()
                .map(ReportLog.Logged::trafficLight).toList())), "the table has every class");

        List<String> periods = List.of(
                // whole days only: the daily counts
                "from=" + firstDay + "&to=" + lastDay.plusDays(1),
                // within the days: the log only
                "from=" + before + "&to=" + after,
                // a partial day, whole days, a partial day: both
                "from=" + firstDay.minusDays(1) + "T12:00:00Z&to=" + lastDay.plusDays(1) + "T12:00:00Z",
                // within the days, each the longer part of its day: the day's count less the rest of the day
                "from=" + firstDay + "T00:00:00.000001Z&to=" + lastDay + "T23:59:59.999999Z",
                // open ends
                "");
        for (String period : periods) {
            JsonNode report = json(Api.as(REGULATOR).get("/v1/reports/decisions?by=organisation&" + period), 200);
            assertEquals(expected.get(org), ReportLog.rows(report.get("rows")).get(org), period);
            assertEquals("organisation", report.get("by").asText());
        }
        JsonNode later = json(Api.as(REGULATOR).get("/v1/reports/decisions?by=organisation&from=" + after), 200);
        assertEquals(null, ReportLog.rows(later.get("rows")).get(org), "none of them after they were logged");
        JsonNode byCountry = json(Api.as(REGULATOR).get("/v1/reports/decisions?by=country&from=" + before), 200);
        assertEquals(ReportLog.rows(logged, ReportLog.Logged::country), ReportLog.rows(byCountry.get("rows")));
        JsonNode bySector = json(Api.as(REGULATOR).get("/v1/reports/decisions?from=" + before
                + "&ruleset=bri-traffic-light"), 200);
        assertEquals("sector", bySector.get("by").asText());
        assertEquals(ReportLog.rows(logged, ReportLog.Logged::sector), ReportLog.rows(bySector.get("rows")));
        JsonNode totals = bySector.get("totals");
        assertEquals(List.of(sum(expected, 0), sum(expected, 1), sum(expected, 2), (long) logged.size()),
                List.of(totals.get("red").asLong(), totals.get("amber").asLong(), totals.get("green").asLong(),
                        totals.get("total").asLong()));
        assertEquals("total", totals.get("key").asText());
        String month = firstDay.toString().substring(0, 7);
        JsonNode byMonth = json(Api.as(REGULATOR).get("/v1/reports/decisions?by=month&from=" + before + "&to="
                + firstDay.plusDays(1)), 200);
        assertEquals(expected.get(org), ReportLog.rows(byMonth.get("rows")).get(month));
        JsonNode noVersion = json(Api.as(REGULATOR).get("/v1/reports/decisions?from=" + before
                + "&version=no-such-version"), 200);
        assertEquals(0, noVersion.get("rows").size());
        assertEquals(0, noVersion.at("/totals/total").asLong());
    }

    @Test
    void theExcludedProjectsAreListedPageByPageAndAsCsv() {
        String org = "report-excluded-" + System.nanoTime();
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<ReportLog.Logged> logged = ReportLog.screen(org);
        List<String> excluded = logged.stream().filter(ReportLog.Logged::excluded).map(ReportLog.Logged::decisionId)
                .toList();
        assertTrue(excluded.size() > 1, "the table has excluded projects");

        List<String> listed = new ArrayList<>();
        String cursor = "";
        do {
            JsonNode page = json(Api.as(REGULATOR).get("/v1/reports/excluded?limit=2&from=" + before + cursor), 200);
            assertTrue(page.get("items").size() <= 2);
            page.get("items").forEach(item -> {
                assertEquals(org, item.get("org").asText());
                listed.add(item.get("decisionId").asText());
            });
            cursor = page.has("next") ? "&after=" + page.get("next").asText() : null;
        } while (cursor != null);
        assertEquals(new TreeSet<>(excluded), new TreeSet<>(listed), "each excluded project once, in the order decided");
        assertEquals(excluded.size(), listed.size());

        ReportLog.Logged first = logged.stream().filter(decision -> decision.decisionId().equals(listed.get(0)))
                .findFirst().orElseThrow();
        Response csv = Api.as(REGULATOR).accept("text/csv").get("/v1/reports/excluded?from=" + before);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertEquals("attachment; filename=\"excluded.csv\"", csv.header("Content-Disposition"));
        List<String> lines = csv.asString().lines().toList();
        assertEquals("reference,org,sector,country,decided_at,decision_id,ruleset_id,ruleset_version", lines.get(0));
        assertEquals(excluded.size() + 1, lines.size());
        assertTrue(lines.get(1).startsWith(first.reference() + "," + org + "," + first.sector() + ","
                + first.country() + ","), lines.get(1));
        assertTrue(lines.get(1).contains("," + first.decisionId() + ",bri-traffic-light,"), lines.get(1));
        assertEquals(csv.asString(), Api.as(REGULATOR).get("/v1/reports/excluded?format=csv&from=" + before)
                .asString());
    }

    @Test
    void theDecisionsReportAsCsvHasTheRowsAndTheirTotals() {
        String org = "report-csv-" + System.nanoTime();
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<ReportLog.Logged> logged = ReportLog.screen(org);
        List<Long> row = ReportLog.rows(logged, decision -> org).get(org);
        String line = org + "," + row.get(0) + "," + row.get(1) + "," + row.get(2) + "," + row.get(3);

        Response byAccept = Api.as(REGULATOR).accept("text/csv").get("/v1/reports/decisions?by=organisation&from="
                + before);
        assertEquals(200, byAccept.statusCode());
        assertEquals("attachment; filename=\"decisions-by-organisation.csv\"",
                byAccept.header("Content-Disposition"));
        assertEquals(List.of("key,red,amber,green,total", line, "total," + row.get(0) + "," + row.get(1) + ","
                + row.get(2) + "," + row.get(3)), byAccept.asString().lines().toList());
        assertTrue(byAccept.asString().endsWith("\r\n"), "CRLF line ends (RFC 4180)");
        Response byFormat = Api.as(REGULATOR).accept("application/json")
                .get("/v1/reports/decisions?by=organisation&format=csv&from=" + before);
        assertEquals(byAccept.asString(), byFormat.asString(), "format=csv wins over Accept");
    }

    @Test
    void theAnnualReportCountsTheYearByCategorySectorAndRegion() {
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        JsonNode before = json(Api.as(REGULATOR).get("/v1/reports/annual?year=" + year), 200);
        List<ReportLog.Logged> logged = ReportLog.screen("report-annual-" + System.nanoTime());
        JsonNode after = json(Api.as(REGULATOR).get("/v1/reports/annual?year=" + year), 200);

        assertEquals(year, after.get("year").asInt());
        Map<String, List<Long>> byClass = ReportLog.rows(logged, ReportLog.Logged::trafficLight);
        Map<String, Long> categories = new TreeMap<>();
        after.get("categories").forEach(category -> categories.put(category.get("category").asText() + "="
                + category.get("trafficLight").asText(), category.get("decisions").asLong()
                - before.at("/categories/" + List.of("A", "B", "C").indexOf(category.get("category").asText())
                        + "/decisions").asLong()));
        assertEquals(Map.of("A=red", byClass.get("red").get(3), "B=amber", byClass.get("amber").get(3),
                "C=green", byClass.get("green").get(3)), categories);
        assertEquals(ReportLog.rows(logged, decision -> Regions.of(decision.country())),
                difference(ReportLog.rows(after.get("byRegion")), ReportLog.rows(before.get("byRegion"))));
        assertEquals(ReportLog.rows(logged, ReportLog.Logged::sector),
                difference(ReportLog.rows(after.get("bySector")), ReportLog.rows(before.get("bySector"))));
        assertEquals(logged.stream().filter(ReportLog.Logged::excluded).count(),
                after.get("excluded").asLong() - before.get("excluded").asLong());
        assertTrue(after.get("categoryNote").asText().contains("Equator Principles"));
        assertEquals("Asia", Regions.of("PK"));
        assertEquals("Africa", Regions.of("KE"));

        List<String> csv = Api.as(REGULATOR).get("/v1/reports/annual?format=csv&year=" + year).asString().lines()
                .toList();
        assertEquals("section,key,red,amber,green,total", csv.get(0));
        assertEquals("category,A (red),,,," + after.at("/categories/0/decisions").asLong(), csv.get(1));
        assertEquals("excluded,,,,," + after.get("excluded").asLong(), csv.get(csv.size() - 1));
        after.get("byRegion").forEach(region -> assertTrue(csv.contains("region," + region.get("key").asText() + ","
                + rowText(after.get("byRegion"), region.get("key").asText())), csv.toString()));
    }

    @Test
    void badParametersAreRefusedNamingThemAndTheValuesAllowed() {
        JsonNode problem = json(Api.as(REGULATOR).get("/v1/reports/decisions?by=region&from=2026-13-01&to=x"), 400);
        assertEquals("application/problem+json", Api.as(REGULATOR).get("/v1/reports/decisions?by=region")
                .contentType().split(";")[0]);
        assertEquals(Set.of("by", "from", "to"), pointers(problem));
        JsonNode by = problem.get("errors").findParent("allowedValues");
        assertEquals("by", by.get("pointer").asText());
        assertEquals(List.of("sector", "country", "month", "organisation"), texts(by.get("allowedValues")));
        assertEquals(Set.of("to"), pointers(json(Api.as(REGULATOR)
                .get("/v1/reports/decisions?from=2026-02-01&to=2026-01-01"), 400)));
        assertEquals(Set.of("format"), pointers(json(Api.as(REGULATOR).get("/v1/reports/decisions?format=xml"),
                400)));
        assertEquals(Set.of("limit", "after"), pointers(json(Api.as(REGULATOR)
                .get("/v1/reports/excluded?limit=0&after=nonsense"), 400)));
        assertEquals(Set.of("year"), pointers(json(Api.as(REGULATOR).get("/v1/reports/annual"), 400)));
        assertEquals(Set.of("year"), pointers(json(Api.as(REGULATOR).get("/v1/reports/annual?year=1999"), 400)));
        assertEquals(Set.of("year"), pointers(json(Api.as(REGULATOR).get("/v1/reports/annual?year=twenty"), 400)));
        assertEquals(Set.of("from"), pointers(json(Api.as(REGULATOR).post("/v1/reports/verify?from=yesterday"),
                400)));
    }

    @Test
    void onlyARegulatorReadsTheReports() {
        List<String> reads = List.of("/v1/reports/decisions", "/v1/reports/excluded", "/v1/reports/annual?year=2026");
        for (String token : List.of(Tokens.lender("report-roles"), Tokens.enterprise("report-roles"),
                Tokens.rulesAdmin())) {
            for (String path : reads) {
                assertEquals(403, Api.as(token).get(path).statusCode(), path);
            }
            assertEquals(403, Api.as(token).post("/v1/reports/verify").statusCode());
        }
        for (String path : reads) {
            assertEquals(401, Api.anonymous().get(path).statusCode(), path);
            assertEquals(200, Api.as(REGULATOR).get(path).statusCode(), path);
        }
    }

    private static String rowText(JsonNode rows, String key) {
        for (JsonNode row : rows) {
            if (row.get("key").asText().equals(key)) {
                return row.get("red").asText() + "," + row.get("amber").asText() + "," + row.get("green").asText()
                        + "," + row.get("total").asText();
            }
        }
        return "";
    }

    private static Map<String, List<Long>> difference(Map<String, List<Long>> after, Map<String, List<Long>> before) {
        Map<String, List<Long>> difference = new TreeMap<>();
        after.forEach((key, row) -> {
            List<Long> earlier = before.getOrDefault(key, List.of(0L, 0L, 0L, 0L));
            List<Long> grown = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                grown.add(row.get(i) - earlier.get(i));
            }
            if (grown.get(3) != 0) {
                difference.put(key, grown);
            }
        });
        return difference;
    }

    private static long sum(Map<String, List<Long>> rows, int column) {
        return rows.values().stream().mapToLong(row -> row.get(column)).sum();
    }

    private static Set<String> pointers(JsonNode problem) {
        Set<String> pointers = new TreeSet<>();
        problem.get("errors").forEach(error -> pointers.add(error.get("pointer").asText()));
        return pointers;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    static JsonNode json(Response response, int status) {
        assertEquals(status, response.statusCode(), response.asString());
        assertFalse(response.asString().isEmpty());
        return ReportLog.read(response.asString());
    }
}
