package org.brigreen.trafficlight.audit;

import static org.brigreen.trafficlight.security.Api.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.brigreen.trafficlight.classification.Descriptors;

/** What the audit tests share: decisions, the stored log, checkpoints and proofs as served, and tampering. */
final class AuditTestSupport {

    static final ObjectMapper JSON = new ObjectMapper();

    private final AgroalDataSource dataSource;

    AuditTestSupport(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A new decision, recorded; its id. */
    static String classify(String reference) {
        ObjectNode descriptor = Descriptors.solarPark().put("reference", reference);
        return given().contentType(ContentType.JSON).body(descriptor.toString())
                .when().post("/v1/classifications")
                .then().statusCode(201).extract().path("decisionId");
    }

    static JsonNode getJson(String path) {
        return json(given().when().get(path).then().statusCode(200).extract().asString());
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static PublicKey publicKey() {
        return Ed25519Keys.readPublicKey(getJson("/v1/audit/public-key").get("publicKeyPem").asText());
    }

    /** A checkpoint as served, its signature verified with the served public key. */
    static SignedCheckpoint signed(JsonNode checkpoint, PublicKey key) {
        SignedCheckpoint signed = new SignedCheckpoint(checkpoint.get("treeSize").asLong(),
                HashText.decodeHash(checkpoint.get("rootHash").asText()),
                Instant.parse(checkpoint.get("signedAt").asText()),
                HashText.decodeHash(checkpoint.get("keyId").asText()),
                HashText.decode(checkpoint.get("signature").asText()));
        assertTrue(signed.isSignedBy(key), "the checkpoint of tree size " + signed.treeSize() + " is not signed");
        return signed;
    }

    static boolean inclusionHolds(JsonNode proof, SignedCheckpoint checkpoint) {
        return proof.get("treeSize").asLong() == checkpoint.treeSize()
                && MerkleTree.verifyInclusion(proof.get("leafIndex").asLong(), checkpoint.treeSize(),
                        HashText.decodeHash(proof.get("leafHash").asText()), hashes(proof.get("auditPath")),
                        checkpoint.rootHash());
    }

    static boolean consistencyHolds(JsonNode proof, SignedCheckpoint from, SignedCheckpoint to) {
        return proof.get("fromTreeSize").asLong() == from.treeSize()
                && proof.get("toTreeSize").asLong() == to.treeSize()
                && MerkleTree.verifyConsistency(from.treeSize(), to.treeSize(), from.rootHash(), to.rootHash(),
                        hashes(proof.get("consistencyPath")));
    }

    static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        array.forEach(hash -> hashes.add(HashText.decodeHash(hash.asText())));
        return hashes;
    }

    /** Polls, a bounded number of times, until the condition holds. */
    static boolean eventually(Duration within, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    long seqOf(String decisionId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select seq from decision where id = ?")) {
            query.setObject(1, UUID.fromString(decisionId));
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "no decision " + decisionId);
                return row.getLong(1);
            }
        }
    }

    /**
     * Writes the log of seq {@code from} to {@code to} as the NDJSON export serves it (the fields the offline verifier
     * reads: seq, entryHash, chainHash, record), straight from the database.
     */
    void export(long from, long to, Path file) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select seq, entry_hash, chain_hash, record "
                        + "from decision where seq between ? and ? order by seq");
                BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            connection.setAutoCommit(false);
            query.setFetchSize(1000);
            query.setLong(1, from);
            query.setLong(2, to);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ObjectNode line = JSON.createObjectNode();
                    line.put("seq", rows.getLong(1));
                    line.put("entryHash", HashText.encode(rows.getBytes(2)));
                    line.put("chainHash", HashText.encode(rows.getBytes(3)));
                    line.put("record", rows.getString(4));
                    out.write(line.toString());
                    out.write('\n');
                }
            }
            connection.commit();
        }
    }

    /**
     * Runs SQL on the append-only tables with their triggers off, all in one transaction: other sessions never see
     * the triggers off, and the change is committed or not at all.
     */
    void tamper(String table, SqlWork work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("alter table " + table + " disable trigger " + table + "_append_only");
                work.run(connection);
                statement.execute("alter table " + table + " enable trigger " + table + "_append_only");
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** SQL run by {@link #tamper}. */
    @FunctionalInterface
    interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }

    long checkpointCount() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from checkpoint")) {
            count.next();
            return count.getLong(1);
        }
    }

    boolean checkpointExistsAt(long treeSize) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select 1 from checkpoint where tree_size = ?")) {
            query.setLong(1, treeSize);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    Row row(long seq) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select record, entry_hash, chain_hash from decision where seq = ?")) {
            query.setLong(1, seq);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "no seq " + seq);
                return new Row(seq, row.getString(1), row.getBytes(2), row.getBytes(3));
            }
        }
    }

    /** The hashed columns of a record, to put back after tampering. */
    record Row(long seq, String record, byte[] entryHash, byte[] chainHash) {
    }
}
