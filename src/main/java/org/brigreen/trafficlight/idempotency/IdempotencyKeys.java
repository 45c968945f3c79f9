package org.brigreen.trafficlight.idempotency;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.brigreen.trafficlight.decision.DecisionLogUnavailableException;
import org.brigreen.trafficlight.decision.KeyClaim;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.input.InvalidRequestException;

/**
 * The idempotency keys of classifications and batches, per organisation, in PostgreSQL so that every service instance
 * shares them. Inserting the key claims it: of concurrent requests with one key, exactly one inserts and classifies.
 * The decision log completes a classification's key with its decision, in the transaction that records the decision
 * ({@link #complete}); a batch's key names its batch as soon as the batch is recorded ({@link #beginBatch}).
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** The request header. */
    public static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY_LENGTH = 255;

    /** How often expired keys are deleted, at most. */
    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);

    private final AgroalDataSource dataSource;
    private final Duration expiry;
    private final Duration inFlightTimeout;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

    public IdempotencyKeys(AgroalDataSource dataSource, IdempotencyConfig config) {
        this.dataSource = dataSource;
        this.expiry = config.expiry();
        this.inFlightTimeout = config.inFlightTimeout();
    }

    /** What became of an attempt to claim a key. */
    public sealed interface Claim {
    }

    /** The key is the caller's now: classify and record the decision with the claim, or {@link #release} it. */
    public record Claimed(KeyClaim claim) implements Claim {
    }

    /** The key's request was answered with this decision: answer it again. */
    public record Answered(UUID decisionId) implements Claim {
    }

    /** The key's first request is still being served. */
    public record InFlight() implements Claim {
    }

    /** The key was used for a different request. */
    public record Reused() implements Claim {
    }

    /**
     * The key's request began this batch, which answers it.
     *
     * @param results the batch's results as they were written, gzipped; null until the batch has ended
     */
    public record BatchBegun(UUID batchId, byte[] results) implements Claim {
    }

    /**
     * The key: a structured-field string (quoted, as the draft sends it) or the bare text.
     *
     * @throws InvalidRequestException when the header is not a key
     */
    public static String key(String header) {
        String key = header.length() >= 2 && header.startsWith("\"") && header.endsWith("\"")
                ? header.substring(1, header.length() - 1) : header;
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw new InvalidRequestException("The Idempotency-Key header is invalid.", List.of(new FieldError(
                    HEADER, "must be 1 to " + MAX_KEY_LENGTH + " printable ASCII characters")));
        }
        return key;
    }

    /**
     * SHA-256 of what decides a request's answer: each of {@code parts} (null allowed) followed by a NUL byte, then the
     * body. A key sent again with another request, by these bytes, is {@link Reused}.
     */
    public static byte[] requestHash(List<String> parts, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha256.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
            }
            return sha256.digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /**
     * Claims {@code key} of {@code org} for a request with this hash, or says why not.
     *
     * @throws DecisionLogUnavailableException when the database cannot be reached
     */
    public Claim claim(String org, String key, byte[] requestHash) {
        try (Connection connection = dataSource.getConnection()) {
            purgeNowAndThen(connection);
            // A second round only when the first found a key that had expired, or was released, meanwhile.
            for (int attempt = 0; attempt < 2; attempt++) {
                KeyClaim claim = new KeyClaim(org, key, UUID.randomUUID());
                if (insert(connection, claim, requestHash)) {
                    return new Claimed(claim);
                }
                Claim existing = existing(connection, org, key, requestHash);
                if (existing != null) {
                    return existing;
                }
            }
            return new InFlight();
        } catch (SQLException e) {
            throw new DecisionLogUnavailableException("The request cannot be served right now. Retry shortly.", e);
        }
    }

    /**
     * Answers each key with its decision, in the caller's transaction, where the key is still held by its claim and
     * unanswered: {@code claims.get(i)} by {@code decisionIds.get(i)}.
     *
     * @return the decision ids whose keys were answered; the others' keys are no longer held by their claims
     */
    public static Set<UUID> complete(Connection connection, List<KeyClaim> claims, List<UUID> decisionIds)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update idempotency_key k set decision_id = c.decision_id
                from unnest(?::text[], ?::text[], ?::uuid[], ?::uuid[]) as c (org, key, claim, decision_id)
                where k.org = c.org and k.key = c.key and k.claim = c.claim and k.decision_id is null
                returning c.decision_id""")) {
            update.setArray(1, connection.createArrayOf("text", claims.stream().map(KeyClaim::org).toArray()));
            update.setArray(2, connection.createArrayOf("text", claims.stream().map(KeyClaim::key).toArray()));
            update.setArray(3, connection.createArrayOf("uuid", claims.stream().map(KeyClaim::token).toArray()));
            update.setArray(4, connection.createArrayOf("uuid", decisionIds.toArray()));
            Set<UUID> answered = new HashSet<>();
            try (ResultSet rows = update.executeQuery()) {
                while (rows.next()) {
                    answered.add(rows.getObject(1, UUID.class));
                }
            }
            return answered;
        }
    }

    /** Gives the key up after its request failed, so that a retry is served afresh; only while the claim holds it. */
    public void release(KeyClaim claim) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("""
                        delete from idempotency_key where org = ? and key = ? and claim = ? and decision_id is null""")) {
            delete.setString(1, claim.org());
            delete.setString(2, claim.key());
            delete.setObject(3, claim.token());
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new DecisionLogUnavailableException("The request cannot be served right now. Retry shortly.", e);
        }
    }

    /**
     * Names the batch the claim's request began, so that the key is answered by that batch from now on, however long it
     * runs; only while the claim holds the key.
     *
     * @return whether the claim still held the key
     * @throws DecisionLogUnavailableException when the database cannot be reached
     */
    public boolean beginBatch(KeyClaim claim, UUID batchId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("""
                        update idempotency_key set batch_id = ?
                        where org = ? and key = ? and claim = ? and decision_id is null and batch_id is null""")) {
            update.setObject(1, batchId);
            update.setString(2, claim.org());
            update.setString(3, claim.key());
            update.setObject(4, claim.token());
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new DecisionLogUnavailableException("The request cannot be served right now. Retry shortly.", e);
        }
    }

    /**
     * Keeps the results a batch wrote for the claim's request, gzipped, as its key's answer.
     *
     * @throws SQLException when they cannot be kept
     */
    public void answerBatch(KeyClaim claim, byte[] results) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("""
                        update idempotency_key set batch_results = ? where org = ? and key = ? and claim = ?""")) {
            update.setBytes(1, results);
            update.setString(2, claim.org());
            update.setString(3, claim.key());
            update.setObject(4, claim.token());
            update.executeUpdate();
        }
    }

    private static boolean insert(Connection connection, KeyClaim claim, byte[] requestHash) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into idempotency_key (org, key, request_hash, claim, created_at) values (?, ?, ?, ?, now())
                on conflict (org, key) do nothing""")) {
            insert.setString(1, claim.org());
            insert.setString(2, claim.key());
            insert.setBytes(3, requestHash);
            insert.setObject(4, claim.token());
            return insert.executeUpdate() == 1;
        }
    }

    /** The claim the stored key gives; null when it is gone or was stale and has been deleted: claim again. */
    private Claim existing(Connection connection, String org, String key, byte[] requestHash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select request_hash, decision_id, created_at, batch_id, batch_results from idempotency_key where org = ? and key = ?""")) {
            select.setString(1, org);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                Instant createdAt = row.getTimestamp(3).toInstant();
                UUID decisionId = row.getObject(2, UUID.class);
                UUID batchId = row.getObject(4, UUID.class);
                if (stale(createdAt, decisionId == null ? batchId : decisionId)) {
                    deleteStale(connection, org, key);
                    return null;
                }
                if (!Arrays.equals(row.getBytes(1), requestHash)) {
                    return new Reused();
                }
                if (batchId != null) {
                    return new BatchBegun(batchId, row.getBytes(5));
                }
                return decisionId == null ? new InFlight() : new Answered(decisionId);
            }
        }
    }

    /**
     * Expired, or claimed by a request that never finished (its instance stopped) nor began a batch: free to be
     * claimed again. A batch outlives the in-flight timeout; its key answers with it until the key expires.
     */
    private boolean stale(Instant createdAt, UUID answeredBy) {
        Instant now = Instant.now();
        return createdAt.isBefore(now.minus(expiry))
                || answeredBy == null && createdAt.isBefore(now.minus(inFlightTimeout));
    }

    private void deleteStale(Connection connection, String org, String key) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("""
                delete from idempotency_key where org = ? and key = ?
                and (created_at < ? or decision_id is null and batch_id is null and created_at < ?)""")) {
            Instant now = Instant.now();
            delete.setString(1, org);
            delete.setString(2, key);
            delete.setTimestamp(3, Timestamp.from(now.minus(expiry)));
            delete.setTimestamp(4, Timestamp.from(now.minus(inFlightTimeout)));
            delete.executeUpdate();
        }
    }

    private void purgeNowAndThen(Connection connection) throws SQLException {
        Instant last = lastPurge.get();
        Instant now = Instant.now();
        if (last.plus(PURGE_INTERVAL).isAfter(now) || !lastPurge.compareAndSet(last, now)) {
            return;
        }
        try (PreparedStatement purge = connection.prepareStatement(
                "delete from idempotency_key where created_at < ?")) {
            purge.setTimestamp(1, Timestamp.from(now.minus(expiry)));
            purge.executeUpdate();
        }
    }
}
