package org.brigreen.trafficlight.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.brigreen.trafficlight.audit.AuditTestSupport.Row;
import org.brigreen.trafficlight.tlog.LogHashes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.audit.AuditTestSupport.auditLogHealth;
import static org.brigreen.trafficlight.audit.AuditTestSupport.classify;
import static org.brigreen.trafficlight.audit.AuditTestSupport.damagedGauge;
import static org.brigreen.trafficlight.audit.AuditTestSupport.execute;
import static org.brigreen.trafficlight.audit.AuditTestSupport.getJson;
import static org.brigreen.trafficlight.audit.AuditTestSupport.health;
import static org.brigreen.trafficlight.audit.AuditTestSupport.json;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A damaged log is never signed over, and gets no proofs: a service that starts over a log rewritten or truncated
 * behind its back signs nothing, says so in its health and metrics, and signs again once the log holds together; a
 * proof of a changed record, over a checkpoint whose signature was changed, or of a log that a verification found
 * damaged, is refused with 409.
 * <p>
 * Like {@link TamperDetectionTest}, each test tampers only with records it has just made, and puts the exact bytes
 * back; where the running checkpointer may have seen the damage meanwhile, the test lets it check the log again (as
 * its next poll would) before it expects proofs.
 */
@QuarkusTest
class DamagedLogTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Checkpointer checkpointer;

    @Inject
    AuditStore store;

    @Inject
    AuditSigningKey key;

    @Inject
    LogDamage damage;

    private AuditTestSupport log;
    /** Three new records: k - 1, k, k + 1, covered by the latest checkpoint. */
    private long k;

    @BeforeEach
    void threeNewRecordsUnderACheckpoint() throws SQLException {
        log = new AuditTestSupport(dataSource);
        k = log.threeRecordsUnderACheckpoint("DAMAGED", checkpointer);
    }

    @Test
    void aServiceThatStartsOverARewrittenLogSignsNothingAndSaysSoUntilTheLogHoldsTogetherAgain()
            throws SQLException {
        List<Row> originals = log.rowsFrom(k);
        log.tamper("decision", connection -> rewriteFrom(connection, changed(originals)));
        String appended = classify("DAMAGED-APPENDED");
        long checkpoints = log.checkpointCount();
        Checkpointer startedAnew = startedAnew();
        try {
            assertThrows(LogDamagedException.class, startedAnew::checkpointNow);
            assertThrows(LogDamagedException.class, checkpointer::checkpointNow);
            assertEquals(checkpoints, log.checkpointCount(), "nothing is signed over the rewrite");
            assertEquals("DOWN", auditLogHealth());
            assertEquals(503, given().when().get("/q/health").then().extract().statusCode());
            assertNotInReadinessOrLiveness();
            assertEquals("1.0", damagedGauge());
        } finally {
            log.tamper("decision", connection -> rewriteFrom(connection, originals));
        }
        assertEquals(log.seqOf(appended), startedAnew.checkpointNow().orElseThrow().treeSize(),
                "the log holds together again, and is signed");
        checkpointer.checkpointNow();
        assertEquals("UP", auditLogHealth());
        assertEquals("0.0", damagedGauge());
    }

    @Test
    void aServiceThatStartsOverACoveredTailReplacedByOtherRecordsSignsNothing() throws SQLException {
        long checkpoints = log.checkpointCount();
        log.tamper("decision", connection -> {
            execute(connection, "create table damaged_test_tail as select * from decision where seq >= ?", k);
            execute(connection, "delete from decision where seq >= ?", k);
            byte[] chain = log.row(k - 1).chainHash();
            chain = insertForged(connection, k, k, chain);
            chain = insertForged(connection, k + 1, k + 1, chain);
            insertForged(connection, k + 2, k + 1, chain);
        });
        try {
            assertThrows(LogDamagedException.class, startedAnew()::checkpointNow);
            assertThrows(LogDamagedException.class, checkpointer::checkpointNow);
            assertEquals(checkpoints, log.checkpointCount(), "nothing is signed over the new tail");
            assertEquals("DOWN", auditLogHealth());
        } finally {
            log.tamper("decision", connection -> {
                execute(connection, "delete from decision where seq >= ?", k);
                execute(connection, "insert into decision select * from damaged_test_tail");
                execute(connection, "drop table damaged_test_tail");
            });
        }
        checkpointer.checkpointNow();
        assertEquals("UP", auditLogHealth());
    }

    @Test
    void aProofOfAChangedRecordIsRefused() throws SQLException {
        Row original = log.row(k);
        String decision = log.decisionAt(k);
        log.tamper("decision", connection -> execute(connection, "update decision set record = ? where seq = ?",
                changed(original.record()), k));
        try {
            assertRefused("/v1/decisions/" + decision + "/proof");
        } finally {
            log.tamper("decision", connection -> execute(connection, "update decision set record = ? where seq = ?",
                    original.record(), k));
        }
        given().when().get("/v1/decisions/" + decision + "/proof").then().statusCode(200);
    }

    @Test
    void aProofOverACheckpointWhoseSignatureWasChangedIsRefused() throws SQLException {
        long treeSize = log.latestCheckpoint();
        byte[] signature = log.signatureAt(treeSize);
        byte[] changed = signature.clone();
        changed[0] ^= 0x01;
        log.tamper("checkpoint", connection -> execute(connection,
                "update checkpoint set signature = ? where tree_size = ?", changed, treeSize));
        try {
            assertRefused("/v1/decisions/" + log.decisionAt(k) + "/proof?treeSize=" + treeSize);
            assertRefused("/v1/audit/consistency?from=" + (k - 1) + "&to=" + treeSize);
        } finally {
            log.tamper("checkpoint", connection -> execute(connection,
                    "update checkpoint set signature = ? where tree_size = ?", signature, treeSize));
        }
        checkpointer.checkpointNow();
        given().when().get("/v1/decisions/" + log.decisionAt(k) + "/proof?treeSize=" + treeSize).then().statusCode(200);
    }

    @Test
    void afterAVerificationFindsDamageEveryProofIsRefusedUntilAVerificationOfItPasses() throws SQLException {
        Row original = log.row(k);
        String unchanged = log.decisionAt(k - 1);
        log.tamper("decision", connection -> execute(connection, "update decision set record = ? where seq = ?",
                changed(original.record()), k));
        try {
            assertFalse(verify(k - 1, k + 1).get("intact").asBoolean());
            assertRefused("/v1/decisions/" + unchanged + "/proof");
            assertEquals("DOWN", auditLogHealth());
        } finally {
            log.tamper("decision", connection -> execute(connection, "update decision set record = ? where seq = ?",
                    original.record(), k));
        }
        assertRefused("/v1/decisions/" + unchanged + "/proof");
        assertTrue(verify(k - 1, k + 1).get("intact").asBoolean());
        given().when().get("/v1/decisions/" + unchanged + "/proof").then().statusCode(200);
        assertEquals("UP", auditLogHealth());
    }

    @Test
    void checkpointsSignedByTwoInstancesEachNameTheOneBeforeThem() {
        Checkpointer other = startedAnew();
        classify("DAMAGED-TWO-INSTANCES-1");
        long first = checkpointer.checkpointNow().orElseThrow().treeSize();
        classify("DAMAGED-TWO-INSTANCES-2");
        long second = other.checkpointNow().orElseThrow().treeSize();
        classify("DAMAGED-TWO-INSTANCES-3");
        long third = checkpointer.checkpointNow().orElseThrow().treeSize();

        JsonNode page = getJson("/v1/audit/checkpoints?from=" + first);
        assertEquals(List.of(first, second, third), treeSizes(page));
        assertEquals(first, page.at("/checkpoints/1/previousTreeSize").asLong(), page.toString());
        assertEquals(second, page.at("/checkpoints/2/previousTreeSize").asLong(), page.toString());
        assertTrue(verify(first, third).get("intact").asBoolean());
    }

    // --- helpers --------------------------------------------------------------------------------------------

    /** A checkpointer as a service starting now has one: it has read nothing of the log yet. */
    private Checkpointer startedAnew() {
        return new Checkpointer(store, key, damage, 1000, Duration.ofSeconds(10));
    }

    private static void assertNotInReadinessOrLiveness() {
        for (String path : List.of("/q/health/ready", "/q/health/live")) {
            JsonNode report = health(path);
            for (JsonNode check : report.path("checks")) {
                assertNotEquals("audit-log", check.path("name").asText(), path + ": " + report);
            }
        }
    }

    private static void assertRefused(String path) {
        given().when().get(path).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/log-damaged"));
    }

    private static JsonNode verify(long from, long to) {
        return json(given().when().post("/v1/audit/verify?from=" + from + "&to=" + to)
                .then().statusCode(200).extract().asString());
    }

    private static List<Long> treeSizes(JsonNode page) {
        List<Long> sizes = new ArrayList<>();
        page.get("checkpoints").forEach(checkpoint -> sizes.add(checkpoint.get("treeSize").asLong()));
        return sizes;
    }

    private static String changed(String record) {
        String changed = record.replaceFirst("\"green\"", "\"amber\"");
        assertNotEquals(record, changed);
        return changed;
    }

    /** The rows with the record of k changed. */
    private List<Row> changed(List<Row> rows) {
        return rows.stream().map(row -> row.seq() == k
                ? new Row(row.seq(), changed(row.record()), row.entryHash(), row.chainHash()) : row).toList();
    }

    /**
     * Writes the records of {@code rows} from seq k on, each with its entry hash and the chain recomputed, and
     * rechains every record after them: what a careful forger does, and what puts the log back.
     */
    private void rewriteFrom(Connection connection, List<Row> rows) throws SQLException {
        byte[] chain = log.row(k - 1).chainHash();
        for (Row row : rows) {
            byte[] entry = LogHashes.entryHash(row.record());
            chain = LogHashes.chainHash(chain, entry);
            execute(connection, "update decision set record = ?, entry_hash = ?, chain_hash = ? where seq = ?",
                    row.record(), entry, chain, row.seq());
        }
        long last = rows.get(rows.size() - 1).seq();
        for (Row after : rowsAfter(connection, last)) {
            chain = LogHashes.chainHash(chain, after.entryHash());
            execute(connection, "update decision set chain_hash = ? where seq = ?", chain, after.seq());
        }
    }

    private static List<Row> rowsAfter(Connection connection, long seq) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select seq, record, entry_hash, chain_hash from decision where seq > ? order by seq")) {
            query.setLong(1, seq);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new Row(row.getLong(1), row.getString(2), row.getBytes(3), row.getBytes(4)));
                }
            }
        }
        return rows;
    }

    /**
     * Inserts at {@code seq} a forged record made from the removed row of {@code source}, with a new id, chained after
     * {@code chain}; returns its chain hash.
     */
    private static byte[] insertForged(Connection connection, long seq, long source, byte[] chain)
            throws SQLException {
        String record;
        UUID id;
        try (PreparedStatement query = connection.prepareStatement(
                "select record, id from damaged_test_tail where seq = ?")) {
            query.setLong(1, source);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                id = UUID.randomUUID();
                record = changed(row.getString(1)).replace(row.getString(2), id.toString());
            }
        }
        byte[] entry = LogHashes.entryHash(record);
        byte[] chained = LogHashes.chainHash(chain, entry);
        execute(connection, """
                insert into decision select ?, ?, decided_at, ruleset_id, ruleset_version, ruleset_digest, 'amber',
                       excluded, reference, country, sector, ?, ?, ?, org, batch_id
                from damaged_test_tail where seq = ?""", seq, id, record, entry, chained, source);
        return chained;
    }
}
