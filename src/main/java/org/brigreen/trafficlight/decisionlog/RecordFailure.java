package org.brigreen.trafficlight.decisionlog;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Tells a failure that belongs to a record from one that belongs to the database. PostgreSQL refuses a record for what
 * it holds with a data exception (SQLState class 22, such as text with a NUL character) or an integrity violation
 * (class 23): that record alone fails, and the records beside it are appended without it. Anything else (the
 * connection lost, class 08; resources, 53; an operator or a timeout, 57; a rolled-back transaction, 40; a failure
 * without a state) is the database's, and fails the whole group.
 */
final class RecordFailure {

    private static final String DATA_EXCEPTION = "22";
    private static final String INTEGRITY_VIOLATION = "23";
    /** A sequence number taken already: another writer appended without the log's lock, not a fault of the record. */
    private static final String SEQUENCE_TAKEN = "decision_pkey";

    private RecordFailure() {
    }

    static boolean isRecordFailure(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            return false;
        }
        return state.startsWith(DATA_EXCEPTION)
                || state.startsWith(INTEGRITY_VIOLATION) && !SEQUENCE_TAKEN.equals(constraintOf(e));
    }

    private static String constraintOf(SQLException e) {
        ServerErrorMessage server = e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        return server == null ? null : server.getConstraint();
    }
}
