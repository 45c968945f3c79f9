package org.brigreen.trafficlight.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.brigreen.trafficlight.audit.AuditTestSupport.Row;
import org.brigreen.trafficlight.tlog.LogHashes;
import org.brigreen.trafficlight.tlog.OfflineVerifierTest.Outcome;
import org.brigreen.trafficlight.tlog.OfflineVerifierTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import static org.brigreen.trafficlight.audit.AuditTestSupport.classify;
import static org.brigreen.trafficlight.audit.AuditTestSupport.execute;
import static org.brigreen.trafficlight.audit.AuditTestSupport.json;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Records changed or removed behind the service's back, with the append-only triggers disabled, are found by
 * {@code POST /v1/audit/verify} at exactly their sequence number, and why; so are checkpoints removed. Every column of
 * the log table is changed in turn, a covered tail is removed, and checkpoints are removed; the service's verification
 * and the offline verifier, given what a regulator downloads after the tampering (and the checkpoints saved before
 * it), each name every case.
 * <p>
 * The log is shared by every test of the run, and append-only: each test tampers only with records it has just
 * created, in one transaction (the triggers are off only inside it), and puts the exact original bytes back in
 * {@code finally}, so that the log verifies as a whole again for the tests after it. The checkpointer has already
 * verified these records when they are tampered with (each test signs a checkpoint first), and signs nothing while
 * the log does not hold together; each test then verifies the log from k - 1 on and lets the checkpointer check it
 * again, so that neither leaves the log marked damaged for the tests after it.
 */
@QuarkusTest
class TamperDetectionTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Checkpointer checkpointer;

    @TempDir
    Path folder;

    private AuditTestSupport log;
    /** Three new records: k - 1, k, k + 1. */
    private long k;

    @BeforeEach
    void threeNewRecordsUnderACheckpoint() throws SQLException {
        log = new AuditTestSupport(dataSource);
        k = log.threeRecordsUnderACheckpoint("TAMPER", checkpointer);
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
        String after = log.decisionAt(k + 1);
        log.tamper("decision", connection -> {
            execute(connection, "create table tamper_test_removed as select * from decision where seq = ?", k);
            execute(connection, "delete from decision where seq = ?", k);
        });
        try {
            assertFirstFailure(verify(k - 1, k + 1), k, "missing_sequence_number");
            assertFirstFailure(verifyAll(), k, "missing_sequence_number");
            given().when().get("/v1/decisions/" + after + "/proof")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("/problems/log-damaged"));
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
        List<Row> originals = log.rowsFrom(k);
        log.tamper("decision", connection -> rewrite(connection, originals));
        long before = log.checkpointBefore(signedOver);
        try {
            JsonNode report = verify(k - 1, k + 1);
            assertFirstFailure(report, signedOver, "checkpoint_root_mismatch");
            assertEquals(before + 1, report.at("/firstFailure/range/from").asLong(), report.toString());
            assertEquals(signedOver, report.at("/firstFailure/range/to").asLong(), report.toString());
            given().when().get("/v1/decisions/" + log.decisionAt(k) + "/proof?treeSize=" + signedOver)
                    .then().statusCode(409).body("type", equalTo("/problems/log-damaged"));
        } finally {
            log.tamper("decision", connection -> {
                execute(connection, "update decision set traffic_light = 'green' where seq = ?", k);
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
        byte[] signature = log.signatureAt(treeSize);
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


    /** A change to one column of the row of seq k, in SQL, and how each verifier names it. */
    record ColumnChange(String column, String assignment, String reason, String offlineNames) {

        @Override
        public String toString() {
            return column;
        }
    }

    /** Moves a row far past the end of the log. */
    private static final long SEQ_OFFSET = 1_000_000_000L;

    static List<ColumnChange> everyColumn() {
        return List.of(
                new ColumnChange("seq", "seq = seq + " + SEQ_OFFSET, "missing_sequence_number",
                        "missing sequence number"),
                new ColumnChange("id", "id = '0b0e9c7e-4d0e-4c69-9f2a-6f3c1a2b3c4d'", "column_mismatch",
                        "\"decisionId\""),
                new ColumnChange("decided_at", "decided_at = decided_at + interval '1 day'", "column_mismatch",
                        "\"decidedAt\""),
                new ColumnChange("ruleset_id", "ruleset_id = 'forged-rules'", "column_mismatch", "\"ruleSet.id\""),
                new ColumnChange("ruleset_version", "ruleset_version = '1999.1'", "column_mismatch",
                        "\"ruleSet.version\""),
                new ColumnChange("ruleset_digest", "ruleset_digest = 'sha256:' || repeat('0', 64)", "column_mismatch",
                        "\"ruleSet.digest\""),
                new ColumnChange("traffic_light", "traffic_light = 'red'", "column_mismatch", "\"class\""),
                new ColumnChange("excluded", "excluded = not excluded", "column_mismatch", "\"excluded\""),
                new ColumnChange("reference", "reference = 'FORGED-REFERENCE'", "column_mismatch", "\"reference\""),
                new ColumnChange("country", "country = case when country = 'PK' then 'KE' else 'PK' end",
                        "column_mismatch", "\"country\""),
                new ColumnChange("sector", "sector = case when sector = 'coal_power' then 'solar_pv' else 'coal_power' "
                        + "end", "column_mismatch", "\"sector\""),
                new ColumnChange("record", "record = replace(record, '\"green\"', '\"amber\"')",
                        "record_hash_mismatch", "record hash mismatch"),
                new ColumnChange("entry_hash", "entry_hash = sha256(entry_hash)", "record_hash_mismatch",
                        "record hash mismatch"),
                new ColumnChange("chain_hash", "chain_hash = sha256(chain_hash)", "chain_break", "chain break"),
                new ColumnChange("org", "org = 'another-org'", "column_mismatch", "\"org\""),
                new ColumnChange("batch_id", "batch_id = '0b0e9c7e-4d0e-4c69-9f2a-6f3c1a2b3c4d'", "column_mismatch",
                        "\"batchId\""),
                new ColumnChange("supersedes", "supersedes = '0b0e9c7e-4d0e-4c69-9f2a-6f3c1a2b3c4d'",
                        "column_mismatch", "\"supersedes\""));
    }

    @Test
    void everyColumnOfTheLogTableIsCovered() throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.getMetaData().getColumns(null, null, "decision", null)) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME"));
            }
        }
        assertEquals(columns.stream().sorted().toList(),
                everyColumn().stream().map(ColumnChange::column).sorted().toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyColumn")
    void aColumnChangedInTheDatabaseIsNamedByTheServiceAndByTheOfflineVerifier(ColumnChange change)
            throws Exception {
        log.tamper("decision", connection -> {
            execute(connection, "create table tamper_test_row as select * from decision where seq = ?", k);
            execute(connection, "update decision set " + change.assignment() + " where seq = ?", k);
        });
        try {
            JsonNode report = verify(k - 1, k + 1);
            assertFirstFailure(report, k, change.reason());
            if (change.reason().equals("column_mismatch")) {
                assertEquals(change.column(), report.at("/firstFailure/column").asText(), report.toString());
            }
            Outcome offline = offline(log.regulatorExport(k - 1, folder.resolve("decisions.ndjson")), served());
            assertEquals(1, offline.exitCode(), offline.out() + offline.err());
            assertTrue(offline.out().startsWith("FAILED at seq " + k + " "), offline.out());
            assertTrue(offline.out().contains(change.offlineNames()), offline.out());
        } finally {
            log.tamper("decision", connection -> {
                execute(connection, "delete from decision where seq in (?, ?)", k, k + SEQ_OFFSET);
                execute(connection, "insert into decision select * from tamper_test_row");
                execute(connection, "drop table tamper_test_row");
            });
        }
        assertIntactAgain();
    }

    @Test
    void aCoveredTailRemovedIsNamedByTheServiceAndByTheOfflineVerifier() throws Exception {
        long covered = log.latestCheckpoint();
        assertEquals(k + 1, covered, "the tail is covered by a checkpoint");
        removeTail();
        try {
            assertFirstFailure(verifyFrom(k - 1), k, "missing_sequence_number");
            Outcome offline = offline(log.regulatorExport(k - 1, folder.resolve("decisions.ndjson")), served());
            assertTruncated(offline, covered);
        } finally {
            restoreTail();
        }
        assertIntactAgain();
    }

    @Test
    void aCoveredTailRemovedWithItsCheckpointsIsNamedByTheServiceAndByTheCheckpointsSavedBefore() throws Exception {
        long covered = log.latestCheckpoint();
        List<String> saved = saved();
        removeTail();
        removeCheckpointsFrom(k);
        try {
            assertFirstFailure(verifyFrom(k - 1), k, "missing_sequence_number");
            Outcome offline = offline(log.regulatorExport(k - 1, folder.resolve("decisions.ndjson")), served(),
                    saved);
            assertTruncated(offline, covered);
        } finally {
            restoreCheckpoints();
            restoreTail();
        }
        assertIntactAgain();
    }

    @Test
    void aCheckpointRemovedBetweenTwoOthersIsNamedByTheServiceAndByTheOfflineVerifier() throws Exception {
        classify("TAMPER-CHECKPOINT-REMOVED");
        long removed = checkpointer.checkpointNow().orElseThrow().treeSize();
        classify("TAMPER-CHECKPOINT-AFTER");
        checkpointer.checkpointNow();
        List<String> saved = saved();
        removeCheckpoint(removed);
        try {
            assertFirstFailure(verifyFrom(k - 1), removed, "missing_checkpoint");
            Path export = log.regulatorExport(k - 1, folder.resolve("decisions.ndjson"));
            assertMissingCheckpoint(offline(export, served()), removed);
            assertMissingCheckpoint(offline(export, served(), saved), removed);
        } finally {
            restoreCheckpoints();
        }
        assertIntactAgain();
    }

    @Test
    void theLatestCheckpointRemovedIsNamedByTheServiceAndByTheCheckpointsSavedBefore() throws Exception {
        classify("TAMPER-LATEST-CHECKPOINT");
        long removed = checkpointer.checkpointNow().orElseThrow().treeSize();
        List<String> saved = saved();
        removeCheckpoint(removed);
        try {
            assertFirstFailure(verifyFrom(k - 1), removed, "missing_checkpoint");
            Path export = log.regulatorExport(k - 1, folder.resolve("decisions.ndjson"));
            assertMissingCheckpoint(offline(export, served(), saved), removed);
        } finally {
            restoreCheckpoints();
        }
        assertIntactAgain();
    }

    // --- helpers --------------------------------------------------------------------------------------------

    /** Removes seq k to the end of the log, keeping the rows to put back. */
    private void removeTail() throws SQLException {
        log.tamper("decision", connection -> {
            execute(connection, "create table tamper_test_tail as select * from decision where seq >= ?", k);
            execute(connection, "delete from decision where seq >= ?", k);
        });
    }

    private void restoreTail() throws SQLException {
        log.tamper("decision", connection -> {
            execute(connection, "insert into decision select * from tamper_test_tail");
            execute(connection, "drop table tamper_test_tail");
        });
    }

    private void removeCheckpoint(long treeSize) throws SQLException {
        log.tamper("checkpoint", connection -> {
            execute(connection, "create table tamper_test_checkpoints as select * from checkpoint where tree_size = ?",
                    treeSize);
            execute(connection, "delete from checkpoint where tree_size = ?", treeSize);
        });
    }

    private void removeCheckpointsFrom(long treeSize) throws SQLException {
        log.tamper("checkpoint", connection -> {
            execute(connection, "create table tamper_test_checkpoints as select * from checkpoint where tree_size >= ?",
                    treeSize);
            execute(connection, "delete from checkpoint where tree_size >= ?", treeSize);
        });
    }

    private void restoreCheckpoints() throws SQLException {
        log.tamper("checkpoint", connection -> {
            execute(connection, "insert into checkpoint select * from tamper_test_checkpoints");
            execute(connection, "drop table tamper_test_checkpoints");
        });
    }

    /** The checkpoints as served now, as verifier arguments. */
    private List<String> served() throws IOException {
        return AuditTestSupport.checkpointFiles(folder, "served", "--checkpoints");
    }

    /** The checkpoints as served now, kept by a regulator for later: as verifier arguments. */
    private List<String> saved() throws IOException {
        return AuditTestSupport.checkpointFiles(folder, "saved", "--saved-checkpoints");
    }

    @SafeVarargs
    private Outcome offline(Path export, List<String>... checkpoints) throws IOException {
        List<String> arguments = new ArrayList<>(AuditTestSupport.publicKeyFile(folder));
        arguments.addAll(List.of("--export", export.toString()));
        for (List<String> files : checkpoints) {
            arguments.addAll(files);
        }
        return OfflineVerifierTest.run(arguments.toArray(String[]::new));
    }

    private void assertTruncated(Outcome offline, long covered) {
        assertEquals(1, offline.exitCode(), offline.out() + offline.err());
        assertTrue(offline.out().startsWith("FAILED at seq " + k + " "), offline.out());
        assertTrue(offline.out().contains("missing sequence number"), offline.out());
        assertTrue(offline.out().contains("tree size " + covered), offline.out());
    }

    private static void assertMissingCheckpoint(Outcome offline, long treeSize) {
        assertEquals(1, offline.exitCode(), offline.out() + offline.err());
        assertTrue(offline.out().contains("missing checkpoint"), offline.out());
        assertTrue(offline.out().contains("tree size " + treeSize), offline.out());
    }

    private static JsonNode verifyFrom(long from) {
        return json(given().when().post("/v1/audit/verify?from=" + from).then().statusCode(200).extract().asString());
    }

    private static String changed(String record) {
        String changed = record.replaceFirst("\"green\"", "\"amber\"");
        assertNotEquals(record, changed);
        return changed;
    }

    /**
     * Replaces the record at k, with its class column, and recomputes every entry and chain hash from it on, as a
     * careful forger would.
     */
    private void rewrite(Connection connection, List<Row> originals) throws SQLException {
        execute(connection, "update decision set traffic_light = 'amber' where seq = ?", k);
        byte[] chain = log.row(k - 1).chainHash();
        for (Row row : originals) {
            String record = row.seq() == k ? changed(row.record()) : row.record();
            byte[] entry = LogHashes.entryHash(record);
            chain = LogHashes.chainHash(chain, entry);
            execute(connection, "update decision set record = ?, entry_hash = ?, chain_hash = ? where seq = ?",
                    record, entry, chain, row.seq());
        }
    }

    /** The log from k - 1 to its end verifies again, and the checkpointer finds it whole. */
    private void assertIntactAgain() {
        JsonNode report = verifyFrom(k - 1);
        assertTrue(report.get("intact").asBoolean(), "not restored: " + report);
        checkpointer.checkpointNow();
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

    private long firstCheckpointFrom(long seq) throws SQLException {
        return query("select min(tree_size) from checkpoint where tree_size >= ?", seq);
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
