package org.brigreen.trafficlight.database;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * While the database is down, the public health says DOWN and nothing else: where the database is, and why it cannot
 * be reached, is for operators, in the log, once per change.
 */
@QuarkusTest
class DatabaseHealthTest {

    private static final int RECOVERY_ATTEMPTS = 150;
    private static final String READINESS_LOG = "org.brigreen.trafficlight.database.DatabaseReadiness";

    @Test
    void aDownDatabaseIsDownInTheHealthWithoutWhereOrWhy() throws Exception {
        assumeTrue(EmbeddedDatabase.isInUse(), "the outage is staged by stopping the embedded database");
        URI database = URI.create(EmbeddedDatabase.jdbcUrl().substring("jdbc:".length()));
        assertEquals(200, health("/q/health/ready").statusCode());

        Logger log = Logger.getLogger(READINESS_LOG);
        Records records = new Records();
        log.addHandler(records);
        EmbeddedDatabase.stop();
        try {
            for (String path : List.of("/q/health", "/q/health/ready", "/q/health/ready")) {
                Response health = health(path);
                String body = health.asString();
                assertAll(path,
                        () -> assertEquals(503, health.statusCode(), body),
                        () -> assertEquals("DOWN", health.path("status")),
                        () -> assertEquals(List.of("DOWN"),
                                health.path("checks.findAll { it.name == 'database' }.status")),
                        () -> assertFalse(body.contains(database.getHost()), body),
                        () -> assertFalse(body.contains(String.valueOf(database.getPort())), body),
                        () -> assertFalse(body.toLowerCase().contains("connection"), body),
                        () -> assertFalse(body.contains("Exception"), body));
            }
        } finally {
            EmbeddedDatabase.start();
        }
        awaitReady();
        health("/q/health/ready");
        log.removeHandler(records);

        List<LogRecord> warnings = records.at(Level.WARNING);
        assertEquals(1, warnings.size(), "one warning for the outage, however often the health was asked");
        String warning = warnings.get(0).getMessage();
        assertTrue(warning.contains(database.getHost() + ":" + database.getPort()), warning);
        assertEquals(1, records.at(Level.INFO).size(), "one line when it is back");
    }

    private static void awaitReady() throws InterruptedException {
        for (int attempt = 0; attempt < RECOVERY_ATTEMPTS; attempt++) {
            if (health("/q/health/ready").statusCode() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the health did not come back up after the database did");
    }

    private static Response health(String path) {
        return RestAssured.given().when().get(path);
    }

    /** The log records of one logger, by level. */
    private static final class Records extends Handler {

        private final List<LogRecord> records = new ArrayList<>();

        @Override
        public synchronized void publish(LogRecord record) {
            records.add(record);
        }

        synchronized List<LogRecord> at(Level level) {
            return records.stream().filter(record -> record.getLevel().intValue() == level.intValue()).toList();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
