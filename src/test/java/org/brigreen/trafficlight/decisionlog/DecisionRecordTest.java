package org.brigreen.trafficlight.decisionlog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.brigreen.trafficlight.classification.Descriptors;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.security.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every 201 has its record in PostgreSQL, with input, answer, rule-set version and digest. */
@QuarkusTest
class DecisionRecordTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyClassificationGivenIsRecorded() throws SQLException {
        List<ObjectNode> descriptors = List.of(
                Descriptors.solarPark(),
                Descriptors.solarPark().put("sector", "coal_power").put("reference", "LN-COAL"),
                Descriptors.solarPark().put("sector", "wind_onshore").put("country", "PK"));
        for (ObjectNode descriptor : descriptors) {
            JsonPath answer = JsonPath.from(given().contentType(ContentType.JSON).body(descriptor.toString())
                    .when().post("/v1/classifications")
                    .then().statusCode(201).extract().asString());
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement query = connection.prepareStatement("""
                            select traffic_light, excluded, ruleset_id, ruleset_version, ruleset_digest, country,
                                   sector, reference, record::jsonb #>> '{descriptor,sector}',
                                   record::jsonb #>> '{assessment,trafficLight}'
                            from decision where id = ?"""))  {
                query.setObject(1, UUID.fromString(answer.getString("decisionId")));
                try (ResultSet row = query.executeQuery()) {
                    assertTrue(row.next(), "no record of decision " + answer.getString("decisionId"));
                    assertEquals(answer.getString("class"), row.getString(1));
                    assertEquals(answer.getBoolean("excluded"), row.getBoolean(2));
                    assertEquals(answer.getString("ruleSet.id"), row.getString(3));
                    assertEquals(answer.getString("ruleSet.version"), row.getString(4));
                    assertEquals(answer.getString("ruleSet.digest"), row.getString(5));
                    assertEquals(descriptor.get("country").asText(), row.getString(6));
                    assertEquals(descriptor.get("sector").asText(), row.getString(7));
                    assertEquals(answer.getString("reference"), row.getString(8));
                    assertEquals(descriptor.get("sector").asText(), row.getString(9));
                    assertEquals(answer.getString("class"), row.getString(10));
                }
            }
        }
    }
}
