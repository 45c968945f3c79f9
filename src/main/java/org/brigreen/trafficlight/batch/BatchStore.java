package org.brigreen.trafficlight.batch;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.brigreen.trafficlight.decision.Caller;
import org.brigreen.trafficlight.decision.DecisionLogUnavailableException;
import org.brigreen.trafficlight.rules.RuleSetRef;
import org.brigreen.trafficlight.rules.TrafficLight;

/** The batches in PostgreSQL, beside the decision log that holds their decisions. */
@ApplicationScoped
class BatchStore {

    private static final String INSERT = """
            insert into batch (id, org, subject, purpose, ruleset_id, ruleset_version, ruleset_digest, received_at,
                               lines, status, writer)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String FINISH = """
            update batch set finished_at = ?, errors = ?, status = ?, detail = ? where id = ?""";
    private static final String RUNNING = "select id, writer from batch where status = 'running'";
    private static final String ABANDON = """
            update batch set finished_at = now(), status = 'incomplete', detail = ?
            where id = any(?) and status = 'running'""";
    private static final String SELECT = """
            select org, subject, purpose, ruleset_id, ruleset_version, ruleset_digest, received_at, finished_at,
                   status, detail, lines, errors
            from batch where id = ?""";
    private static final String COUNT_DECISIONS = """
            select traffic_light, excluded, org, count(*) from decision where batch_id = ?
            group by traffic_light, excluded, org""";

    private final AgroalDataSource dataSource;

    BatchStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records the batch as running, screened by {@code writer} ({@link BatchWriter#id()}).
     *
     * @throws DecisionLogUnavailableException when the database cannot record it
     */
    void start(Batch batch, long writer) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, batch.id());
            insert.setString(2, batch.caller().org());
            insert.setString(3, batch.caller().subject());
            insert.setString(4, batch.caller().purpose());
            insert.setString(5, batch.ruleSet().id());
            insert.setString(6, batch.ruleSet().version());
            insert.setString(7, batch.ruleSet().digest());
            insert.setTimestamp(8, Timestamp.from(batch.receivedAt()));
            insert.setInt(9, batch.lines());
            insert.setString(10, BatchStatus.RUNNING.wireName());
            insert.setLong(11, writer);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new DecisionLogUnavailableException("The batch cannot be recorded right now. Retry shortly.", e);
        }
    }

    void finish(UUID id, int errors, BatchStatus status, String detail) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(FINISH)) {
            update.setTimestamp(1, Timestamp.from(Instant.now()));
            update.setInt(2, errors);
            update.setString(3, status.wireName());
            update.setString(4, detail);
            update.setObject(5, id);
            update.executeUpdate();
        }
    }

    /** A running batch, and the writer screening it: null for batches from before writers were recorded. */
    record Running(UUID id, Long writer) {
    }

    List<Running> running() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(RUNNING);
                ResultSet rows = select.executeQuery()) {
            List<Running> running = new ArrayList<>();
            while (rows.next()) {
                running.add(new Running(rows.getObject(1, UUID.class), rows.getObject(2, Long.class)));
            }
            return running;
        }
    }

    /**
     * Marks the batches incomplete, with {@code detail}, unless they ended meanwhile: their writer is gone. Their lines
     * refused are not known, and stay absent. Returns how many were marked.
     */
    int abandon(List<UUID> ids, String detail) throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(ABANDON)) {
            update.setString(1, detail);
            update.setArray(2, connection.createArrayOf("uuid", ids.toArray()));
            return update.executeUpdate();
        }
    }

    /**
     * A batch as stored, and the organisations its recorded decisions name. The batch row is bookkeeping that
     * verification does not cover; the decisions' {@code org} column is a copy it checks against each record.
     */
    record Found(BatchSummary summary, Set<String> decidedFor) {

        /**
         * Whether a caller who sees {@code scope}'s decisions (empty: every decision) may see the batch: the batch row
         * and every decision recorded for it must name that organisation, so that an edited row shows no one another
         * organisation's batch.
         */
        boolean visibleIn(Optional<String> scope) {
            return scope.map(org -> org.equals(summary.caller().org()) && decidedFor.stream().allMatch(org::equals))
                    .orElse(true);
        }
    }

    /** @throws DecisionLogUnavailableException when the database cannot be read */
    Optional<Found> find(UUID id) {
        try (Connection connection = dataSource.getConnection()) {
            return summary(connection, id);
        } catch (SQLException e) {
            throw new DecisionLogUnavailableException("The batch cannot be read right now. Retry shortly.", e);
        }
    }

    private static Optional<Found> summary(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Counts counts = count(connection, id);
                Timestamp finishedAt = row.getTimestamp("finished_at");
                return Optional.of(new Found(new BatchSummary(id,
                        new Caller(row.getString("org"), row.getString("subject"), row.getString("purpose")),
                        new RuleSetRef(row.getString("ruleset_id"), row.getString("ruleset_version"),
                                row.getString("ruleset_digest")),
                        row.getTimestamp("received_at").toInstant(),
                        finishedAt == null ? null : finishedAt.toInstant(),
                        BatchStatus.fromWireName(row.getString("status")),
                        row.getString("detail"),
                        row.getInt("lines"),
                        counts.decided(),
                        counts.classes(),
                        counts.excluded(),
                        row.getObject("errors", Integer.class)), counts.orgs()));
            }
        }
    }

    /** A batch's decisions in the log, counted, and the organisations they were recorded for. */
    private record Counts(Map<TrafficLight, Long> perClass, long excluded, Set<String> orgs) {

        long decided() {
            return perClass.values().stream().mapToLong(Long::longValue).sum();
        }

        BatchSummary.ClassCounts classes() {
            return new BatchSummary.ClassCounts(perClass.get(TrafficLight.RED), perClass.get(TrafficLight.AMBER),
                    perClass.get(TrafficLight.GREEN));
        }
    }

    private static Counts count(Connection connection, UUID id) throws SQLException {
        Map<TrafficLight, Long> perClass = new EnumMap<>(TrafficLight.class);
        for (TrafficLight trafficLight : TrafficLight.values()) {
            perClass.put(trafficLight, 0L);
        }
        long excluded = 0;
        Set<String> orgs = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(COUNT_DECISIONS)) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    TrafficLight trafficLight = TrafficLight.valueOf(rows.getString(1).toUpperCase(Locale.ROOT));
                    perClass.merge(trafficLight, rows.getLong(4), Long::sum);
                    excluded += rows.getBoolean(2) ? rows.getLong(4) : 0;
                    orgs.add(rows.getString(3));
                }
            }
        }
        return new Counts(perClass, excluded, orgs);
    }
}
