package org.brigreen.trafficlight.database;

import io.quarkus.runtime.configuration.ConfigurationException;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema migration waits for a database that cannot be reached yet, and gives up in one line. */
class StartupRetryTest {

    @Test
    void givesUpOnAClosedPortWithOneLineNamingTheDatabaseAndTheReason() throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/traffic_light";
        Flyway flyway = Flyway.configure().dataSource(url, "traffic_light", "not-needed").load();
        AtomicInteger attempts = new AtomicInteger();
        StartupRetry retry = new StartupRetry(Duration.ofSeconds(2), DatabaseAddress.of(url));

        ConfigurationException gaveUp = assertThrows(ConfigurationException.class, () -> retry.run(() -> {
            attempts.incrementAndGet();
            flyway.migrate();
        }));

        String line = gaveUp.getMessage();
        assertTrue(line.startsWith("Gave up after 2 s: the database at " + DatabaseAddress.of(url)
                + " cannot be reached: Connection to "), line);
        assertTrue(line.contains("refused"), line);
        assertFalse(line.contains("\n"), "one line: " + line);
        assertNull(gaveUp.getCause(), "printed alone, without a stack trace");
        assertTrue(attempts.get() > 1, "it tried again: " + attempts.get());
    }

    @Test
    void goesOnOnceTheDatabaseAnswers() {
        AtomicInteger attempts = new AtomicInteger();
        new StartupRetry(Duration.ofMinutes(1), "db:5432").run(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException(new SQLException("the database system is starting up", "57P03"));
            }
        });
        assertEquals(3, attempts.get());
    }

    @Test
    void anyOtherFailureEndsTheStartAtOnceAsItIs() {
        AtomicInteger attempts = new AtomicInteger();
        IllegalStateException failure = new IllegalStateException(
                new SQLException("relation \"decision\" does not exist", "42P01"));
        assertSame(failure, assertThrows(IllegalStateException.class,
                () -> new StartupRetry(Duration.ofMinutes(1), "db:5432").run(() -> {
                    attempts.incrementAndGet();
                    throw failure;
                })));
        assertEquals(1, attempts.get());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
