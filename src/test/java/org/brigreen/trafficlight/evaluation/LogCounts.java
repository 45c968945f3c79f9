package org.brigreen.trafficlight.evaluation;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What the service has recorded, counted in its database: the decisions of the log, the batches and the
 * Idempotency-Keys. An evaluation must leave every count as it was.
 */
record LogCounts(long decisions, long batches, long idempotencyKeys) {

    static LogCounts of(AgroalDataSource dataSource) throws SQLException {
        return new LogCounts(count(dataSource, "decision"), count(dataSource, "batch"),
                count(dataSource, "idempotency_key"));
    }

    private static long count(AgroalDataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select count(*) from " + table);
                ResultSet count = query.executeQuery()) {
            count.next();
            return count.getLong(1);
        }
    }
}
