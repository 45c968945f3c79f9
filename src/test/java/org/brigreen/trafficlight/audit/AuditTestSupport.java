package org.brigreen.trafficlight.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.restassured.RestAssured;
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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.tlog.Ed25519Keys;
import org.brigreen.trafficlight.tlog.HashText;
import org.brigreen.trafficlight.tlog.MerkleTree;
import org.brigreen.trafficlight.tlog.SignedCheckpoint;
import static org.brigreen.trafficlight.security.Api.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                HashText.decode(checkpoint.get("signature").asText()),
                checkpoint.has("previousTreeSize") ? checkpoint.get("previousTreeSize").asLong() : null);
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

    /** The health report of {@code path} ({@code /q/health}, {@code /q/health/ready} ...), whatever its status. */
    static JsonNode health(String path) {
        return json(RestAssured.given().when().get(path).then().extract().asString());
    }

    /** The status of the audit log's health check in {@code /q/health}, or null when it has none. */
    static String auditLogHealth() {
        for (JsonNode check : health("/q/health").path("checks")) {
            if (check.path("name").asText().equals("audit-log")) {
                return check.path("status").asText();
            }
        }
        return null;
    }

    /** The value of the gauge {@code traffic_light_audit_log_damaged} in {@code /q/metrics}, or null without one. */
    static String damagedGauge() {
        String metrics = RestAssured.given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher gauge = Pattern.compile("(?m)^traffic_light_audit_log_damaged(?:\\{[^}]*\\})? (\\S+)$")
                .matcher(metrics);
        return gauge.find() ? gauge.group(1) : null;
    }

    /** When the decision of {@code seq} was made, as its row says. */
    Instant decidedAt(long seq) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select decided_at from decision where seq = ?")) {
            query.setLong(1, seq);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "no seq " + seq);
                return row.getObject(1, OffsetDateTime.class).toInstant();
            }
        }
    }

    /**
     * The log from the decision of {@code seq} to its end, as a regulator downloads it: the NDJSON export of the
     * decisions made from then on.
     */
    Path regulatorExport(long seq, Path file) throws SQLException, IOException {
        byte[] export = given().accept("application/x-ndjson").queryParam("from", decidedAt(seq).toString())
                .when().get("/v1/decisions").then().statusCode(200).extract().asByteArray();
        return Files.write(file, export);
    }

    /** The public key as a regulator downloads it; as verifier arguments. */
    static List<String> publicKeyFile(Path folder) throws IOException {
        Path key = Files.writeString(folder.resolve("audit-public-key.pem"),
                getJson("/v1/audit/public-key").get("publicKeyPem").asText(), StandardCharsets.US_ASCII);
        return List.of("--public-key", key.toString());
    }

    /**
     * Every page of the checkpoints as served now, saved in {@code folder} under {@code name}, each page given to the
     * verifier with {@code option}: {@code --checkpoints} for the checkpoints served now, {@code --saved-checkpoints}
     * for those a regulator kept from an earlier download.
     */
    static List<String> checkpointFiles(Path folder, String name, String option) throws IOException {
        List<String> arguments = new ArrayList<>();
        String next = "/v1/audit/checkpoints?limit=1000";
        for (int page = 1; next != null; page++) {
            JsonNode checkpoints = getJson(next);
            arguments.add(option);
            arguments.add(Files.writeString(folder.resolve(name + "-" + page + ".json"), checkpoints.toString())
                    .toString());
            next = checkpoints.has("nextFrom")
                    ? "/v1/audit/checkpoints?limit=1000&from=" + checkpoints.get("nextFrom").asLong() : null;
        }
        return arguments;
    }

    long latestCheckpoint() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet latest = statement.executeQuery("select max(tree_size) from checkpoint")) {
            latest.next();
            return latest.getLong(1);
        }
    }

    /** The largest tree size of a checkpoint smaller than {@code treeSize}; 0 when there is none. */
    long checkpointBefore(long treeSize) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select coalesce(max(tree_size), 0) from checkpoint where tree_size < ?")) {
            query.setLong(1, treeSize);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    long logSize() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet size = statement.executeQuery("select coalesce(max(seq), 0) from log_entry")) {
            size.next();
            return size.getLong(1);
        }
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
                        + "from log_entry where seq between ? and ? order by seq");
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

    /** Three new decisions, k - 1, k and k + 1, named after {@code name}, under a checkpoint signed now; k. */
    long threeRecordsUnderACheckpoint(String name, Checkpointer checkpointer) throws SQLException {
        classify(name + "-BEFORE");
        long k = seqOf(classify(name + "-VICTIM"));
        classify(name + "-AFTER");
        checkpointer.checkpointNow();
        return k;
    }

    /** The id of the decision at {@code seq}. */
    String decisionAt(long seq) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select id from decision where seq = ?")) {
            query.setLong(1, seq);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "no seq " + seq);
                return row.getString(1);
            }
        }
    }

    /** The stored signature of the checkpoint of {@code treeSize}. */
    byte[] signatureAt(long treeSize) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select signature from checkpoint where tree_size = ?")) {
            query.setLong(1, treeSize);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "no checkpoint of tree size " + treeSize);
                return row.getBytes(1);
            }
        }
    }

    /** The hashed columns of every record from {@code seq} to the end of the log. */
    List<Row> rowsFrom(long seq) throws SQLException {
        List<Row> rows = new ArrayList<>();
        for (long s = seq, last = logSize(); s <= last; s++) {
            rows.add(row(s));
        }
        return rows;
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
