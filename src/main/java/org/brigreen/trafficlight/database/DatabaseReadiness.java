package org.brigreen.trafficlight.database;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Ready when the database answers. The public health says UP or DOWN and nothing more; where the database is and why
 * it cannot be reached is for operators: logged at WARN when it goes down, and once more when it is back. (Quarkus'
 * own datasource check, which showed the host, the port and the driver's message to anyone, is off.)
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";
    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class);
    private static final int ANSWER_SECONDS = 3;

    private final AgroalDataSource dataSource;
    private final String address;
    private final AtomicBoolean reachable = new AtomicBoolean(true);

    public DatabaseReadiness(AgroalDataSource dataSource,
            @ConfigProperty(name = EmbeddedDatabaseConfigSourceFactory.URL) Optional<String> jdbcUrl) {
        this.dataSource = dataSource;
        this.address = DatabaseAddress.of(jdbcUrl.orElse(""));
    }

    @Override
    public HealthCheckResponse call() {
        Optional<String> failure = failure();
        if (failure.isPresent() && reachable.getAndSet(false)) {
            LOG.warn("The database at " + address + " cannot be reached: " + failure.get());
        } else if (failure.isEmpty() && !reachable.getAndSet(true)) {
            LOG.info("The database at " + address + " can be reached again");
        }
        return HealthCheckResponse.named(NAME).status(failure.isEmpty()).build();
    }

    /** Why the database cannot be used now, if it cannot. */
    private Optional<String> failure() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(ANSWER_SECONDS) ? Optional.empty()
                    : Optional.of("it did not answer within " + ANSWER_SECONDS + " seconds");
        } catch (SQLException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }
}
