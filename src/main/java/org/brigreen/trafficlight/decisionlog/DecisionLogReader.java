package org.brigreen.trafficlight.decisionlog;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.brigreen.trafficlight.decision.DecisionLogUnavailableException;
import org.brigreen.trafficlight.rules.RuleSetRef;
import org.brigreen.trafficlight.rules.TrafficLight;

/**
 * Reads the decision log in sequence order, in constant memory however long the log: one read-only transaction
 * with a server-side cursor, fetching {@value #FETCH_SIZE} rows at a time, each handed on before the next is read.
 */
@Singleton
public final class DecisionLogReader {

    /** Rows per round trip: a few MB of records at most, and few round trips. */
    static final int FETCH_SIZE = 500;
    private static final String COLUMNS = """
            select seq, id, decided_at, traffic_light, excluded, sector, country, reference, ruleset_id,
                   ruleset_version, ruleset_digest, org, batch_id, supersedes, record, entry_hash, chain_hash
            from decision""";

    private final AgroalDataSource dataSource;
    private final TransactionManager transactions;

    public DecisionLogReader(AgroalDataSource dataSource, TransactionManager transactions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    /**
     * Hands every logged decision that matches {@code filter} to {@code action}, in sequence order. Runs in its own
     * read-only transaction (a caller's transaction is suspended meanwhile), so it sees the log as it was when it
     * started. An exception thrown by {@code action} stops the reading and is rethrown as it is.
     *
     * @throws DecisionLogUnavailableException when the log cannot be read
     */
    public void forEach(LogFilter filter, Consumer<LoggedDecision> action) {
        read(filter, Long.MAX_VALUE, action);
    }

    /** The first {@code limit} logged decisions that match {@code filter}, in sequence order: one page. */
    public List<LoggedDecision> first(LogFilter filter, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        List<LoggedDecision> page = new ArrayList<>(Math.min(limit, FETCH_SIZE));
        read(Query.of(filter, limit), decisions(page::add));
        return page;
    }

    /**
     * The last {@code limit} logged decisions that match {@code filter} and come before sequence number
     * {@code beforeSeq}, newest first: one page of a history read backwards.
     */
    public List<LoggedDecision> newestFirst(LogFilter filter, long beforeSeq, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        List<LoggedDecision> page = new ArrayList<>(Math.min(limit, FETCH_SIZE));
        read(Query.newestFirst(filter, beforeSeq, limit), decisions(page::add));
        return page;
    }

    /**
     * Hands every entry of a stretch of the log, in sequence order: each decision to {@code decisions}, and each step
     * of an appeal, which lies in the same chain, to {@code steps}. What an offline verifier needs to follow the chain.
     *
     * @param stretch a filter with no criterion but the stretch of the log: {@link LogFilter#isStretch()}
     */
    public void forEachEntry(LogFilter stretch, Consumer<LoggedDecision> decisions, Consumer<LoggedAppealStep> steps) {
        if (!stretch.isStretch()) {
            throw new IllegalArgumentException("the steps of appeals are read in a stretch of the log only");
        }
        read(Query.ofWholeLog(stretch), row -> {
            if (row.getObject(2) == null) {
                steps.accept(new LoggedAppealStep(row.getLong(1), row.getString(15), row.getBytes(16),
                        row.getBytes(17)));
            } else {
                decisions.accept(loggedDecision(row));
            }
        });
    }

    /** How many logged decisions match {@code filter}. */
    public long count(LogFilter filter) {
        long[] count = new long[1];
        read(Query.count(filter), row -> count[0] = row.getLong(1));
        return count[0];
    }

    /** The log's entry of decision {@code id}, with its place in the chain; empty when there is none. */
    public Optional<LoggedDecision> entry(UUID id) {
        List<LoggedDecision> found = new ArrayList<>(1);
        read(new Query(COLUMNS + " where id = ?", List.of(id)), decisions(found::add));
        return found.stream().findFirst();
    }

    private void read(LogFilter filter, long limit, Consumer<LoggedDecision> action) {
        read(Query.of(filter, limit), decisions(action));
    }

    /** What is done with each row read, while the cursor is on it. */
    @FunctionalInterface
    private interface RowAction {
        void accept(ResultSet row) throws SQLException;
    }

    private static RowAction decisions(Consumer<LoggedDecision> action) {
        return row -> action.accept(loggedDecision(row));
    }

    private void read(Query query, RowAction action) {
        Transaction callers = suspendCallersTransaction();
        try (Connection connection = dataSource.getConnection()) {
            readInTransaction(connection, query, action);
        } catch (SQLException e) {
            throw new DecisionLogUnavailableException("The decision log cannot be read right now. Retry shortly.", e);
        } finally {
            resume(callers);
        }
    }

    /**
     * A connection taken inside a JTA transaction is enlisted in it and cannot have a transaction of its own; the
     * reader's must be its own, for the cursor. Not QuarkusTransaction: it would wrap the action's exceptions.
     */
    private Transaction suspendCallersTransaction() {
        try {
            return transactions.suspend();
        } catch (SystemException e) {
            throw new IllegalStateException("the caller's transaction cannot be suspended", e);
        }
    }

    private void resume(Transaction callers) {
        if (callers == null) {
            return;
        }
        try {
            transactions.resume(callers);
        } catch (InvalidTransactionException | SystemException e) {
            throw new IllegalStateException("the caller's transaction cannot be resumed", e);
        }
    }

    /** PostgreSQL keeps a cursor only inside a transaction: without one, the driver fetches every row at once. */
    private static void readInTransaction(Connection connection, Query query, RowAction action)
            throws SQLException {
        connection.setAutoCommit(false);
        try {
            try (Statement readOnly = connection.createStatement()) {
                readOnly.execute("set transaction read only");
            }
            stream(connection, query, action);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private static void stream(Connection connection, Query query, RowAction action)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < query.parameters().size(); i++) {
                statement.setObject(i + 1, query.parameters().get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    action.accept(rows);
                }
            }
        }
    }

    private static LoggedDecision loggedDecision(ResultSet row) throws SQLException {
        return new LoggedDecision(
                row.getLong(1),
                row.getObject(2, UUID.class),
                row.getObject(3, OffsetDateTime.class).toInstant(),
                TrafficLight.valueOf(row.getString(4).toUpperCase(Locale.ROOT)),
                row.getBoolean(5),
                row.getString(6),
                row.getString(7),
                row.getString(8),
                new RuleSetRef(row.getString(9), row.getString(10), row.getString(11)),
                row.getString(12),
                row.getObject(13, UUID.class),
                row.getObject(14, UUID.class),
                row.getString(15),
                row.getBytes(16),
                row.getBytes(17));
    }

    /** The select for a filter: its conditions as bind parameters, never as SQL text. */
    private record Query(String sql, List<Object> parameters) {

        static Query of(LogFilter filter, long limit) {
            return of(COLUMNS, "decided_at", filter, null, "seq", limit);
        }

        static Query newestFirst(LogFilter filter, long beforeSeq, long limit) {
            return of(COLUMNS, "decided_at", filter, beforeSeq, "seq desc", limit);
        }

        /** The decisions and the steps of appeals in a stretch of the log. */
        static Query ofWholeLog(LogFilter stretch) {
            return of(COLUMNS.replace("from decision", "from log_entry"), "logged_at", stretch, null, "seq",
                    Long.MAX_VALUE);
        }

        /** How many decisions match the filter, after its {@code afterSeq}. */
        static Query count(LogFilter filter) {
            return of("select count(*) from decision", "decided_at", filter, null, null, Long.MAX_VALUE);
        }

        /** @param order null for none */
        private static Query of(String select, String time, LogFilter filter, Long beforeSeq, String order,
                long limit) {
            List<String> conditions = new ArrayList<>();
            List<Object> parameters = new ArrayList<>();
            add(conditions, parameters, "seq > ?", filter.afterSeq());
            add(conditions, parameters, "seq < ?", beforeSeq);
            add(conditions, parameters, time + " >= ?", utc(filter.from()));
            add(conditions, parameters, time + " < ?", utc(filter.to()));
            add(conditions, parameters, "traffic_light = ?",
                    filter.trafficLight() == null ? null : filter.trafficLight().wireName());
            add(conditions, parameters, "excluded = ?", filter.excluded());
            add(conditions, parameters, "sector = ?", filter.sector() == null ? null : filter.sector().wireName());
            add(conditions, parameters, "country = ?", filter.country());
            add(conditions, parameters, "ruleset_id = ?", filter.ruleSetId());
            add(conditions, parameters, "ruleset_version = ?", filter.ruleSetVersion());
            add(conditions, parameters, "reference = ?", filter.reference());
            add(conditions, parameters, "org = ?", filter.org());
            if (filter.superseded() != null) {
                conditions.add((filter.superseded() ? "" : "not ")
                        + "exists (select 1 from decision later where later.supersedes = decision.id)");
            }
            String sql = select + " where " + String.join(" and ", conditions)
                    + (order == null ? "" : " order by " + order) + (limit == Long.MAX_VALUE ? "" : " limit " + limit);
            return new Query(sql, parameters);
        }

        private static void add(List<String> conditions, List<Object> parameters, String condition, Object value) {
            if (value != null) {
                conditions.add(condition);
                parameters.add(value);
            }
        }

        private static OffsetDateTime utc(Instant instant) {
            return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
        }
    }
}
