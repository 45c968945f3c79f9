package org.brigreen.trafficlight.decisionlog;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.brigreen.trafficlight.database.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** While the database is down, a page or an export is a 503 to retry, never a 500 or a truncated download. */
@QuarkusTest
class DecisionLogOutageTest {

    private static final int RECOVERY_ATTEMPTS = 150;

    @Test
    void theLogIs503WhileTheDatabaseIsDownThenServedAgain() throws InterruptedException {
        assumeTrue(EmbeddedDatabase.isInUse(), "the outage is staged by stopping the embedded database");
        EmbeddedDatabase.stop();
        try {
            for (String accept : List.of("application/json", DecisionExport.NDJSON, DecisionExport.CSV)) {
                given().accept(accept).when().get("/v1/decisions")
                        .then().statusCode(503).contentType("application/problem+json")
                        .header("Retry-After", "1")
                        .body("detail", equalTo("The decision log cannot be read right now. Retry shortly."));
            }
        } finally {
            EmbeddedDatabase.start();
        }
        int status = 0;
        for (int attempt = 0; attempt < RECOVERY_ATTEMPTS && status != 200; attempt++) {
            status = given().queryParam("limit", "1").when().get("/v1/decisions").then().extract().statusCode();
            if (status != 200) {
                assertEquals(503, status, "while recovering, the answer is 503 or the log");
                Thread.sleep(200);
            }
        }
        assertEquals(200, status, "the log was not served again after the database came back");
    }
}
