package org.brigreen.trafficlight.appeal;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.brigreen.trafficlight.decision.DecisionLogUnavailableException;

/**
 * Reads appeals from the log's appeal_step table, through expressions over the records themselves (indexed by appeal
 * and by decision), and serialises the steps taken on one decision's appeals across instances.
 */
@ApplicationScoped
class AppealStore {

    private static final String STEPS = "select seq, record, entry_hash, chain_hash from appeal_step ";
    /** The first key of the advisory locks taken on a decision's appeals ("appl"); the second is the decision's. */
    private static final int APPEAL_LOCKS = 0x6170706c;
    private static final HexFormat HEX = HexFormat.of();

    private final AgroalDataSource dataSource;
    private final AppealRecordV1 codec;

    AppealStore(AgroalDataSource dataSource, AppealRecordV1 codec) {
        this.dataSource = dataSource;
        this.codec = codec;
    }

    Optional<Appeal> find(UUID appealId) {
        return appeals(STEPS + "where (record::jsonb ->> 'appealId') = ? order by seq", appealId.toString())
                .stream().findFirst();
    }

    /** The appeals of a decision, oldest first. */
    List<Appeal> ofDecision(UUID decisionId) {
        return appeals(STEPS + "where (record::jsonb ->> 'decisionId') = ? order by seq", decisionId.toString());
    }

    /** The {@code limit} appeals filed last, by organisation {@code org} (any when null), newest first. */
    List<Appeal> newest(String org, int limit) {
        List<Appeal> oldestFirst = appeals(STEPS + """
                where (record::jsonb ->> 'appealId') in (
                    select record::jsonb ->> 'appealId' from appeal_step
                    where record::jsonb ->> 'kind' = 'appeal_filed'
                      and (cast(? as text) is null or record::jsonb -> 'by' ->> 'org' = ?)
                    order by seq desc limit ?)
                order by seq""", org, org, limit);
        List<Appeal> newestFirst = new ArrayList<>(oldestFirst);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** Whether a later decision supersedes decision {@code id}. */
    boolean superseded(UUID id) {
        return query("select 1 from decision where supersedes = ? limit 1", ResultSet::next, id);
    }

    /**
     * Runs {@code work} while no other instance or thread takes a step on decision {@code decisionId}'s appeals: it
     * reads the appeals and appends its step knowing that nobody else does meanwhile.
     */
    <T> T exclusively(UUID decisionId, Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?, ?)")) {
                lock.setInt(1, APPEAL_LOCKS);
                lock.setInt(2, decisionId.hashCode());
                lock.execute();
                return work.get();
            } finally {
                connection.commit();
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private List<Appeal> appeals(String sql, Object... parameters) {
        return query(sql, rows -> {
            Map<UUID, List<LoggedStep>> byAppeal = new LinkedHashMap<>();
            while (rows.next()) {
                AppealStep step = codec.decode(rows.getString(2));
                byAppeal.computeIfAbsent(step.appealId(), id -> new ArrayList<>()).add(new LoggedStep(rows.getLong(1),
                        step, rows.getString(2), HEX.formatHex(rows.getBytes(3)), HEX.formatHex(rows.getBytes(4))));
            }
            return byAppeal.values().stream().map(Appeal::new).toList();
        }, parameters);
    }

    /** What is read from the rows of a query. */
    @FunctionalInterface
    private interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> T query(String sql, Rows<T> read, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                return read.read(rows);
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private static DecisionLogUnavailableException unavailable(SQLException e) {
        return new DecisionLogUnavailableException("The appeals cannot be read right now. Retry shortly.", e);
    }
}
