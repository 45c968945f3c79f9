package org.brigreen.trafficlight.report;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.brigreen.trafficlight.decision.DecisionLogUnavailableException;

/**
 * The SQL of the reports. Counts read the daily counts (V10) for the whole days of a period and the log for the
 * partial days at its ends, in one read-only repeatable-read transaction: both as of the same moment, so they add up.
 */
@Singleton
public class ReportStore {

    private static final int FETCH_SIZE = 1000;
    /**
     * Rows a round trip when every excluded project is read: 10,000 of about 150 bytes (1.5 MB), ten round trips for
     * the 96,000 of a million decisions rather than a hundred.
     */
    private static final int STREAM_FETCH_SIZE = 10_000;
    private static final String EXCLUDED_COLUMNS = """
            select seq, reference, org, sector, country, decided_at, id, ruleset_id, ruleset_version
            from decision where excluded""";
    private static final String CELL = "ruleset_id, ruleset_version, org, sector, country, traffic_light, excluded";

    private final AgroalDataSource dataSource;

    public ReportStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What a report selects: its period, and the rule set and version if given. */
    public record Selection(Period period, String ruleSet, String version) {
    }

    /** The decisions of the selection by key and class, in the order of the keys (no key last). */
    List<ClassCountRow> counts(Selection selection, Grouping by) {
        Sql sql = new Sql();
        List<String> parts = new ArrayList<>();
        selection.period().wholeDays().ifPresent(days -> {
            Sql where = sql.fork();
            where.add(days.first() != null, "day >= ?", days.first() == null ? null : Date.valueOf(days.first()));
            where.add(days.end() != null, "day < ?", days.end() == null ? null : Date.valueOf(days.end()));
            versionConditions(where, selection);
            parts.add("select " + by.overRollup + " as key, traffic_light, decisions as n from decision_daily"
                    + where.whereClause());
            sql.join(where);
        });
        // A partial day is counted from the log: its own decisions, or, when it is the longer part of its day, the
        // day's count less the decisions of the rest of the day, whichever reads fewer decisions of a day spread evenly.
        for (Period partial : selection.period().partialDaysOneByOne()) {
            if (partial.longerThanTheRestOfItsDay()) {
                Sql where = sql.fork();
                where.add(true, "day = ?", Date.valueOf(partial.day()));
                versionConditions(where, selection);
                parts.add("select " + by.overRollup + " as key, traffic_light, decisions as n from decision_daily"
                        + where.whereClause());
                sql.join(where);
                for (Period rest : partial.restOfItsDay()) {
                    parts.add(logCounts(sql, rest, selection, by, "-count(*)"));
                }
            } else {
                parts.add(logCounts(sql, partial, selection, by, "count(*)"));
            }
        }
        String query = "select key, traffic_light, sum(n) from (" + String.join(" union all ", parts)
                + ") counted group by key, traffic_light having sum(n) <> 0 order by key nulls last";
        Map<String, ClassCountRow> rows = new LinkedHashMap<>();
        read(connection -> sql.query(connection, query, row -> {
            String key = row.getString(1);
            rows.merge(String.valueOf(key), ClassCountRow.empty(key).plus(row.getString(2), row.getLong(3)),
                    ClassCountRow::plus);
        }));
        return List.copyOf(rows.values());
    }

    private static String logCounts(Sql sql, Period period, Selection selection, Grouping by, String count) {
        Sql where = sql.fork();
        timeConditions(where, period);
        versionConditions(where, selection);
        sql.join(where);
        return "select " + by.overLog + " as key, traffic_light, " + count + " as n from decision" + where.whereClause()
                + " group by 1, 2";
    }

    /** How many decisions of the selection excluded the project. */
    long excludedCount(Selection selection) {
        Sql sql = new Sql();
        List<String> parts = new ArrayList<>();
        selection.period().wholeDays().ifPresent(days -> {
            Sql where = sql.fork();
            where.add(true, "excluded", null);
            where.add(days.first() != null, "day >= ?", days.first() == null ? null : Date.valueOf(days.first()));
            where.add(days.end() != null, "day < ?", days.end() == null ? null : Date.valueOf(days.end()));
            versionConditions(where, selection);
            parts.add("select coalesce(sum(decisions), 0) as n from decision_daily" + where.whereClause());
            sql.join(where);
        });
        for (Period partial : selection.period().partialDays()) {
            Sql where = sql.fork();
            where.add(true, "excluded", null);
            timeConditions(where, partial);
            versionConditions(where, selection);
            parts.add("select count(*) from decision" + where.whereClause());
            sql.join(where);
        }
        long[] count = new long[1];
        read(connection -> sql.query(connection, "select coalesce(sum(n), 0) from ("
                + String.join(" union all ", parts) + ") counted", row -> count[0] = row.getLong(1)));
        return count[0];
    }

    /** The excluded projects of the selection after sequence number {@code afterSeq}, in the order decided. */
    List<Excluded> excluded(Selection selection, long afterSeq, int limit) {
        List<Excluded> page = new ArrayList<>(Math.min(limit, FETCH_SIZE));
        read(connection -> excluded(connection, selection, afterSeq, limit, page::add));
        return page;
    }

    /** Hands every excluded project of the selection to {@code action}, in the order decided, in constant memory. */
    void forEachExcluded(Selection selection, Consumer<ExcludedProject> action) {
        read(connection -> excluded(connection, selection, 0, Long.MAX_VALUE, excluded -> action.accept(
                excluded.project())));
    }

    /** An excluded project and its sequence number, for the cursor of a page. */
    record Excluded(long seq, ExcludedProject project) {
    }

    private static Void excluded(Connection connection, Selection selection, long afterSeq, long limit,
            Consumer<Excluded> action) throws SQLException {
        Sql where = new Sql();
        timeConditions(where, selection.period());
        versionConditions(where, selection);
        // After the cursor's decision in the index's order (decided_at, seq): a page reads only its own rows.
        where.add(afterSeq > 0, "(decided_at, seq) > (select decided_at, seq from decision where seq = ?)", afterSeq);
        String query = EXCLUDED_COLUMNS + where.andClause() + " order by decided_at, seq"
                + (limit == Long.MAX_VALUE ? "" : " limit " + limit);
        // A page in one round trip, every excluded project in a few.
        int fetchSize = (int) Math.min(limit, STREAM_FETCH_SIZE);
        where.query(connection, query, fetchSize, row -> action.accept(new Excluded(row.getLong(1), new ExcludedProject(
                row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getObject(6, OffsetDateTime.class).toInstant(), row.getObject(7, UUID.class), row.getString(8),
                row.getString(9)))));
        return null;
    }

    /** The daily counts of the days [first, end) (either open when null) against a count of the log itself. */
    RollupCheck check(LocalDate first, LocalDate end) {
        Sql sql = new Sql();
        Sql log = sql.fork();
        log.add(first != null, "decided_at >= ?", first == null ? null : Timestamp.from(Period.start(first)));
        log.add(end != null, "decided_at < ?", end == null ? null : Timestamp.from(Period.start(end)));
        sql.join(log);
        Sql rollup = sql.fork();
        rollup.add(first != null, "day >= ?", first == null ? null : Date.valueOf(first));
        rollup.add(end != null, "day < ?", end == null ? null : Date.valueOf(end));
        sql.join(rollup);
        String query = "select day, " + CELL + ", sum(logged), sum(rolled_up) from ("
                + "select (decided_at AT TIME ZONE 'UTC')::date as day, " + CELL
                + ", count(*) as logged, 0 as rolled_up from decision" + log.whereClause()
                + " group by 1, 2, 3, 4, 5, 6, 7, 8 union all select day, " + CELL
                + ", 0, decisions from decision_daily" + rollup.whereClause()
                + ") cells group by 1, 2, 3, 4, 5, 6, 7, 8 order by 1, 2, 3, 4, 5, 6, 7, 8";
        long[] totals = new long[3];
        List<RollupCheck.Cell> differing = new ArrayList<>();
        read(connection -> sql.query(connection, query, row -> {
            long inLog = row.getLong(9);
            long inRollup = row.getLong(10);
            totals[0] += inLog;
            totals[1] += inRollup;
            if (inLog != inRollup) {
                totals[2]++;
                if (differing.size() < RollupCheck.MAX_CELLS) {
                    differing.add(new RollupCheck.Cell(row.getObject(1, LocalDate.class), row.getString(2),
                            row.getString(3), row.getString(4), row.getString(5), row.getString(6),
                            row.getString(7), row.getBoolean(8), inLog, inRollup));
                }
            }
        }));
        return new RollupCheck(totals[2] == 0, first, end, totals[0], totals[1], (int) totals[2],
                List.copyOf(differing));
    }

    /** The rule-set versions the log holds decisions of, as "id version", for choosing one. */
    List<String[]> versions() {
        List<String[]> versions = new ArrayList<>();
        read(connection -> new Sql().query(connection, "select distinct ruleset_id, ruleset_version from "
                + "decision_daily order by 1, 2", row -> versions.add(new String[] {row.getString(1),
                row.getString(2)})));
        return versions;
    }

    private static void timeConditions(Sql where, Period period) {
        where.add(period.from() != null, "decided_at >= ?", period.from() == null ? null : timestamp(period.from()));
        where.add(period.to() != null, "decided_at < ?", period.to() == null ? null : timestamp(period.to()));
    }

    private static void versionConditions(Sql where, Selection selection) {
        where.add(selection.ruleSet() != null, "ruleset_id = ?", selection.ruleSet());
        where.add(selection.version() != null, "ruleset_version = ?", selection.version());
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }

    private interface Reading {
        Object read(Connection connection) throws SQLException;
    }

    private void read(Reading reading) {
        try (Connection connection = dataSource.getConnection()) {
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                reading.read(connection);
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DecisionLogUnavailableException("The decision log cannot be read right now. Retry shortly.", e);
        }
    }

    /** Conditions and their parameters, in the order they appear in the statement. */
    private static final class Sql {

        private final List<String> conditions = new ArrayList<>();
        private final List<Object> parameters;

        Sql() {
            this(new ArrayList<>());
        }

        private Sql(List<Object> parameters) {
            this.parameters = parameters;
        }

        /** Conditions of a part of the statement, whose parameters follow those before it. */
        Sql fork() {
            return new Sql(new ArrayList<>());
        }

        /** Adds the parameters of a part, in the order the part comes in the statement. */
        void join(Sql part) {
            parameters.addAll(part.parameters);
        }

        void add(boolean when, String condition, Object parameter) {
            if (when) {
                conditions.add(condition);
                if (condition.contains("?")) {
                    parameters.add(parameter);
                }
            }
        }

        String whereClause() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        String andClause() {
            return conditions.isEmpty() ? "" : " and " + String.join(" and ", conditions);
        }

        interface RowAction {
            void accept(ResultSet row) throws SQLException;
        }

        Void query(Connection connection, String query, RowAction action) throws SQLException {
            return query(connection, query, FETCH_SIZE, action);
        }

        Void query(Connection connection, String query, int fetchSize, RowAction action) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(query)) {
                statement.setFetchSize(fetchSize);
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        action.accept(rows);
                    }
                }
            }
            return null;
        }
    }
}
