package org.brigreen.trafficlight.database;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Stops the start of an application that has no database configured, with the one line
 * {@value #NO_DATABASE}.
 * <p>
 * Quarkus prints the message of a {@link ConfigurationException} that stops the start, without a
 * stack trace. This check observes the startup event before the application's own startup code.
 * In dev mode and tests the URL is always set,
 * by {@link EmbeddedDatabaseConfigSourceFactory} if not configured, so in practice this only stops
 * the packaged application.
 */
@Singleton
public class DatabaseConfigurationCheck {

    static final String NO_DATABASE = "No database configured: set QUARKUS_DATASOURCE_JDBC_URL,"
            + " QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD";

    void verify(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        if (ConfigProvider.getConfig()
                .getOptionalValue(EmbeddedDatabaseConfigSourceFactory.URL, String.class)
                .isEmpty()) {
            throw new ConfigurationException(NO_DATABASE);
        }
    }
}
