package org.brigreen.trafficlight.batch;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.brigreen.trafficlight.classification.ProjectTable.Project;
import org.brigreen.trafficlight.classification.ProjectTable;
import org.brigreen.trafficlight.rules.TrafficLight;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.batch.BatchLines.withReference;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

/** A portfolio of 100,000 projects: every line answered in order, every decision in the chain, the chain intact. */
@QuarkusTest
class LargeBatchTest {

    private static final int LINES = 100_000;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void oneHundredThousandProjectsAreClassifiedInOrderLoggedInTheChainAndVerifiable() throws Exception {
        List<Project> projects = ProjectTable.underTheVersionInEffect();
        StringBuilder body = new StringBuilder();
        Map<TrafficLight, Integer> expected = new EnumMap<>(TrafficLight.class);
        for (int i = 0; i < LINES; i++) {
            Project project = projects.get(i % projects.size());
            body.append(withReference(project, "BIG-" + i)).append('\n');
            expected.merge(TrafficLight.valueOf(project.trafficLight().toUpperCase()), 1, Integer::sum);
        }

        Response response = given().contentType("application/x-ndjson")
                .body(body.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/classifications/batch");
        assertThat(response.statusCode(), equalTo(201));
        assertEveryLineAnsweredInOrder(response, projects);
        String location = response.header("Location");
        UUID batch = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        given().when().get(location).then().statusCode(200)
                .body("status", equalTo("completed"))
                .body("lines", equalTo(LINES))
                .body("decided", equalTo(LINES))
                .body("errors", equalTo(0))
                .body("classes.red", equalTo(expected.get(TrafficLight.RED)))
                .body("classes.amber", equalTo(expected.get(TrafficLight.AMBER)))
                .body("classes.green", equalTo(expected.get(TrafficLight.GREEN)));

        long[] seqs = seqRange(batch);
        assertThat("the batch's records follow one another in the chain", seqs[1] - seqs[0] + 1, equalTo((long) LINES));
        given().when().post("/v1/audit/verify?from=" + seqs[0] + "&to=" + seqs[1])
                .then().statusCode(200)
                .body("intact", is(true))
                .body("recordsChecked", equalTo(LINES));
    }

    private static void assertEveryLineAnsweredInOrder(Response response, List<Project> projects) throws IOException {
        try (BufferedReader results = new BufferedReader(
                new InputStreamReader(response.asInputStream(), StandardCharsets.UTF_8))) {
            int line = 0;
            for (String text = results.readLine(); text != null; text = results.readLine()) {
                JsonNode result = BatchLines.JSON.readTree(text);
                assertThat(text, result.get("line").asInt(), equalTo(line + 1));
                assertThat(text, result.get("reference").asText(), equalTo("BIG-" + line));
                assertThat(text, result.get("class").asText(),
                        equalTo(projects.get(line % projects.size()).trafficLight()));
                line++;
            }
            assertThat(line, equalTo(LINES));
        }
    }

    /** The first and last sequence numbers of the batch's records, and checks there are exactly LINES of them. */
    private long[] seqRange(UUID batch) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select min(seq), max(seq), count(*) from decision where batch_id = ?")) {
            query.setObject(1, batch);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertThat(row.getLong(3), equalTo((long) LINES));
                return new long[] {row.getLong(1), row.getLong(2)};
            }
        }
    }
}
