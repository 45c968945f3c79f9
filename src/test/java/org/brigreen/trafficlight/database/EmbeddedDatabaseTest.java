package org.brigreen.trafficlight.database;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The datasource is a real PostgreSQL: the embedded one unless an external one is configured
 * ({@code QUARKUS_DATASOURCE_JDBC_URL}), and the embedded one can be stopped and started again, as
 * a test of a database outage does.
 */
@QuarkusTest
class EmbeddedDatabaseTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theDatasourceIsARealPostgreSql() throws SQLException {
        assertTrue(queryString("select version()").startsWith("PostgreSQL "));
    }

    @Test
    void theDatasourceUsesTheEmbeddedServerUnlessAnExternalOneIsConfigured() {
        ConfigValue url = ConfigProvider.getConfig().getConfigValue(EmbeddedDatabaseConfigSourceFactory.URL);
        if (EmbeddedDatabase.isInUse()) {
            assertEquals(EmbeddedDatabase.jdbcUrl(), url.getValue());
        } else {
            assertNotNull(url.getValue());
            assertNotEquals(EmbeddedDatabaseConfigSourceFactory.SOURCE_NAME, url.getSourceName());
        }
    }

    @Test
    void stopMakesTheDatabaseUnreachableAndStartBringsItBackWithItsData() throws SQLException {
        assumeTrue(EmbeddedDatabase.isInUse(), "external database configured");
        execute("drop table if exists embedded_database_test");
        execute("create table embedded_database_test (value text)");
        execute("insert into embedded_database_test values ('kept')");

        EmbeddedDatabase.stop();
        try {
            assertFalse(EmbeddedDatabase.isRunning());
            assertThrows(SQLException.class, () -> queryString("select 1"));
        } finally {
            EmbeddedDatabase.start();
        }

        assertTrue(EmbeddedDatabase.isRunning());
        assertEquals("kept", queryString("select value from embedded_database_test"));
        execute("drop table embedded_database_test");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private String queryString(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
