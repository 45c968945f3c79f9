package org.brigreen.trafficlight.decisionlog;

import java.sql.SQLException;
import java.util.Set;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Tells a failure that belongs to a record from one that belongs to the database. PostgreSQL refuses a record for what
 * it holds with a data exception (SQLState class 22, such as text with a NUL character), an integrity violation (class
 * 23), or another error that it reports at a row of the COPY (such as a value too large for its index): that record
 * alone fails, and the records beside it are appended without it. The database's own failures (the connection lost,
 * class 08; a rolled-back transaction, 40; resources, 53; a lock, 55; an operator or a timeout, 57; the system, 58; an
 * internal error, XX; a failure without a state) fail the whole group.
 */
final class RecordFailure {

    private static final String DATA_EXCEPTION = "22";
    private static final String INTEGRITY_VIOLATION = "23";
    private static final Set<String> DATABASE_FAILURES = Set.of("08", "40", "53", "55", "57", "58", "XX");
    /** A sequence number taken already: another writer appended without the log's lock, not a fault of the record. */
    private static final String SEQUENCE_TAKEN = "decision_pkey";
    /** How the server names the row of a COPY that it refused: "COPY decision, line 3" ("line" in its language). */
    private static final String AT_A_ROW = "COPY decision, ";

    private RecordFailure() {
    }

    static boolean isRecordFailure(SQLException e) {
        String state = e.getSQLState();
        if (state == null || state.length() != 5) {
            return false;
        }
        String stateClass = state.substring(0, 2);
        ServerErrorMessage server = e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        return switch (stateClass) {
            case DATA_EXCEPTION -> true;
            case INTEGRITY_VIOLATION -> server == null || !SEQUENCE_TAKEN.equals(server.getConstraint());
            default -> !DATABASE_FAILURES.contains(stateClass) && server != null && server.getWhere() != null
                    && server.getWhere().startsWith(AT_A_ROW);
        };
    }
}
