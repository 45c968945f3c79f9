package org.brigreen.trafficlight.database;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import org.flywaydb.core.Flyway;

/**
 * Migrates the database schema at start, after the configuration checks and while the rule sets load on another
 * thread ({@code rules.RuleSetCatalog}), rather than before any of the application's own start, as Flyway's
 * migrate-at-start would: the two take about the same time, and the start takes the longer of them, not the sum.
 */
@Singleton
public class SchemaMigration {

    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 4) StartupEvent event, Flyway flyway) {
        flyway.migrate();
    }
}
