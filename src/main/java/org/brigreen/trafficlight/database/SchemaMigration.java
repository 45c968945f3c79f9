package org.brigreen.trafficlight.database;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Migrates the database schema at start, after the configuration checks and while the rule sets load on another
 * thread ({@code rules.RuleSetCatalog}), rather than before any of the application's own start, as Flyway's
 * migrate-at-start would: the two take about the same time, and the start takes the longer of them, not the sum.
 * A database that cannot be reached yet is waited for, up to {@code traffic-light.database.startup-timeout}
 * ({@link StartupRetry}).
 */
@Singleton
public class SchemaMigration {

    private final StartupRetry retry;

    public SchemaMigration(
            DatabaseConfig config,
            @ConfigProperty(name = EmbeddedDatabaseConfigSourceFactory.URL) Optional<String> jdbcUrl) {
        // Optional: without a URL, DatabaseConfigurationCheck stops the start first, with its own line.
        this.retry = new StartupRetry(config.startupTimeout(), DatabaseAddress.of(jdbcUrl.orElse("")));
    }

    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 4) StartupEvent event, Flyway flyway) {
        retry.run(flyway::migrate);
    }
}
