package org.brigreen.trafficlight.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Collectors;
import org.brigreen.trafficlight.decision.DecisionLogUnavailableException;
import org.brigreen.trafficlight.tlog.RecordCopy;
import org.brigreen.trafficlight.tlog.SignedCheckpoint;

/**
 * What the audit trail reads from PostgreSQL, and the one thing it writes: checkpoints. Everything that reads many
 * rows streams them through a cursor ({@value #FETCH_SIZE} rows at a time), so that no caller holds the log in memory.
 * Reads run in one read-only, repeatable-read transaction, so that the log, its size and its checkpoints are one
 * snapshot even while decisions are appended. Checkpoints are read and written in a transaction that holds the
 * checkpoint lock, so that signers on several instances take turns and each names the checkpoint before it.
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

    /** Takes streamed records, with the copies of their fields when asked for; returns false to stop. */
    @FunctionalInterface
    public interface EntryConsumer {
        boolean accept(long seq, String record, byte[] entryHash, byte[] chainHash, Map<RecordCopy, String> copies);
    }

    /** The advisory lock that serialises signing across instances ("checkpnt" in ASCII). */
    static final long CHECKPOINT_LOCK = 0x636865636b706e74L;

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

    /**
     * Runs {@code work} in a read-committed transaction that holds the checkpoint lock, and commits it; an exception
     * rolls it back and is rethrown as it is.
     *
     * @throws DecisionLogUnavailableException when the database cannot be reached
     */
    public <T> T underCheckpointLock(Reading<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, CHECKPOINT_LOCK);
                    lock.execute();
                }
                T result = work.read(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DecisionLogUnavailableException("The checkpoints cannot be read or stored right now.", e);
        }
    }

    /** The number of records: the highest sequence number, since the log has no gaps. */
    public static long logSize(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select seq from log_entry order by seq desc limit 1");
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
        try (PreparedStatement query = connection.prepareStatement("select chain_hash from log_entry where seq = ?")) {
            query.setLong(1, seq);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
            }
        }
    }

    /** Streams the entry and chain hashes of seq {@code from} to {@code to}, in order. */
    public static void leaves(Connection connection, long from, long to, LeafConsumer consumer) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select seq, entry_hash, chain_hash from log_entry where seq between ? and ? order by seq")) {
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

    /** The canonical record of {@code seq}. */
    public static Optional<String> recordAt(Connection connection, long seq) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select record from log_entry where seq = ?")) {
            query.setLong(1, seq);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Streams the records of seq {@code from} to {@code to}, in order; with {@code withCopies}, each with what the
     * columns copied from it say (in {@link RecordCopy}'s normal form), else with null.
     */
    public static void entries(Connection connection, long from, long to, boolean withCopies, EntryConsumer consumer)
            throws SQLException {
        String copies = withCopies ? Arrays.stream(RecordCopy.values()).map(copy -> ", " + copy.column())
                .collect(Collectors.joining()) : "";
        try (PreparedStatement query = connection.prepareStatement("select seq, record, entry_hash, chain_hash"
                + copies + " from log_entry where seq between ? and ? order by seq")) {
            query.setFetchSize(FETCH_SIZE);
            query.setLong(1, from);
            query.setLong(2, to);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next() && consumer.accept(rows.getLong(1), rows.getString(2), rows.getBytes(3),
                        rows.getBytes(4), withCopies ? copies(rows, 5) : null)) {
                    // the consumer does the work
                }
            }
        }
    }

    /** What the copy columns of the current row say, from column {@code first} on, in {@link RecordCopy}'s order. */
    private static Map<RecordCopy, String> copies(ResultSet row, int first) throws SQLException {
        Map<RecordCopy, String> copies = new EnumMap<>(RecordCopy.class);
        int column = first;
        for (RecordCopy copy : RecordCopy.values()) {
            copies.put(copy, switch (copy.kind()) {
                case UUID -> Objects.toString(row.getObject(column, UUID.class), null);
                case INSTANT -> Optional.ofNullable(row.getObject(column, OffsetDateTime.class))
                        .map(time -> time.toInstant().toString()).orElse(null);
                case BOOLEAN -> Objects.toString(row.getObject(column, Boolean.class), null);
                case TEXT -> row.getString(column);
            });
            column++;
        }
        return copies;
    }

    // --- checkpoints ------------------------------------------------------------------------------------------

    private static final String CHECKPOINT_COLUMNS =
            "tree_size, root_hash, signed_at, key_id, signature, previous_tree_size";

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

    /** The largest tree size of a checkpoint smaller than {@code treeSize}; 0 when there is none. */
    public static long checkpointBefore(Connection connection, long treeSize) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select coalesce(max(tree_size), 0) from checkpoint where tree_size < ?")) {
            query.setLong(1, treeSize);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
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

    /** Stores a checkpoint, in the transaction of {@link #underCheckpointLock}. */
    public static void insert(Connection connection, SignedCheckpoint checkpoint) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into checkpoint (" + CHECKPOINT_COLUMNS
                + ") values (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, checkpoint.treeSize());
            insert.setBytes(2, checkpoint.rootHash());
            insert.setObject(3, OffsetDateTime.ofInstant(checkpoint.signedAt(), ZoneOffset.UTC));
            insert.setBytes(4, checkpoint.keyId());
            insert.setBytes(5, checkpoint.signature());
            if (checkpoint.isLinked()) {
                insert.setLong(6, checkpoint.previousTreeSize());
            } else {
                insert.setNull(6, Types.BIGINT);
            }
            insert.executeUpdate();
        }
    }

    private static SignedCheckpoint checkpoint(ResultSet row) throws SQLException {
        return new SignedCheckpoint(row.getLong(1), row.getBytes(2),
                row.getObject(3, OffsetDateTime.class).toInstant(), row.getBytes(4), row.getBytes(5),
                row.getObject(6, Long.class));
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
