package org.brigreen.trafficlight.decisionlog;

import io.agroal.api.AgroalDataSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.decision.TimeOrderedIds;
import org.brigreen.trafficlight.tlog.LogHashes;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Appends many valid log entries fast, for tests that need a large log: copies of a real recorded decision, each
 * with its own id, time and reference, canonical, hashed and chained after the current head exactly as
 * {@link ChainedDecisionLog} chains them, so that a verification of the whole log still passes. One COPY, under the
 * log's advisory lock.
 */
final class LogSeeder {

    private static final String COPY = """
            copy decision (seq, id, decided_at, ruleset_id, ruleset_version, ruleset_digest, traffic_light, excluded,
                           reference, country, sector, record, entry_hash, chain_hash, org, batch_id)
            from stdin with (format csv)""";
    private static final int CHUNK_BYTES = 1 << 20;
    private static final HexFormat HEX = HexFormat.of();

    /** What was seeded: the chain head before it, and the time window its records were decided in. */
    record Seeded(long firstSeq, byte[] chainHashBefore, Instant from, Instant to) {
    }

    private final AgroalDataSource dataSource;
    private final DecisionRecordV1 codec;

    LogSeeder(AgroalDataSource dataSource, DecisionRecordV1 codec) {
        this.dataSource = dataSource;
        this.codec = codec;
    }

    /**
     * Appends {@code count} copies of {@code template} (a record read from the log, whose reference occurs in it
     * once), decided one microsecond apart from now on.
     */
    Seeded seed(String template, String referencePrefix, int count) throws SQLException {
        Decision decision = codec.decode(template);
        Instant from = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                lock(connection);
                long seq = headSeq(connection);
                byte[] chainHash = headChainHash(connection, seq);
                Seeded seeded = new Seeded(seq + 1, chainHash, from, from.plus(count, ChronoUnit.MICROS));
                copy(connection, new Template(template, decision), referencePrefix, count, seeded);
                connection.commit();
                return seeded;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** The template's record with the id, time and reference of copy {@code i} in place of its own. */
    private record Template(String record, Decision decision) {

        String copy(UUID id, Instant decidedAt, String reference) {
            return replaceOnce(replaceOnce(replaceOnce(record,
                    quoted(decision.id().toString()), quoted(id.toString())),
                    quoted(decision.decidedAt().toString()), quoted(decidedAt.toString())),
                    quoted(decision.descriptor().reference()), quoted(reference));
        }

        private static String quoted(String value) {
            return '"' + value + '"';
        }

        private static String replaceOnce(String text, String target, String replacement) {
            int at = text.indexOf(target);
            if (at < 0 || text.indexOf(target, at + 1) >= 0) {
                throw new IllegalArgumentException("the template must hold " + target + " exactly once");
            }
            return text.substring(0, at) + replacement + text.substring(at + target.length());
        }
    }

    private void copy(Connection connection, Template template, String referencePrefix, int count, Seeded seeded)
            throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        try {
            ByteArrayOutputStream chunk = new ByteArrayOutputStream(CHUNK_BYTES + 65536);
            byte[] chainHash = seeded.chainHashBefore();
            for (int i = 0; i < count; i++) {
                UUID id = TimeOrderedIds.next();
                Instant decidedAt = seeded.from().plus(i, ChronoUnit.MICROS);
                String reference = referencePrefix + i;
                String record = template.copy(id, decidedAt, reference);
                if (i == 0 || i == count - 1) {
                    checkCanonical(record);
                }
                byte[] entryHash = LogHashes.entryHash(record);
                chainHash = LogHashes.chainHash(chainHash, entryHash);
                chunk.writeBytes(row(seeded.firstSeq() + i, id, decidedAt, template.decision(), reference, record,
                        entryHash, chainHash));
                if (chunk.size() >= CHUNK_BYTES) {
                    copy.writeToCopy(chunk.toByteArray(), 0, chunk.size());
                    chunk.reset();
                }
            }
            copy.writeToCopy(chunk.toByteArray(), 0, chunk.size());
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** A copy must be what the codec itself would have written, or its hash would prove nothing. */
    private void checkCanonical(String record) {
        if (!codec.canonical(codec.decode(record)).equals(record)) {
            throw new IllegalStateException("a seeded record is not canonical: " + record);
        }
    }

    private static byte[] row(long seq, UUID id, Instant decidedAt, Decision decision, String reference,
            String record, byte[] entryHash, byte[] chainHash) {
        String line = String.join(",", Long.toString(seq), id.toString(), decidedAt.toString(),
                csv(decision.ruleSet().id()), csv(decision.ruleSet().version()), csv(decision.ruleSet().digest()),
                decision.assessment().trafficLight().wireName(), Boolean.toString(decision.assessment().excluded()),
                csv(reference), csv(decision.descriptor().country()), decision.descriptor().sector().wireName(),
                csv(record), "\\x" + HEX.formatHex(entryHash), "\\x" + HEX.formatHex(chainHash),
                decision.caller() == null ? "" : csv(decision.caller().org()),
                decision.batch() == null ? "" : decision.batch().toString()) + "\n";
        return line.getBytes(StandardCharsets.UTF_8);
    }

    private static String csv(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static void lock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, ChainedDecisionLog.LOG_LOCK);
            lock.execute();
        }
    }

    private static long headSeq(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select coalesce(max(seq), 0) from log_entry");
                ResultSet head = query.executeQuery()) {
            head.next();
            return head.getLong(1);
        }
    }

    private static byte[] headChainHash(Connection connection, long seq) throws SQLException {
        if (seq == 0) {
            return LogHashes.GENESIS;
        }
        try (PreparedStatement query = connection.prepareStatement("select chain_hash from log_entry where seq = ?")) {
            query.setLong(1, seq);
            try (ResultSet head = query.executeQuery()) {
                head.next();
                return head.getBytes(1);
            }
        }
    }
}
