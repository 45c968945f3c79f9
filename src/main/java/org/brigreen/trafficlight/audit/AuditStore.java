package org.brigreen.trafficlight.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.brigreen.trafficlight.classification.DecisionLogUnavailableException;

/**
 * What the audit trail reads from PostgreSQL, and the one thing it writes: checkpoints. Everything that reads many
 * rows streams them through a cursor ({@value #FETCH_SIZE} rows at a time), so that no caller holds the log in memory.
 * Reads run in one read-only, repeatable-read transaction, so that the log, its size and its checkpoints are one
 * snapshot even while decisions are appended.
 */
@ApplicationScoped
public class AuditStore {

    /** Rows fetched per round trip when streaming. */
    static final int FETCH_SIZE = 1000;

    private final AgroalDataSource dataSource;

    public AuditStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Work on one snapshot of the database. */
    @FunctionalInterface
    public interface Reading<T> {
        T read(Connection connection) throws SQLException;
    }

    /** Takes streamed leaves; returns false to stop. */
    @FunctionalInterface
    public interface LeafConsumer {
        boolean accept(long seq, byte[] entryHash, byte[] chainHash);
    }

    /** Takes streamed records; returns false to stop. */
    @FunctionalInterface
    public interface EntryConsumer {
        boolean accept(long seq, String record, byte[] entryHash, byte[] chainHash);
    }

    /**
     * Runs {@code reading} in a read-only, repeatable-read transaction.
     *
     * @throws DecisionLogUnavailableException when the database cannot be reached
     */
    public <T> T read(Reading<T> reading) {
        try (Connection connection = dataSource.getConnection()) {
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                return reading.read(connection);
            } finally {
                // Nothing was written: ending the transaction either way is the same. The pooled connection goes
                // back as it came.
                connection.rollback();
                connection.setReadOnly(false);
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DecisionLogUnavailableException("The decision log cannot be read right now. Retry shortly.", e);
        }
    }

    /** The number of records: the highest sequence number, since the log has no gaps. */
    public static long logSize(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select seq from decision order by seq desc limit 1");
                ResultSet last = query.executeQuery()) {
            return last.next() ? last.getLong(1) : 0;
        }
    }

    public static OptionalLong seqOf(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select seq from decision where id = ?")) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    public static Optional<byte[]> chainHashOf(Connection connection, long seq) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select chain_hash from decision where seq = ?")) {
            query.setLong(1, seq);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
            }
        }
    }

    /** Streams the entry and chain hashes of seq {@code from} to {@code to}, in order. */
    public static void leaves(Connection connection, long from, long to, LeafConsumer consumer) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select seq, entry_hash, chain_hash from decision where seq between ? and ? order by seq")) {
            query.setFetchSize(FETCH_SIZE);
            query.setLong(1, from);
            query.setLong(2, to);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next() && consumer.accept(rows.getLong(1), rows.getBytes(2), rows.getBytes(3))) {
                    // the consumer does the work
                }
            }
        }
    }

    /** Streams the records of seq {@code from} to {@code to}, in order. */
    public static void entries(Connection connection, long from, long to, EntryConsumer consumer)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select seq, record, entry_hash, chain_hash from decision where seq between ? and ? order by seq")) {
            query.setFetchSize(FETCH_SIZE);
            query.setLong(1, from);
            query.setLong(2, to);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()
                        && consumer.accept(rows.getLong(1), rows.getString(2), rows.getBytes(3), rows.getBytes(4))) {
                    // the consumer does the work
                }
            }
        }
    }

    // --- checkpoints ------------------------------------------------------------------------------------------

    private static final String CHECKPOINT_COLUMNS = "tree_size, root_hash, signed_at, key_id, signature";

    public static Optional<SignedCheckpoint> latestCheckpoint(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select " + CHECKPOINT_COLUMNS + " from checkpoint order by tree_size desc limit 1");
                ResultSet row = query.executeQuery()) {
            return row.next() ? Optional.of(checkpoint(row)) : Optional.empty();
        }
    }

    public static Optional<SignedCheckpoint> checkpointAt(Connection connection, long treeSize) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select " + CHECKPOINT_COLUMNS + " from checkpoint where tree_size = ?")) {
            query.setLong(1, treeSize);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(checkpoint(row)) : Optional.empty();
            }
        }
    }

    /** At most {@code limit} checkpoints of tree size {@code from} or more, ascending. */
    public static List<SignedCheckpoint> checkpoints(Connection connection, long from, int limit)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select " + CHECKPOINT_COLUMNS
                + " from checkpoint where tree_size >= ? order by tree_size limit ?")) {
            query.setLong(1, from);
            query.setInt(2, limit);
            List<SignedCheckpoint> page = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    page.add(checkpoint(rows));
                }
            }
            return page;
        }
    }

    public static boolean anyCheckpointBetween(Connection connection, long from, long to) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select 1 from checkpoint where tree_size between ? and ? limit 1")) {
            query.setLong(1, from);
            query.setLong(2, to);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    /**
     * The checkpoints of tree size {@code from} to {@code to}, ascending, streamed: the caller closes the cursor, and
     * reads it while the transaction is open.
     */
    public static CheckpointCursor checkpointsBetween(Connection connection, long from, long to) throws SQLException {
        PreparedStatement query = connection.prepareStatement("select " + CHECKPOINT_COLUMNS
                + " from checkpoint where tree_size between ? and ? order by tree_size");
        query.setFetchSize(FETCH_SIZE);
        query.setLong(1, from);
        query.setLong(2, to);
        return new CheckpointCursor(query, query.executeQuery());
    }

    /**
     * Stores a checkpoint unless one of its tree size exists: two instances may sign the same tree size, and the
     * first one stored stays.
     *
     * @return whether this one was stored
     */
    public boolean insert(SignedCheckpoint checkpoint) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into checkpoint (" + CHECKPOINT_COLUMNS
                        + ") values (?, ?, ?, ?, ?) on conflict (tree_size) do nothing")) {
            connection.setAutoCommit(true);
            insert.setLong(1, checkpoint.treeSize());
            insert.setBytes(2, checkpoint.rootHash());
            insert.setObject(3, OffsetDateTime.ofInstant(checkpoint.signedAt(), ZoneOffset.UTC));
            insert.setBytes(4, checkpoint.keyId());
            insert.setBytes(5, checkpoint.signature());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new DecisionLogUnavailableException("The checkpoint cannot be stored right now.", e);
        }
    }

    private static SignedCheckpoint checkpoint(ResultSet row) throws SQLException {
        return new SignedCheckpoint(row.getLong(1), row.getBytes(2),
                row.getObject(3, OffsetDateTime.class).toInstant(), row.getBytes(4), row.getBytes(5));
    }

    /** Checkpoints read one at a time from an open cursor. */
    public static final class CheckpointCursor implements Iterator<SignedCheckpoint>, AutoCloseable {

        private final PreparedStatement query;
        private final ResultSet rows;
        private SignedCheckpoint next;

        CheckpointCursor(PreparedStatement query, ResultSet rows) throws SQLException {
            this.query = query;
            this.rows = rows;
            this.next = advance();
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public SignedCheckpoint next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            SignedCheckpoint current = next;
            try {
                next = advance();
            } catch (SQLException e) {
                throw new DecisionLogUnavailableException("The checkpoints cannot be read right now.", e);
            }
            return current;
        }

        private SignedCheckpoint advance() throws SQLException {
            return rows.next() ? checkpoint(rows) : null;
        }

        @Override
        public void close() throws SQLException {
            try (query) {
                rows.close();
            }
        }
    }
}
