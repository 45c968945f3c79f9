package org.brigreen.trafficlight.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.brigreen.trafficlight.decision.DecisionLogUnavailableException;

/** The table of background verifications (V11): each write in its own transaction, so that progress shows at once. */
@ApplicationScoped
class VerificationRunStore {

    private static final String COLUMNS = "id, from_seq, to_seq, state, records_checked, checkpoints_checked, "
            + "started_by, started_at, finished_at, failure_seq, failure_reason, failure_detail, failure_from, "
            + "failure_to, failure_column";

    /**
     * How long a running verification may go without reporting progress before it is taken for stopped: it reports
     * every {@value LogVerification#PROGRESS_EVERY} records, which takes well under a second.
     */
    static final Duration SILENCE = Duration.ofMinutes(2);

    private final AgroalDataSource dataSource;

    VerificationRunStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    void started(UUID id, VerificationReport.Range range, String by, Instant at) {
        update("insert into log_verification (id, from_seq, to_seq, state, started_by, started_at, updated_at) "
                + "values (?, ?, ?, 'running', ?, ?, ?)", id, range.from(), range.to(), by, utc(at), utc(at));
    }

    void progressed(UUID id, long recordsChecked, Instant at) {
        update("update log_verification set records_checked = ?, updated_at = ? where id = ? and state = 'running'",
                recordsChecked, utc(at), id);
    }

    void finished(UUID id, VerificationReport report, Instant at) {
        VerificationReport.Failure failure = report.firstFailure();
        update("update log_verification set state = ?, records_checked = ?, checkpoints_checked = ?, updated_at = ?, "
                + "finished_at = ?, failure_seq = ?, failure_reason = ?, failure_detail = ?, failure_from = ?, "
                + "failure_to = ?, failure_column = ? where id = ?",
                report.intact() ? VerificationRun.PASSED : VerificationRun.FAILED, report.recordsChecked(),
                report.checkpointsChecked(), utc(at), utc(at), failure == null ? null : failure.seq(),
                failure == null ? null : failure.reason(), failure == null ? null : failure.detail(),
                failure == null ? null : failure.range().from(), failure == null ? null : failure.range().to(),
                failure == null ? null : failure.column(), id);
    }

    void interrupted(UUID id, String why, Instant at) {
        update("update log_verification set state = 'interrupted', failure_detail = ?, updated_at = ?, "
                + "finished_at = ? where id = ? and state = 'running'", why, utc(at), utc(at), id);
    }

    /** Marks interrupted the runs whose progress stopped before {@code silentSince}: their instance stopped. */
    int interruptSilent(Instant silentSince, String why, Instant at) {
        return update("update log_verification set state = 'interrupted', failure_detail = ?, finished_at = ? "
                + "where state = 'running' and updated_at < ?", why, utc(at), utc(silentSince));
    }

    Optional<VerificationRun> find(UUID id) {
        return work(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "select " + COLUMNS + " from log_verification where id = ?")) {
                query.setObject(1, id);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(run(row)) : Optional.empty();
                }
            }
        });
    }

    /** The latest {@code limit} runs, newest first. */
    List<VerificationRun> latest(int limit) {
        return work(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "select " + COLUMNS + " from log_verification order by started_at desc, id desc limit ?")) {
                query.setInt(1, limit);
                List<VerificationRun> runs = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        runs.add(run(rows));
                    }
                }
                return runs;
            }
        });
    }

    private static VerificationRun run(ResultSet row) throws SQLException {
        String state = row.getString(4);
        VerificationReport.Failure failure = VerificationRun.FAILED.equals(state)
                ? new VerificationReport.Failure(row.getLong(10), row.getString(11), row.getString(12),
                        new VerificationReport.Range(row.getLong(13), row.getLong(14)), row.getString(15))
                : null;
        return new VerificationRun(row.getObject(1, UUID.class), state,
                new VerificationReport.Range(row.getLong(2), row.getLong(3)), row.getLong(5), row.getLong(6),
                row.getString(7), instant(row, 8), instant(row, 9), failure,
                VerificationRun.INTERRUPTED.equals(state) ? row.getString(12) : null);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private int update(String sql, Object... parameters) {
        return work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                return statement.executeUpdate();
            }
        });
    }

    private <T> T work(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new DecisionLogUnavailableException("The verifications cannot be read or stored right now.", e);
        }
    }
}
