package org.brigreen.trafficlight.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.brigreen.trafficlight.decisionlog.LogHashes;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * A decision log made in memory, with the service's hashing and signing, for tests that need no database: records
 * (canonical JSON), their entry and chain hashes, checkpoints signed at chosen tree sizes, and its export as NDJSON.
 */
final class SyntheticLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One row of the log. */
    record Row(long seq, String record, byte[] entryHash, byte[] chainHash) {

        Row withRecord(String changed) {
            return new Row(seq, changed, entryHash, chainHash);
        }

        Row withHashes(byte[] entry, byte[] chain) {
            return new Row(seq, record, entry, chain);
        }

        String exportLine() {
            ObjectNode line = JSON.createObjectNode();
            line.put("seq", seq);
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
        for (long treeSize : checkpointSizes) {
            checkpoints.add(sign(treeSize, Instant.parse("2026-05-20T08:15:30.123456Z").plusSeconds(treeSize)));
        }
    }

    /** A canonical record, as the service writes one. */
    static String record(long seq, String trafficLight) {
        try {
            return new JsonCanonicalizer("{\"seq\": " + seq + ", \"assessment\": {\"trafficLight\": \"" + trafficLight
                    + "\"}, \"descriptor\": {\"country\": \"KE\", \"name\": \"Lake Turkana wind \u98ce\u7535\"}}")
                    .getEncodedString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SignedCheckpoint sign(long treeSize, Instant signedAt) {
        byte[] root = MerkleTree.root(rows.subList(0, (int) treeSize).stream().map(Row::entryHash).toList());
        return new SignedCheckpoint(treeSize, root, signedAt, Ed25519Keys.keyId(key.getPublic()),
                Ed25519Keys.sign(key.getPrivate(), SignedCheckpoint.message(treeSize, root, signedAt)));
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
        ObjectNode page = JSON.createObjectNode();
        page.putArray("checkpoints").addAll(checkpoints.stream().map(SyntheticLog::json).toList());
        return page.toString();
    }

    static ObjectNode json(SignedCheckpoint checkpoint) {
        return JSON.valueToTree(Checkpoint.of(checkpoint));
    }
}
