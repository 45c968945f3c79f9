package org.brigreen.trafficlight.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.brigreen.trafficlight.classification.ProjectTable;
import org.brigreen.trafficlight.security.Api;
import org.brigreen.trafficlight.security.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The CSV of the excluded projects, byte for byte: written here from the log's own rows, cell by cell, and compared
 * whole with what the service sends, for references that need quoting, neutralising as a formula, or are absent.
 */
@QuarkusTest
class ExcludedCsvTest {

    private static final String REGULATOR = Tokens.regulator();
    private static final String HEADER = "reference,org,sector,country,decided_at,decision_id,ruleset_id,ruleset_version";
    private static final List<String> REFERENCES = Arrays.asList(null, "=HYPERLINK(\"http://example.test\"),\"a\"",
            "line\r\nbreak", "plain");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theCsvIsTheLoggedRowsCellByCell() throws SQLException {
        String org = "report-excluded-csv-" + System.nanoTime();
        List<ProjectTable.Project> excluded = ProjectTable.projects().stream().filter(ProjectTable.Project::excluded)
                .toList();
        Instant from = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<ReportLog.Logged> logged = ReportLog.screen(org, excluded, n -> REFERENCES.get(n % REFERENCES.size()));
        Instant to = Instant.now().plusSeconds(1);
        assertTrue(logged.stream().filter(ReportLog.Logged::excluded).count() >= REFERENCES.size(),
                "an excluded project with each kind of reference");

        Response csv = Api.as(REGULATOR).get("/v1/reports/excluded?format=csv&from=" + from + "&to=" + to);
        assertEquals(200, csv.statusCode());
        String expected = expected(from, to);
        assertEquals(expected, csv.asString());
        assertTrue(expected.contains("\r\n," + org + ","), "a project without a reference has an empty cell");
        assertTrue(expected.contains("\r\n\"'=HYPERLINK(\"\"http://example.test\"\"),\"\"a\"\"\"," + org + ","),
                "a formula starts with a quote, and the cell is quoted");
        assertTrue(expected.contains("\r\n\"line\r\nbreak\"," + org + ","), "a line break is quoted");
        assertEquals(csv.asString(), Api.as(REGULATOR).accept("text/csv").get("/v1/reports/excluded?from=" + from
                + "&to=" + to).asString(), "the same by Accept");
    }

    /** The CSV of the log's excluded decisions of [from, to), in the order decided, as the contract describes it. */
    private String expected(Instant from, Instant to) throws SQLException {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select reference, org, sector, country, "
                        + "decided_at, id, ruleset_id, ruleset_version from decision where excluded "
                        + "and decided_at >= ? and decided_at < ? order by decided_at, seq")) {
            statement.setObject(1, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            statement.setObject(2, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    List<String> cells = Arrays.asList(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getObject(5, OffsetDateTime.class).toInstant().toString(),
                            rows.getString(6), rows.getString(7), rows.getString(8));
                    csv.append(cells.stream().map(ExcludedCsvTest::cell).collect(Collectors.joining(",")))
                            .append("\r\n");
                }
            }
        }
        return csv.toString();
    }

    /** RFC 4180; a cell a spreadsheet would run as a formula (= + - @, tab, carriage return first) gets a quote. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quoted = text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return quoted ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
