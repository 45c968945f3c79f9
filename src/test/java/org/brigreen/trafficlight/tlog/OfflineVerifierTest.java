package org.brigreen.trafficlight.tlog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The offline verifier on a log made in memory: an honest export holds, any single changed byte does not. */
public class OfflineVerifierTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private final SyntheticLog log = new SyntheticLog(12, 4, 7, 12);

    /** What one run printed and returned. */
    public record Outcome(int exitCode, String out, String err) {
    }

    public static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = OfflineVerifier.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anHonestExportHolds() throws IOException {
        Outcome outcome = verifyExport(log.export());
        assertEquals(0, outcome.exitCode(), outcome.out());
        assertTrue(outcome.out().startsWith("OK "), outcome.out());
        assertTrue(outcome.out().contains("seq 1 to 12 (12 records)"), outcome.out());
        assertTrue(outcome.out().contains("3 checkpoint roots recomputed"), outcome.out());
    }

    @Test
    void aChangedRecordIsFoundAtItsSeq() throws IOException {
        String export = log.export().replace("\\\"LN-5\\\"", "\\\"LN-6\\\"");
        Outcome outcome = verifyExport(export);
        assertEquals(1, outcome.exitCode());
        assertTrue(outcome.out().startsWith("FAILED at seq 5 "), outcome.out());
        assertTrue(outcome.out().contains("record hash mismatch"), outcome.out());
        assertEquals(1, outcome.out().lines().count(), "one line");
    }

    @Test
    void everySingleChangedByteOfALineIsRejected() throws IOException {
        String export = log.export();
        List<String> lines = export.lines().toList();
        int start = export.indexOf(lines.get(5));
        byte[] bytes = export.getBytes(StandardCharsets.UTF_8);
        int end = start + lines.get(5).getBytes(StandardCharsets.UTF_8).length;
        List<String> accepted = new ArrayList<>();
        for (int i = export.substring(0, start).getBytes(StandardCharsets.UTF_8).length; i < end; i++) {
            byte[] changed = bytes.clone();
            changed[i] ^= 0x01;
            Path file = Files.write(folder.resolve("changed.ndjson"), changed);
            if (run(arguments(file)).exitCode() != 1) {
                accepted.add("byte " + i);
            }
        }
        assertEquals(List.of(), accepted);
    }

    @Test
    void aRemovedLineIsAMissingSeq() throws IOException {
        List<String> lines = new ArrayList<>(log.export().lines().toList());
        lines.remove(8);
        Outcome outcome = verifyExport(String.join("\n", lines));
        assertEquals(1, outcome.exitCode());
        assertTrue(outcome.out().startsWith("FAILED at seq 9 "), outcome.out());
        assertTrue(outcome.out().contains("missing sequence number"), outcome.out());
    }

    @Test
    void anExportThatEndsBeforeASignedCheckpointIsTruncated() throws IOException {
        String export = String.join("\n", log.export().lines().limit(10).toList()) + "\n";
        Outcome outcome = verifyExport(export);
        assertEquals(1, outcome.exitCode(), outcome.out());
        assertTrue(outcome.out().startsWith("FAILED at seq 11 "), outcome.out());
        assertTrue(outcome.out().contains("missing sequence number"), outcome.out());
        assertTrue(outcome.out().contains("tree size 12"), outcome.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"decisionId", "decidedAt", "class", "excluded", "sector", "country", "reference",
            "ruleSet.id", "ruleSet.version", "ruleSet.digest", "org", "batchId"})
    void aFieldOfALineThatDiffersFromItsRecordIsNamed(String field) throws IOException {
        Outcome outcome = verifyExport(withLine(6, line -> {
            ObjectNode holder = field.startsWith("ruleSet.") ? (ObjectNode) line.get("ruleSet") : line;
            String name = field.substring(field.indexOf('.') + 1);
            holder.set(name, otherValue(name, holder.get(name)));
        }));
        assertEquals(1, outcome.exitCode(), outcome.out());
        assertTrue(outcome.out().startsWith("FAILED at seq 6 "), outcome.out());
        assertTrue(outcome.out().contains("column mismatch"), outcome.out());
        assertTrue(outcome.out().contains("\"" + field + "\""), outcome.out());
    }

    @Test
    void aLineWithAFieldLeftOutOrAddedIsRejected() throws IOException {
        Outcome without = verifyExport(withLine(6, line -> line.remove("org")));
        assertEquals(1, without.exitCode(), without.out());
        assertTrue(without.out().startsWith("FAILED at seq 6 "), without.out());
        assertTrue(without.out().contains("\"org\""), without.out());

        Outcome added = verifyExport(withLine(6, line -> line.put("approved", true)));
        assertEquals(1, added.exitCode(), added.out());
        assertTrue(added.out().contains("\"approved\""), added.out());

        Outcome noBatch = verifyExport(withLine(5,
                line -> line.put("batchId", "0b0e9c7e-4d0e-4c69-9f2a-6f3c1a2b3c4d")));
        assertEquals(1, noBatch.exitCode(), noBatch.out());
        assertTrue(noBatch.out().contains("\"batchId\""), noBatch.out());
    }

    @Test
    void aLineWithOnlyItsRecordAndHashesIsEnough() throws IOException {
        String minimal = log.export().lines().map(line -> {
            ObjectNode json = (ObjectNode) readJson(line);
            json.retain("seq", "entryHash", "chainHash", "record");
            return json.toString();
        }).collect(Collectors.joining("\n", "", "\n"));
        Outcome outcome = verifyExport(minimal);
        assertEquals(0, outcome.exitCode(), outcome.out());
    }

    @Test
    void aRewrittenLogWithItsChainRecomputedFailsAtTheNextCheckpoint() throws IOException {
        log.rewriteFrom(5, "red");
        Outcome outcome = verifyExport(log.export());
        assertEquals(1, outcome.exitCode());
        assertTrue(outcome.out().startsWith("FAILED at seq 7 "), outcome.out());
        assertTrue(outcome.out().contains("checkpoint root mismatch"), outcome.out());
    }

    @Test
    void aNonCanonicalRecordWithMatchingHashesIsRejected() throws IOException {
        SyntheticLog.Row row = log.rows.get(2);
        String spaced = row.record().replace(",", ", ");
        log.rows.set(2, row.withRecord(spaced));
        Outcome outcome = verifyExport(rehashed(log.rows));
        assertEquals(1, outcome.exitCode(), outcome.out());
        assertTrue(outcome.out().startsWith("FAILED at seq 3 "), outcome.out());
        assertTrue(outcome.out().contains("not canonical"), outcome.out());
    }

    @Test
    void anExportFromTheMiddleChecksItsChainAndTheSignatures() throws IOException {
        String tail = String.join("\n", log.export().lines().skip(5).toList());
        Outcome outcome = verifyExport(tail);
        assertEquals(0, outcome.exitCode(), outcome.out());
        assertTrue(outcome.out().contains("seq 6 to 12 (7 records)"), outcome.out());
        assertTrue(outcome.out().contains("no checkpoint roots"), outcome.out());
    }

    @Test
    void aCheckpointLinkedToOneThatIsNotGivenIsMissing() throws IOException {
        log.checkpoints.remove(1);
        Outcome outcome = verifyExport(log.export());
        assertEquals(1, outcome.exitCode(), outcome.out());
        assertTrue(outcome.out().contains("missing checkpoint: the checkpoint of tree size 7 is missing"),
                outcome.out());
    }

    @Test
    void aSavedCheckpointThatTheChainSkipsIsNamed() throws IOException {
        Path saved = Files.writeString(folder.resolve("saved.json"), SyntheticLog.checkpointsJson(
                List.of(log.sign(9, log.checkpoints.get(1).signedAt().plusSeconds(1), 7))));
        Outcome outcome = run(concat(arguments(Files.writeString(folder.resolve("export.ndjson"), log.export())),
                "--saved-checkpoints", saved.toString()));
        assertEquals(1, outcome.exitCode(), outcome.out());
        assertTrue(outcome.out().contains("checkpoint chain break: the checkpoint of tree size 9 is not in the "
                + "chain"), outcome.out());
    }

    @Test
    void aSavedCheckpointThatIsNoLongerServedIsMissing() throws IOException {
        Path saved = Files.writeString(folder.resolve("saved.json"), log.checkpointsJson());
        Path export = Files.writeString(folder.resolve("export.ndjson"), log.export());
        Outcome kept = run(concat(arguments(export), "--saved-checkpoints", saved.toString()));
        assertEquals(0, kept.exitCode(), kept.out());
        assertTrue(kept.out().contains("every one of 3 saved checkpoints is still served"), kept.out());

        log.checkpoints.remove(2);
        Outcome outcome = run(concat(arguments(export), "--saved-checkpoints", saved.toString()));
        assertEquals(1, outcome.exitCode(), outcome.out());
        assertTrue(outcome.out().lines().anyMatch(line -> line.startsWith("FAILED at tree size 12 ")), outcome.out());
        assertTrue(outcome.out().contains("missing checkpoint"), outcome.out());
    }

    @Test
    void unlinkedCheckpointsSignedBeforeCheckpointsWereLinkedStillVerify() throws IOException {
        log.checkpoints.set(0, log.signUnlinked(4, log.checkpoints.get(0).signedAt()));
        log.checkpoints.set(1, log.signUnlinked(7, log.checkpoints.get(1).signedAt()));
        Outcome outcome = verifyExport(log.export());
        assertEquals(0, outcome.exitCode(), outcome.out());
        assertTrue(outcome.out().contains("1 links to the checkpoint before checked"), outcome.out());
    }

    @Test
    void anInclusionProofVerifiesAgainstItsSignedCheckpointAndAChangedOneDoesNot() throws IOException {
        ObjectNode proof = inclusionProof(5, 7);
        assertEquals(0, run(proofArguments(write("proof.json", proof))).exitCode());
        proof.withArray("auditPath").set(0, proof.withArray("auditPath").get(1));
        Outcome changed = run(proofArguments(write("changed.json", proof)));
        assertEquals(1, changed.exitCode());
        assertTrue(changed.out().startsWith("FAILED "), changed.out());
    }

    @Test
    void aProofWithoutItsCheckpointTakesItFromTheCheckpointFiles() throws IOException {
        ObjectNode proof = inclusionProof(2, 12);
        proof.remove("checkpoint");
        Path file = write("proof.json", proof);
        assertEquals(1, run(proofArguments(file)).exitCode(), "no checkpoint to verify against");
        Path checkpoints = Files.writeString(folder.resolve("checkpoints.json"), log.checkpointsJson());
        Outcome outcome = run(concat(proofArguments(file), "--checkpoints", checkpoints.toString()));
        assertEquals(0, outcome.exitCode(), outcome.out());
    }

    @Test
    void aConsistencyProofVerifiesAgainstBothCheckpoints() throws IOException {
        ObjectNode proof = JSON.createObjectNode();
        proof.put("fromTreeSize", 4).put("toTreeSize", 12);
        proof.put("fromRootHash", HashText.encode(log.checkpoints.get(0).rootHash()));
        proof.put("toRootHash", HashText.encode(log.checkpoints.get(2).rootHash()));
        InMemoryTree.consistencyProof(4, leafHashes(12))
                .forEach(hash -> proof.withArray("consistencyPath").add(HashText.encode(hash)));
        proof.set("fromCheckpoint", SyntheticLog.json(log.checkpoints.get(0)));
        proof.set("toCheckpoint", SyntheticLog.json(log.checkpoints.get(2)));
        Outcome outcome = run(proofArguments(write("consistency.json", proof)));
        assertEquals(0, outcome.exitCode(), outcome.out());
        ((ObjectNode) proof.get("toCheckpoint")).put("signedAt", "2026-05-20T08:15:31.000000Z");
        Outcome forged = run(proofArguments(write("forged.json", proof)));
        assertEquals(1, forged.exitCode(), forged.out());
        assertTrue(forged.out().contains("bad signature"), forged.out());
    }

    @Test
    void wrongArgumentsExitWith2() {
        assertEquals(2, run().exitCode());
        assertEquals(2, run("--export", "x.ndjson").exitCode());
        assertEquals(2, run("--public-key").exitCode());
        assertEquals(2, run("--public-key", "k.pem", "--unknown", "x").exitCode());
    }

    // --- helpers --------------------------------------------------------------------------------------------

    /** The export with the line of {@code seq} changed. */
    private String withLine(long seq, Consumer<ObjectNode> change) {
        return log.export().lines().map(line -> {
            ObjectNode json = (ObjectNode) readJson(line);
            if (json.get("seq").asLong() == seq) {
                change.accept(json);
            }
            return json.toString();
        }).collect(Collectors.joining("\n", "", "\n"));
    }

    /** A value of the same kind as {@code value}, and different. */
    private static JsonNode otherValue(String name, JsonNode value) {
        return switch (name) {
            case "decisionId", "batchId" -> JSON.getNodeFactory().textNode("0b0e9c7e-4d0e-4c69-9f2a-6f3c1a2b3c4d");
            case "decidedAt" -> JSON.getNodeFactory().textNode(
                    java.time.Instant.parse(value.asText()).plusSeconds(3600).toString());
            case "excluded" -> JSON.getNodeFactory().booleanNode(!value.asBoolean());
            case "class" -> JSON.getNodeFactory().textNode("red");
            case "sector" -> JSON.getNodeFactory().textNode("solar_pv");
            case "country" -> JSON.getNodeFactory().textNode("PK");
            case "digest" -> JSON.getNodeFactory().textNode("sha256:" + "cd".repeat(32));
            default -> JSON.getNodeFactory().textNode(value.asText() + "-forged");
        };
    }

    private static JsonNode readJson(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Outcome verifyExport(String export) throws IOException {
        return run(arguments(Files.writeString(folder.resolve("export.ndjson"), export)));
    }

    private String[] arguments(Path export) throws IOException {
        Path key = Files.writeString(folder.resolve("key.pem"), Ed25519Keys.pem(log.key.getPublic()));
        Path checkpoints = Files.writeString(folder.resolve("checkpoints.json"), log.checkpointsJson());
        return new String[] {"--public-key", key.toString(), "--export", export.toString(), "--checkpoints",
                checkpoints.toString()};
    }

    private String[] proofArguments(Path proof) throws IOException {
        Path key = Files.writeString(folder.resolve("key.pem"), Ed25519Keys.pem(log.key.getPublic()));
        return new String[] {"--public-key", key.toString(), "--proof", proof.toString()};
    }

    private ObjectNode inclusionProof(long seq, long treeSize) {
        ObjectNode proof = JSON.createObjectNode();
        proof.put("seq", seq).put("leafIndex", seq - 1).put("treeSize", treeSize);
        proof.put("leafHash", HashText.encode(log.rows.get((int) seq - 1).entryHash()));
        InMemoryTree.inclusionProof(seq - 1, leafHashes(treeSize))
                .forEach(hash -> proof.withArray("auditPath").add(HashText.encode(hash)));
        log.checkpoints.stream().filter(c -> c.treeSize() == treeSize).findFirst()
                .ifPresent(c -> proof.set("checkpoint", SyntheticLog.json(c)));
        return proof;
    }

    private List<byte[]> leafHashes(long size) {
        return log.rows.subList(0, (int) size).stream().map(SyntheticLog.Row::entryHash).toList();
    }

    /** The rows with entry and chain hashes recomputed from their records, and the checkpoints signed anew. */
    private String rehashed(List<SyntheticLog.Row> rows) {
        byte[] chain = org.brigreen.trafficlight.tlog.LogHashes.GENESIS;
        List<SyntheticLog.Row> rehashed = new ArrayList<>();
        for (SyntheticLog.Row row : rows) {
            byte[] entry = org.brigreen.trafficlight.tlog.LogHashes.entryHash(row.record());
            chain = org.brigreen.trafficlight.tlog.LogHashes.chainHash(chain, entry);
            rehashed.add(row.withHashes(entry, chain));
        }
        log.rows.clear();
        log.rows.addAll(rehashed);
        log.checkpoints.replaceAll(log::resign);
        return log.export();
    }

    private Path write(String name, ObjectNode json) throws IOException {
        return Files.writeString(folder.resolve(name), json.toString());
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
