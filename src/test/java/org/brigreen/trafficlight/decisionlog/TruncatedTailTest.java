package org.brigreen.trafficlight.decisionlog;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.brigreen.trafficlight.audit.Checkpointer;
import org.brigreen.trafficlight.classification.Descriptors;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tail of the log that a signed checkpoint covers, deleted behind the service's back (the append-only triggers
 * disabled): no new record may take a sequence number that the checkpoint already signs, so nothing is appended, and
 * callers get 503, until the tail is back.
 * <p>
 * The log is shared by every test of the run: the tail is removed and put back byte for byte, each in one transaction
 * (the triggers are off only inside it), so that the log verifies as a whole again for the tests after this one.
 */
@QuarkusTest
class TruncatedTailTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Checkpointer checkpointer;

    @Test
    void withASignedTailRemovedNoDecisionIsRecordedUntilItIsBack() throws SQLException {
        classify().then().statusCode(201);
        long signedHead = checkpointer.checkpointNow().orElseThrow().treeSize();
        assertEquals(signedHead, head(), "the checkpoint covers the whole log");

        tamper("create table truncated_tail_test as select * from decision where seq = " + signedHead,
                "delete from decision where seq = " + signedHead);
        try {
            classify().then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .body("detail", startsWith("The decision log is damaged"));
            assertEquals(signedHead - 1, head(), "nothing is written over the signed tail");
        } finally {
            // Exactly as it was: the removed record back, and anything written in its place gone.
            tamper("delete from decision where seq >= " + signedHead,
                    "insert into decision select * from truncated_tail_test",
                    "drop table truncated_tail_test");
        }

        // The tail and the record before it: the whole log, which the rest of the suite has made long, is verified
        // where that is the point.
        long tail = Math.max(1, signedHead - 1);
        assertTrue(given().when().post("/v1/audit/verify?from=" + tail + "&to=" + signedHead).then().statusCode(200)
                .extract().<Boolean>path("intact"), "the log is restored");
        classify().then().statusCode(201);
        assertEquals(signedHead + 1, head(), "appends go on after the restored tail");
    }

    private static io.restassured.response.Response classify() {
        return given().contentType(ContentType.JSON).body(Descriptors.solarPark().put("reference", "TAIL").toString())
                .when().post("/v1/classifications");
    }

    private long head() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select coalesce(max(seq), 0) from decision")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Runs the statements with the log's append-only trigger off, all in one transaction. */
    private void tamper(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("alter table decision disable trigger decision_append_only");
                for (String sql : statements) {
                    statement.execute(sql);
                }
                statement.execute("alter table decision enable trigger decision_append_only");
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }
}
