package org.brigreen.trafficlight.tlog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.brigreen.trafficlight.audit.Checkpoint;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * A decision log made in memory, with the service's hashing and signing, for tests that need no database: records
 * (canonical JSON, shaped as the service's), their entry and chain hashes, checkpoints signed at chosen tree sizes,
 * and its export as NDJSON, each line with the fields the service's export gives.
 */
final class SyntheticLog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant FIRST_DECISION = Instant.parse("2026-05-20T08:15:30.123456Z");

    /** One row of the log. */
    record Row(long seq, String record, byte[] entryHash, byte[] chainHash) {

        Row withRecord(String changed) {
            return new Row(seq, changed, entryHash, chainHash);
        }

        Row withHashes(byte[] entry, byte[] chain) {
            return new Row(seq, record, entry, chain);
        }

        /** The line of the NDJSON export, written field by field as the service writes it. */
        String exportLine() {
            JsonNode decision = read(record);
            ObjectNode line = JSON.createObjectNode();
            line.put("seq", seq);
            line.put("decisionId", decision.get("id").asText());
            line.put("decidedAt", decision.get("decidedAt").asText());
            line.put("class", decision.at("/assessment/trafficLight").asText());
            line.put("excluded", decision.at("/assessment/excluded").asBoolean());
            line.put("sector", decision.at("/descriptor/sector").asText());
            line.put("country", decision.at("/descriptor/country").asText());
            if (decision.at("/descriptor/reference").isTextual()) {
                line.put("reference", decision.at("/descriptor/reference").asText());
            }
            line.set("ruleSet", decision.get("ruleSet"));
            if (decision.at("/caller/org").isTextual()) {
                line.put("org", decision.at("/caller/org").asText());
            }
            if (decision.has("batch")) {
                line.put("batchId", decision.get("batch").asText());
            }
            line.put("entryHash", HashText.encode(entryHash));
            line.put("chainHash", HashText.encode(chainHash));
            line.put("record", record);
            return line.toString();
        }
    }

    final KeyPair key = Ed25519Keys.generate();
    final List<Row> rows = new ArrayList<>();
    final List<SignedCheckpoint> checkpoints = new ArrayList<>();

    SyntheticLog(int size, long... checkpointSizes) {
        byte[] chain = LogHashes.GENESIS;
        for (long seq = 1; seq <= size; seq++) {
            String record = record(seq, "green");
            byte[] entry = LogHashes.entryHash(record);
            chain = LogHashes.chainHash(chain, entry);
            rows.add(new Row(seq, record, entry, chain));
        }
        long previous = 0;
        for (long treeSize : checkpointSizes) {
            checkpoints.add(sign(treeSize, FIRST_DECISION.plusSeconds(treeSize), previous));
            previous = treeSize;
        }
    }

    /**
     * A canonical record shaped as the service writes one. Seq 1 is a record from before callers were recorded (no
     * caller); every third record was decided in a batch; seq 2 has no reference.
     */
    static String record(long seq, String trafficLight) {
        String caller = seq == 1 ? "" : ", \"caller\": {\"org\": \"acme-bank\", \"subject\": \"alice\", "
                + "\"purpose\": \"loan_screening\"}";
        String batch = seq % 3 == 0 ? ", \"batch\": \"" + uuid("batch " + seq / 3) + "\"" : "";
        String reference = seq == 2 ? "" : "\"reference\": \"LN-" + seq + "\", ";
        return canonical("{\"id\": \"" + uuid("decision " + seq) + "\", \"decidedAt\": \""
                + FIRST_DECISION.plusSeconds(seq) + "\", \"descriptor\": {" + reference + "\"country\": \"KE\", "
                + "\"sector\": \"wind_onshore\", \"name\": \"Lake Turkana wind \u98ce\u7535\"}, \"ruleSet\": {\"id\": "
                + "\"bri-traffic-light\", \"version\": \"2022.1\", \"digest\": \"sha256:" + "ab".repeat(32) + "\"}, "
                + "\"assessment\": {\"trafficLight\": \"" + trafficLight + "\", \"excluded\": "
                + trafficLight.equals("red") + "}" + caller + batch + "}");
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String canonical(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A checkpoint of the log as it is now, linked to the checkpoint of tree size {@code previous} (v2). */
    SignedCheckpoint sign(long treeSize, Instant signedAt, long previous) {
        byte[] root = root(treeSize);
        return new SignedCheckpoint(treeSize, root, signedAt, Ed25519Keys.keyId(key.getPublic()),
                Ed25519Keys.sign(key.getPrivate(), SignedCheckpoint.message(treeSize, root, signedAt, previous)),
                previous);
    }

    /** A checkpoint of the log as it is now, in the format signed before checkpoints were linked (v1). */
    SignedCheckpoint signUnlinked(long treeSize, Instant signedAt) {
        byte[] root = root(treeSize);
        return new SignedCheckpoint(treeSize, root, signedAt, Ed25519Keys.keyId(key.getPublic()),
                Ed25519Keys.sign(key.getPrivate(), SignedCheckpoint.message(treeSize, root, signedAt)));
    }

    /** The same checkpoint signed anew over the log as it is now. */
    SignedCheckpoint resign(SignedCheckpoint checkpoint) {
        return checkpoint.isLinked() ? sign(checkpoint.treeSize(), checkpoint.signedAt(),
                checkpoint.previousTreeSize()) : signUnlinked(checkpoint.treeSize(), checkpoint.signedAt());
    }

    private byte[] root(long treeSize) {
        return InMemoryTree.root(rows.subList(0, (int) treeSize).stream().map(Row::entryHash).toList());
    }

    /** Replaces the records from {@code seq} on, with hashes and chain recomputed: a rewrite that hides itself. */
    void rewriteFrom(long seq, String trafficLight) {
        byte[] chain = seq == 1 ? LogHashes.GENESIS : rows.get((int) seq - 2).chainHash();
        for (int i = (int) seq - 1; i < rows.size(); i++) {
            String record = i == seq - 1 ? record(seq, trafficLight) : rows.get(i).record();
            byte[] entry = LogHashes.entryHash(record);
            chain = LogHashes.chainHash(chain, entry);
            rows.set(i, new Row(i + 1, record, entry, chain));
        }
    }

    String export() {
        return rows.stream().map(Row::exportLine).collect(Collectors.joining("\n", "", "\n"));
    }

    String checkpointsJson() {
        return checkpointsJson(checkpoints);
    }

    static String checkpointsJson(List<SignedCheckpoint> checkpoints) {
        ObjectNode page = JSON.createObjectNode();
        page.putArray("checkpoints").addAll(checkpoints.stream().map(SyntheticLog::json).toList());
        return page.toString();
    }

    static ObjectNode json(SignedCheckpoint checkpoint) {
        return JSON.valueToTree(Checkpoint.of(checkpoint));
    }
}
