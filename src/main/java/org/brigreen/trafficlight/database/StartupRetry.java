package org.brigreen.trafficlight.database;

import io.quarkus.runtime.configuration.ConfigurationException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Runs a start-up step that needs the database, again and again while the database cannot be reached (it may be
 * starting beside the service), waiting longer each time, up to a time limit. Each wait is logged, one line at most
 * every {@link #LOG_EVERY}; past the limit the start ends with one line that names the database and the reason: a
 * {@link ConfigurationException}, whose message Quarkus prints alone, without a stack trace, before it exits with 1
 * (the URL may well be wrong). Any other failure ends the start at once, as it is.
 */
final class StartupRetry {

    static final Duration FIRST_WAIT = Duration.ofMillis(500);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(5);
    static final Duration LOG_EVERY = Duration.ofSeconds(5);
    /** SQL states of a database that cannot be reached: connection exceptions, and "cannot connect now". */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final String CANNOT_CONNECT_NOW = "57P03";
    private static final Logger LOG = Logger.getLogger(StartupRetry.class);

    private final Duration timeout;
    private final String address;

    /**
     * @param timeout how long to keep trying
     * @param address the database's host and port, as the log and the last line name it
     */
    StartupRetry(Duration timeout, String address) {
        this.timeout = timeout;
        this.address = address;
    }

    /**
     * Runs {@code step} until it does not fail for want of the database.
     *
     * @throws ConfigurationException when the database could not be reached in time
     */
    void run(Runnable step) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Duration wait = FIRST_WAIT;
        long lastLogged = Long.MIN_VALUE;
        for (int attempt = 1; ; attempt++) {
            try {
                step.run();
                if (attempt > 1) {
                    LOG.info("The database at " + address + " answered at attempt " + attempt);
                }
                return;
            } catch (RuntimeException e) {
                String reason = unreachable(e).orElseThrow(() -> e);
                long now = System.nanoTime();
                if (now - deadline >= 0) {
                    throw new ConfigurationException("Gave up after " + seconds(timeout) + ": the database at "
                            + address + " cannot be reached: " + reason);
                }
                if (lastLogged == Long.MIN_VALUE || now - lastLogged >= LOG_EVERY.toNanos()) {
                    LOG.warn("The database at " + address + " cannot be reached (" + reason + "); retrying for up to "
                            + seconds(Duration.ofNanos(deadline - now)) + " more");
                    lastLogged = now;
                }
                sleep(wait.compareTo(Duration.ofNanos(deadline - now)) < 0 ? wait : Duration.ofNanos(deadline - now));
                wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) < 0 ? wait.multipliedBy(2) : LONGEST_WAIT;
            }
        }
    }

    /** The reason, in one line, if {@code failure} is the database not being reachable. */
    private static Optional<String> unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)
                    || sql.getSQLState().equals(CANNOT_CONNECT_NOW))) {
                return Optional.of(String.valueOf(sql.getMessage()).replaceAll("\\s+", " ").trim());
            }
        }
        return Optional.empty();
    }

    private void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigurationException("Stopped while waiting for the database at " + address);
        }
    }

    private static String seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000) + " s";
    }
}
