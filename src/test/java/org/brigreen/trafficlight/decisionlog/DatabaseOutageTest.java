package org.brigreen.trafficlight.decisionlog;

import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.database.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

/** With the database stopped no class is given, only 503; when it is back, the service recovers by itself. */
@QuarkusTest
class DatabaseOutageTest {

    private static final int RECOVERY_ATTEMPTS = 150;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aStoppedDatabaseGets503AndNoClassThenTheServiceRecoversByItself() throws Exception {
        assumeTrue(EmbeddedDatabase.isInUse(), "the outage is staged by stopping the embedded database");
        String recorded = given().contentType(ContentType.JSON).body(Descriptors.solarPark().toString())
                .when().post("/v1/classifications")
                .then().statusCode(201).extract().path("decisionId");
        long before = recordCount();

        EmbeddedDatabase.stop();
        try {
            given().contentType(ContentType.JSON).body(Descriptors.solarPark().toString())
                    .when().post("/v1/classifications")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .body("status", equalTo(503))
                    .body("class", nullValue());
            given().when().get("/v1/decisions/" + recorded)
                    .then().statusCode(503).contentType("application/problem+json");
            given().when().get("/q/health/ready").then().statusCode(503);
        } finally {
            EmbeddedDatabase.start();
        }

        int status = 0;
        for (int attempt = 0; attempt < RECOVERY_ATTEMPTS && status != 201; attempt++) {
            status = given().contentType(ContentType.JSON).body(Descriptors.solarPark().toString())
                    .when().post("/v1/classifications")
                    .then().extract().statusCode();
            if (status != 201) {
                assertEquals(503, status, "while recovering, the answer is 503 or a recorded decision");
                Thread.sleep(200);
            }
        }
        assertEquals(201, status, "the service did not recover after the database came back");
        assertEquals(before + 1, recordCount(), "only the decision given after recovery is recorded");
        given().when().get("/v1/decisions/" + recorded).then().statusCode(200);
    }

    private long recordCount() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from decision")) {
            count.next();
            return count.getLong(1);
        }
    }
}
