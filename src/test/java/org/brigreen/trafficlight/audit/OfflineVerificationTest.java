package org.brigreen.trafficlight.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.security.Api;
import org.brigreen.trafficlight.tlog.OfflineVerifierTest.Outcome;
import org.brigreen.trafficlight.tlog.OfflineVerifierTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.brigreen.trafficlight.audit.AuditTestSupport.classify;
import static org.brigreen.trafficlight.audit.AuditTestSupport.getJson;
import static org.brigreen.trafficlight.security.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The offline verifier on what the service really publishes: an export of the log, the checkpoint pages, the public
 * key and saved proofs. An honest export verifies; one with a single byte changed names the record.
 */
@QuarkusTest
class OfflineVerificationTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Checkpointer checkpointer;

    @TempDir
    Path folder;

    private AuditTestSupport log;

    @BeforeEach
    void setUp() {
        log = new AuditTestSupport(dataSource);
    }

    @Test
    void anHonestExportVerifiesAndOneWithASingleChangedByteFailsAtThatRecord() throws Exception {
        String decision = classify("OFFLINE-EXPORT");
        classify("OFFLINE-EXPORT-NEXT");
        long seq = log.seqOf(decision);
        long treeSize = checkpointer.checkpointNow().orElseThrow().treeSize();
        Path export = folder.resolve("decisions.ndjson");
        log.export(1, treeSize, export);
        List<String> publicFiles = publicFiles();

        Outcome honest = run(publicFiles, "--export", export.toString());
        assertEquals(0, honest.exitCode(), honest.out() + honest.err());
        assertTrue(honest.out().startsWith("OK " + export + ": seq 1 to " + treeSize), honest.out());

        Path changed = folder.resolve("changed.ndjson");
        Files.write(changed, oneByteChanged(Files.readAllBytes(export), seq));
        Outcome outcome = run(publicFiles, "--export", changed.toString());
        assertEquals(1, outcome.exitCode(), outcome.out());
        assertTrue(outcome.out().startsWith("FAILED at seq " + seq + " "), outcome.out());
        assertTrue(outcome.out().contains("record hash mismatch"), outcome.out());
    }

    @Test
    void anExportLineWhoseClassWasEditedFailsAtThatRecord() throws Exception {
        long seq = log.seqOf(classify("OFFLINE-CLASS"));
        classify("OFFLINE-CLASS-NEXT");
        checkpointer.checkpointNow();
        Path export = log.regulatorExport(seq, folder.resolve("decisions.ndjson"));
        List<String> publicFiles = publicFiles();
        Outcome honest = run(publicFiles, "--export", export.toString());
        assertEquals(0, honest.exitCode(), honest.out() + honest.err());

        String text = Files.readString(export);
        assertTrue(text.startsWith("{\"seq\":" + seq + ","), text);
        Path edited = Files.writeString(folder.resolve("edited.ndjson"),
                text.replaceFirst("\"class\":\"green\"", "\"class\":\"red\""));
        Outcome outcome = run(publicFiles, "--export", edited.toString());
        assertEquals(1, outcome.exitCode(), outcome.out());
        assertTrue(outcome.out().startsWith("FAILED at seq " + seq + " "), outcome.out());
        assertTrue(outcome.out().contains("\"class\""), outcome.out());
    }

    @Test
    void everyEntryOfTheLogCarriesTheOrganisationAndTheBatchOfItsRecord() throws Exception {
        String single = classify("OFFLINE-ORG");
        String batch = given().contentType("application/x-ndjson")
                .body((Descriptors.solarPark().put("reference", "OFFLINE-BATCH") + "\n")
                        .getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/classifications/batch").then().statusCode(201)
                .extract().header("Location").replaceFirst(".*/", "");
        long seq = log.seqOf(single);
        List<JsonNode> lines = Files.readAllLines(log.regulatorExport(seq, folder.resolve("decisions.ndjson")))
                .stream().map(AuditTestSupport::json).toList();
        assertEquals(2, lines.size(), lines.toString());
        assertEquals(Api.ORG, lines.get(0).path("org").asText(), lines.get(0).toString());
        assertFalse(lines.get(0).has("batchId"), lines.get(0).toString());
        assertEquals(Api.ORG, lines.get(1).path("org").asText(), lines.get(1).toString());
        assertEquals(batch, lines.get(1).path("batchId").asText(), lines.get(1).toString());

        JsonNode page = getJson("/v1/decisions?reference=OFFLINE-BATCH");
        assertEquals(batch, page.at("/items/0/batchId").asText(), page.toString());
        assertEquals(Api.ORG, page.at("/items/0/org").asText(), page.toString());
        String csv = given().accept("text/csv").queryParam("reference", "OFFLINE-BATCH").when().get("/v1/decisions")
                .then().statusCode(200).extract().asString();
        assertTrue(csv.startsWith("seq,decision_id,"), csv);
        assertTrue(csv.lines().findFirst().orElseThrow().endsWith(",org,batch_id,supersedes"), csv);
        assertTrue(csv.lines().skip(1).findFirst().orElseThrow().endsWith("," + Api.ORG + "," + batch + ","), csv);
    }

    @Test
    void savedProofsVerifyAgainstTheSignedCheckpointsAndTheKey() throws Exception {
        String decision = classify("OFFLINE-PROOF");
        long from = checkpointer.checkpointNow().orElseThrow().treeSize();
        String other = classify("OFFLINE-PROOF-NEXT");
        long to = checkpointer.checkpointNow().orElseThrow().treeSize();
        Path inclusion = save("inclusion.json", getJson("/v1/decisions/" + decision + "/proof?treeSize=" + from));
        Path consistency = save("consistency.json", getJson("/v1/audit/consistency?from=" + from + "&to=" + to));
        List<String> publicFiles = publicFiles();

        Outcome outcome = run(publicFiles, "--proof", inclusion.toString(), "--proof", consistency.toString());
        assertEquals(0, outcome.exitCode(), outcome.out() + outcome.err());
        assertEquals(2, outcome.out().lines().filter(line -> line.startsWith("OK ")).count(), outcome.out());

        ObjectNode forged = (ObjectNode) getJson("/v1/decisions/" + other + "/proof?treeSize=" + to);
        forged.set("leafHash", AuditTestSupport.JSON.readTree(Files.readString(inclusion)).get("leafHash"));
        Outcome rejected = run(publicFiles, "--proof", save("forged.json", forged).toString());
        assertEquals(1, rejected.exitCode(), rejected.out());
        assertTrue(rejected.out().startsWith("FAILED "), rejected.out());
    }

    /** The public key and every checkpoint page, as a regulator downloads them; as verifier arguments. */
    private List<String> publicFiles() throws IOException {
        List<String> arguments = new ArrayList<>(AuditTestSupport.publicKeyFile(folder));
        arguments.addAll(AuditTestSupport.checkpointFiles(folder, "checkpoints", "--checkpoints"));
        return arguments;
    }

    /** The export with one byte of the record of {@code seq} changed: "solar_pv" becomes "solar_pw". */
    private static byte[] oneByteChanged(byte[] export, long seq) {
        String text = new String(export, StandardCharsets.UTF_8);
        int line = text.indexOf("{\"seq\":" + seq + ",");
        int at = text.indexOf("solar_pv", line) + "solar_p".length();
        assertTrue(line >= 0 && at > line && at < text.indexOf('\n', line), "the record of seq " + seq);
        byte[] changed = export.clone();
        int offset = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        changed[offset] = 'w';
        return changed;
    }

    private Path save(String name, JsonNode json) throws IOException {
        return Files.writeString(folder.resolve(name), json.toString());
    }

    private static Outcome run(List<String> arguments, String... more) {
        List<String> all = new ArrayList<>(arguments);
        all.addAll(List.of(more));
        return OfflineVerifierTest.run(all.toArray(String[]::new));
    }
}
