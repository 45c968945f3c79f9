package org.brigreen.trafficlight.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.brigreen.trafficlight.security.Api;
import org.brigreen.trafficlight.security.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The daily counts the reports read equal a count of the log itself, and POST /v1/reports/verify names a cell of the
 * counts changed directly in the database, with what the log says and what the counts say. Other tests in the same
 * database change the log's own rows behind its triggers (to show that verification finds it), and the counts then
 * rightly differ from the log in their cells: so these tests look at the cells of their own organisation, and at
 * whether the check's totals agree with the cells it lists.
 */
@QuarkusTest
class RollupCheckTest {

    private static final String REGULATOR = Tokens.regulator();

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theDailyCountsEqualACountOfTheLog() {
        String org = "rollup-equal-" + System.nanoTime();
        List<ReportLog.Logged> logged = ReportLog.screen(org);
        JsonNode check = ReportApiTest.json(Api.as(REGULATOR).post("/v1/reports/verify"), 200);
        assertEquals(List.of(), cellsOf(check, org), check.toString());
        assertTrue(check.get("decisionsInLog").asLong() >= logged.size());
        assertConsistent(check);
        JsonNode today = ReportApiTest.json(Api.as(REGULATOR).post("/v1/reports/verify?from="
                + LocalDate.now(ZoneOffset.UTC) + "&to=" + LocalDate.now(ZoneOffset.UTC).plusDays(1)), 200);
        assertEquals(List.of(), cellsOf(today, org), today.toString());
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), today.get("from").asText());
        assertEquals(check.get("differingCells").asInt() == 0, check.get("matches").asBoolean());
    }

    @Test
    void aCountChangedInTheDatabaseIsReportedWithItsCell() throws SQLException {
        String org = "rollup-changed-" + System.nanoTime();
        List<ReportLog.Logged> logged = ReportLog.screen(org);
        ReportLog.Logged changed = logged.get(0);
        long inLog = logged.stream().filter(decision -> decision.sector().equals(changed.sector())
                && decision.country().equals(changed.country())
                && decision.trafficLight().equals(changed.trafficLight())
                && decision.excluded() == changed.excluded()).count();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String cell = " where org = ? and sector = ? and country = ? and traffic_light = ? and excluded = ?";
        update("update decision_daily set decisions = decisions + 100" + cell, changed);
        try {
            JsonNode check = ReportApiTest.json(Api.as(REGULATOR).post("/v1/reports/verify?from=" + today), 200);
            assertEquals(false, check.get("matches").asBoolean(), check.toString());
            assertConsistent(check);
            List<JsonNode> cells = cellsOf(check, org);
            assertEquals(1, cells.size(), check.toString());
            JsonNode differing = cells.get(0);
            assertEquals(org, differing.get("org").asText());
            assertEquals(changed.sector(), differing.get("sector").asText());
            assertEquals(changed.country(), differing.get("country").asText());
            assertEquals(changed.trafficLight(), differing.get("trafficLight").asText());
            assertEquals(changed.excluded(), differing.get("excluded").asBoolean());
            assertEquals("bri-traffic-light", differing.get("ruleSet").asText());
            assertEquals(inLog, differing.get("inLog").asLong());
            assertEquals(inLog + 100, differing.get("inRollup").asLong());
            assertEquals(today, differing.get("day").asText());

            JsonNode report = ReportApiTest.json(Api.as(REGULATOR).get("/v1/reports/decisions?by=organisation&from="
                    + today), 200);
            assertEquals(logged.size() + 100, ReportLog.rows(report.get("rows")).get(org).get(3),
                    "the reports read the counts: what the check is for");
        } finally {
            update("update decision_daily set decisions = decisions - 100" + cell, changed);
        }
        update("delete from decision_daily" + cell, changed);
        try {
            JsonNode check = ReportApiTest.json(Api.as(REGULATOR).post("/v1/reports/verify"), 200);
            assertEquals(false, check.get("matches").asBoolean());
            List<JsonNode> cells = cellsOf(check, org);
            assertEquals(1, cells.size(), check.toString());
            assertEquals(inLog, cells.get(0).get("inLog").asLong());
            assertEquals(0, cells.get(0).get("inRollup").asLong());
        } finally {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement restore = connection.prepareStatement("""
                            insert into decision_daily (day, ruleset_id, ruleset_version, org, sector, country,
                                traffic_light, excluded, decisions)
                            select (decided_at at time zone 'UTC')::date, ruleset_id, ruleset_version, org, sector,
                                country, traffic_light, excluded, count(*)
                            from decision""" + cell + " group by 1, 2, 3, 4, 5, 6, 7, 8")) {
                bind(restore, changed, org);
                restore.executeUpdate();
            }
        }
        assertEquals(List.of(), cellsOf(ReportApiTest.json(Api.as(REGULATOR).post("/v1/reports/verify"), 200), org),
                "restored");
    }

    /** The differing cells of organisation {@code org}. */
    private static List<JsonNode> cellsOf(JsonNode check, String org) {
        List<JsonNode> cells = new ArrayList<>();
        check.get("cells").forEach(cell -> {
            if (org.equals(cell.path("org").asText())) {
                cells.add(cell);
            }
        });
        return cells;
    }

    /** The totals differ by what the listed cells differ by, and it matches when no cell differs. */
    private static void assertConsistent(JsonNode check) {
        long difference = 0;
        for (JsonNode cell : check.get("cells")) {
            difference += cell.get("inRollup").asLong() - cell.get("inLog").asLong();
        }
        assertEquals(check.get("decisionsInRollup").asLong() - check.get("decisionsInLog").asLong(), difference,
                check.toString());
        assertEquals(check.get("cells").size(), check.get("differingCells").asInt());
        assertEquals(check.get("differingCells").asInt() == 0, check.get("matches").asBoolean());
    }

    private void update(String sql, ReportLog.Logged changed) throws SQLException {
        String org = changed.reference().substring(0, changed.reference().lastIndexOf('-'));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, changed, org);
            assertEquals(1, statement.executeUpdate(), sql);
        }
    }

    private static void bind(PreparedStatement statement, ReportLog.Logged changed, String org) throws SQLException {
        statement.setString(1, org);
        statement.setString(2, changed.sector());
        statement.setString(3, changed.country());
        statement.setString(4, changed.trafficLight());
        statement.setBoolean(5, changed.excluded());
    }
}
