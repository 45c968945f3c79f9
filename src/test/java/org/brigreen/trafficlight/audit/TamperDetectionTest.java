package org.brigreen.trafficlight.audit;

import static org.brigreen.trafficlight.security.Api.given;
import static org.brigreen.trafficlight.audit.AuditTestSupport.classify;
import static org.brigreen.trafficlight.audit.AuditTestSupport.execute;
import static org.brigreen.trafficlight.audit.AuditTestSupport.json;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.brigreen.trafficlight.audit.AuditTestSupport.Row;
import org.brigreen.trafficlight.decisionlog.LogHashes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Records changed or removed behind the service's back, with the append-only triggers disabled, are found by
 * {@code POST /v1/audit/verify} at exactly their sequence number, and why.
 * <p>
 * The log is shared by every test of the run, and append-only: each test tampers only with records it has just
 * created, in one transaction (the triggers are off only inside it), and puts the exact original bytes back in
 * {@code finally}, so that the log verifies as a whole again for the tests after it. The checkpointer has already
 * hashed these records when they are tampered with (each test signs a checkpoint first), so it never signs a
 * tampered log.
 */
@QuarkusTest
class TamperDetectionTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Checkpointer checkpointer;

    private AuditTestSupport log;
    /** Three new records: k - 1, k, k + 1. */
    private long k;

    @BeforeEach
    void threeNewRecordsUnderACheckpoint() throws SQLException {
        log = new AuditTestSupport(dataSource);
        classify("TAMPER-BEFORE");
        k = log.seqOf(classify("TAMPER-VICTIM"));
        classify("TAMPER-AFTER");
        checkpointer.checkpointNow();
    }

    @Test
    void aRecordChangedInTheDatabaseIsFoundAtItsSeq() throws SQLException {
        Row original = log.row(k);
        String changed = changed(original.record());
        log.tamper("decision", connection -> execute(connection,
                "update decision set record = ? where seq = ?", changed, k));
        try {
            assertFirstFailure(verify(k - 1, k + 1), k, "record_hash_mismatch");
            assertFirstFailure(verifyAll(), k, "record_hash_mismatch");
        } finally {
            log.tamper("decision", connection -> execute(connection,
                    "update decision set record = ? where seq = ?", original.record(), k));
        }
        assertIntactAgain();
    }

    @Test
    void aRecordDeletedFromTheDatabaseIsFoundAtItsSeq() throws SQLException {
        String after = decisionAt(k + 1);
        log.tamper("decision", connection -> {
            execute(connection, "create table tamper_test_removed as select * from decision where seq = ?", k);
            execute(connection, "delete from decision where seq = ?", k);
        });
        try {
            assertFirstFailure(verify(k - 1, k + 1), k, "missing_sequence_number");
            assertFirstFailure(verifyAll(), k, "missing_sequence_number");
            given().when().get("/v1/decisions/" + after + "/proof")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("urn:problem-type:traffic-light:log-damaged"));
        } finally {
            log.tamper("decision", connection -> {
                execute(connection, "insert into decision select * from tamper_test_removed");
                execute(connection, "drop table tamper_test_removed");
            });
        }
        assertIntactAgain();
    }

    @Test
    void aRecordChangedWithItsEntryHashBreaksTheChainAtItsSeq() throws SQLException {
        Row original = log.row(k);
        String changed = changed(original.record());
        log.tamper("decision", connection -> execute(connection,
                "update decision set record = ?, entry_hash = ? where seq = ?", changed, LogHashes.entryHash(changed),
                k));
        try {
            assertFirstFailure(verify(k - 1, k + 1), k, "chain_break");
        } finally {
            log.tamper("decision", connection -> execute(connection,
                    "update decision set record = ?, entry_hash = ? where seq = ?", original.record(),
                    original.entryHash(), k));
        }
        assertIntactAgain();
    }

    @Test
    void aRewriteThatRecomputesTheChainIsFoundByTheCheckpointSignedBeforeIt() throws SQLException {
        long signedOver = firstCheckpointFrom(k);
        List<Row> originals = rowsFrom(k);
        log.tamper("decision", connection -> rewrite(connection, originals));
        try {
            assertFirstFailure(verify(k - 1, k + 1), signedOver, "checkpoint_root_mismatch");
            given().when().get("/v1/decisions/" + decisionAt(k) + "/proof?treeSize=" + signedOver)
                    .then().statusCode(409).body("type", equalTo("urn:problem-type:traffic-light:log-damaged"));
        } finally {
            log.tamper("decision", connection -> {
                for (Row row : originals) {
                    execute(connection, "update decision set record = ?, entry_hash = ?, chain_hash = ? where seq = ?",
                            row.record(), row.entryHash(), row.chainHash(), row.seq());
                }
            });
        }
        assertIntactAgain();
    }

    @Test
    void aCheckpointWithAChangedSignatureIsFoundAtItsTreeSize() throws SQLException {
        long treeSize = firstCheckpointFrom(k);
        byte[] signature = signatureAt(treeSize);
        byte[] changed = signature.clone();
        changed[0] ^= 0x01;
        log.tamper("checkpoint", connection -> execute(connection,
                "update checkpoint set signature = ? where tree_size = ?", changed, treeSize));
        try {
            assertFirstFailure(verify(k - 1, k + 1), treeSize, "bad_signature");
        } finally {
            log.tamper("checkpoint", connection -> execute(connection,
                    "update checkpoint set signature = ? where tree_size = ?", signature, treeSize));
        }
        assertIntactAgain();
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static String changed(String record) {
        String changed = record.replaceFirst("\"green\"", "\"amber\"");
        assertNotEquals(record, changed);
        return changed;
    }

    /** Replaces the record at k and recomputes every entry and chain hash from it on, as a careful forger would. */
    private void rewrite(Connection connection, List<Row> originals) throws SQLException {
        byte[] chain = log.row(k - 1).chainHash();
        for (Row row : originals) {
            String record = row.seq() == k ? changed(row.record()) : row.record();
            byte[] entry = LogHashes.entryHash(record);
            chain = LogHashes.chainHash(chain, entry);
            execute(connection, "update decision set record = ?, entry_hash = ?, chain_hash = ? where seq = ?",
                    record, entry, chain, row.seq());
        }
    }

    private void assertIntactAgain() {
        JsonNode report = verify(k - 1, k + 1);
        assertTrue(report.get("intact").asBoolean(), "not restored: " + report);
    }

    private static void assertFirstFailure(JsonNode report, long seq, String reason) {
        assertEquals(false, report.get("intact").asBoolean(), report.toString());
        assertEquals(seq, report.get("firstFailure").get("seq").asLong(), report.toString());
        assertEquals(reason, report.get("firstFailure").get("reason").asText(), report.toString());
    }

    private static JsonNode verify(long from, long to) {
        return json(given().when().post("/v1/audit/verify?from=" + from + "&to=" + to)
                .then().statusCode(200).extract().asString());
    }

    private static JsonNode verifyAll() {
        return json(given().when().post("/v1/audit/verify").then().statusCode(200).extract().asString());
    }

    private List<Row> rowsFrom(long seq) throws SQLException {
        List<Row> rows = new ArrayList<>();
        long last = query("select max(seq) from decision", 0);
        for (long s = seq; s <= last; s++) {
            rows.add(log.row(s));
        }
        return rows;
    }

    private long firstCheckpointFrom(long seq) throws SQLException {
        return query("select min(tree_size) from checkpoint where tree_size >= ?", seq);
    }

    private String decisionAt(long seq) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select id from decision where seq = ?")) {
            query.setLong(1, seq);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1);
            }
        }
    }

    private byte[] signatureAt(long treeSize) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select signature from checkpoint where tree_size = ?")) {
            query.setLong(1, treeSize);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return row.getBytes(1);
            }
        }
    }

    private long query(String sql, long parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            if (sql.contains("?")) {
                query.setLong(1, parameter);
            }
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return row.getLong(1);
            }
        }
    }
}
