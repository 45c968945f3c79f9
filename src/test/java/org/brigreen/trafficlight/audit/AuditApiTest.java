package org.brigreen.trafficlight.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.security.PublicKey;
import java.sql.SQLException;
import java.util.UUID;
import org.brigreen.trafficlight.tlog.Ed25519Keys;
import org.brigreen.trafficlight.tlog.HashText;
import org.brigreen.trafficlight.tlog.MerkleTree;
import org.brigreen.trafficlight.tlog.SignedCheckpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.audit.AuditTestSupport.classify;
import static org.brigreen.trafficlight.audit.AuditTestSupport.consistencyHolds;
import static org.brigreen.trafficlight.audit.AuditTestSupport.getJson;
import static org.brigreen.trafficlight.audit.AuditTestSupport.inclusionHolds;
import static org.brigreen.trafficlight.audit.AuditTestSupport.json;
import static org.brigreen.trafficlight.audit.AuditTestSupport.publicKey;
import static org.brigreen.trafficlight.audit.AuditTestSupport.signed;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit API over the real log: signed checkpoints, inclusion and consistency proofs that verify against them,
 * verification of the stored log, and a problem for everything a client can get wrong.
 */
@QuarkusTest
class AuditApiTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Checkpointer checkpointer;

    @Inject
    AuditSigningKey signingKey;

    private AuditTestSupport log;

    @BeforeEach
    void setUp() {
        log = new AuditTestSupport(dataSource);
    }

    @Test
    void thePublicKeyIsTheSigningKeyWithItsKeyId() {
        JsonNode key = getJson("/v1/audit/public-key");
        assertEquals("Ed25519", key.get("algorithm").asText());
        PublicKey publicKey = Ed25519Keys.readPublicKey(key.get("publicKeyPem").asText());
        assertEquals(HashText.encode(Ed25519Keys.keyId(publicKey)), key.get("keyId").asText());
        assertEquals(HashText.encode(signingKey.keyId()), key.get("keyId").asText());
    }

    @Test
    void aCheckpointCoversTheWholeLogIsSignedAndIsNotRepeatedWhenNothingIsNew() throws SQLException {
        String decision = classify("AUDIT-CHECKPOINT");
        long seq = log.seqOf(decision);
        SignedCheckpoint made = checkpointer.checkpointNow().orElseThrow();
        assertTrue(made.treeSize() >= seq);
        SignedCheckpoint latest = signed(getJson("/v1/audit/checkpoints/latest"), publicKey());
        assertEquals(made.treeSize(), latest.treeSize());
        assertEquals(HashText.encode(made.rootHash()), HashText.encode(latest.rootHash()));

        long checkpoints = log.checkpointCount();
        assertEquals(made.treeSize(), checkpointer.checkpointNow().orElseThrow().treeSize());
        assertTrue(checkpointer.checkpointIfDue().isEmpty(), "nothing new, nothing due");
        assertEquals(checkpoints, log.checkpointCount(), "nothing new, no checkpoint");
        assertEquals(made.treeSize(), getJson("/v1/audit/checkpoints/latest").get("treeSize").asLong());
    }

    @Test
    void checkpointsAreListedAscendingFromATreeSizeInBoundedPages() {
        classify("AUDIT-LIST-1");
        long first = checkpointer.checkpointNow().orElseThrow().treeSize();
        classify("AUDIT-LIST-2");
        long second = checkpointer.checkpointNow().orElseThrow().treeSize();

        JsonNode page = getJson("/v1/audit/checkpoints?from=" + first + "&limit=1");
        assertEquals(1, page.get("checkpoints").size());
        assertEquals(first, page.get("checkpoints").get(0).get("treeSize").asLong());
        assertEquals(first + 1, page.get("nextFrom").asLong());
        JsonNode rest = getJson("/v1/audit/checkpoints?from=" + page.get("nextFrom").asLong());
        assertEquals(second, rest.get("checkpoints").get(0).get("treeSize").asLong());
        assertFalse(rest.has("nextFrom"), "the last page");

        JsonNode all = getJson("/v1/audit/checkpoints");
        long previous = 0;
        for (JsonNode checkpoint : all.get("checkpoints")) {
            assertTrue(checkpoint.get("treeSize").asLong() > previous, "ascending");
            previous = checkpoint.get("treeSize").asLong();
            signed(checkpoint, publicKey());
        }
    }

    @Test
    void anInclusionProofVerifiesAgainstTheSignedCheckpointOfItsTreeSize() throws SQLException {
        String decision = classify("AUDIT-INCLUSION");
        long seq = log.seqOf(decision);
        SignedCheckpoint checkpoint = checkpointer.checkpointNow().orElseThrow();

        JsonNode proof = getJson("/v1/decisions/" + decision + "/proof");
        assertEquals(decision, proof.get("decisionId").asText());
        assertEquals(seq, proof.get("seq").asLong());
        assertEquals(seq - 1, proof.get("leafIndex").asLong());
        assertEquals(checkpoint.treeSize(), proof.get("treeSize").asLong(), "by default the latest checkpoint");
        assertEquals(HashText.encode(log.row(seq).entryHash()), proof.get("leafHash").asText());
        SignedCheckpoint served = signed(proof.get("checkpoint"), publicKey());
        assertTrue(inclusionHolds(proof, served));

        JsonNode smallest = getJson("/v1/decisions/" + decision + "/proof?treeSize=" + seq);
        assertEquals(seq, smallest.get("treeSize").asLong());
        assertTrue(MerkleTree.verifyInclusion(seq - 1, seq, HashText.decodeHash(smallest.get("leafHash").asText()),
                AuditTestSupport.hashes(smallest.get("auditPath")),
                HashText.decodeHash(smallest.get("rootHash").asText())));
    }

    @Test
    void aProofForATreeSizeWithoutACheckpointHasNone() throws SQLException {
        String decision = classify("AUDIT-UNSIGNED-SIZE");
        classify("AUDIT-UNSIGNED-SIZE-NEXT");
        long seq = log.seqOf(decision);
        JsonNode proof = getJson("/v1/decisions/" + decision + "/proof?treeSize=" + seq);
        assertEquals(seq, proof.get("treeSize").asLong());
        assertEquals(log.checkpointExistsAt(seq), proof.has("checkpoint"), proof.toString());
    }

    @Test
    void aConsistencyProofVerifiesAgainstTwoSignedCheckpoints() {
        classify("AUDIT-CONSISTENCY-1");
        SignedCheckpoint first = checkpointer.checkpointNow().orElseThrow();
        classify("AUDIT-CONSISTENCY-2");
        classify("AUDIT-CONSISTENCY-3");
        SignedCheckpoint second = checkpointer.checkpointNow().orElseThrow();

        JsonNode proof = getJson("/v1/audit/consistency?from=" + first.treeSize() + "&to=" + second.treeSize());
        PublicKey key = publicKey();
        SignedCheckpoint from = signed(proof.get("fromCheckpoint"), key);
        SignedCheckpoint to = signed(proof.get("toCheckpoint"), key);
        assertTrue(consistencyHolds(proof, from, to));
        assertTrue(consistencyHolds(getJson("/v1/audit/consistency?from=" + first.treeSize()), from, to),
                "to is by default the latest checkpoint's tree size");

        JsonNode same = getJson("/v1/audit/consistency?from=" + second.treeSize() + "&to=" + second.treeSize());
        assertEquals(0, same.get("consistencyPath").size());
    }

    @Test
    void aSoundLogVerifiesAsAWholeAndInRanges() throws SQLException {
        String first = classify("AUDIT-VERIFY-1");
        classify("AUDIT-VERIFY-2");
        String last = classify("AUDIT-VERIFY-3");
        checkpointer.checkpointNow();
        long from = log.seqOf(first);
        long to = log.seqOf(last);

        JsonNode range = verify("?from=" + from + "&to=" + to);
        assertTrue(range.get("intact").asBoolean(), range.toString());
        assertEquals(3, range.get("recordsChecked").asLong());
        assertEquals(1, range.get("checkpointsChecked").asLong(), "the checkpoint at " + to);

        JsonNode whole = verify("");
        assertTrue(whole.get("intact").asBoolean(), whole.toString());
        assertEquals(1, whole.get("from").asLong());
        assertEquals(whole.get("to").asLong(), whole.get("recordsChecked").asLong());
        assertFalse(whole.has("firstFailure"));
    }

    @Test
    void whatAClientGetsWrongIsA400Or404Problem() {
        String decision = classify("AUDIT-ERRORS");
        long logSize = getJson("/v1/decisions/" + decision + "/proof").get("treeSize").asLong();
        problem("/v1/decisions/" + decision + "/proof?treeSize=abc", 400, "treeSize");
        problem("/v1/decisions/" + decision + "/proof?treeSize=0", 400, "treeSize");
        problem("/v1/decisions/" + decision + "/proof?treeSize=" + (logSize + 1000), 400, "treeSize");
        problem("/v1/decisions/" + decision + "/proof?treeSize=1", 400, "treeSize");
        problem("/v1/decisions/not-a-uuid/proof", 400, "id");
        given().when().get("/v1/decisions/not-a-uuid/proof?treeSize=x").then().statusCode(400)
                .body("errors.pointer", org.hamcrest.Matchers.contains("id", "treeSize"));
        problem("/v1/decisions/" + UUID.randomUUID() + "/proof", 404, null);
        problem("/v1/audit/checkpoints?limit=0", 400, "limit");
        problem("/v1/audit/checkpoints?limit=1001", 400, "limit");
        problem("/v1/audit/checkpoints?from=x", 400, "from");
        problem("/v1/audit/consistency", 400, "from");
        problem("/v1/audit/consistency?from=2&to=1", 400, "from");
        problem("/v1/audit/consistency?from=1&to=" + (logSize + 1000), 400, "to");
        problem("/v1/audit/consistency?from=99999999999999999999", 400, "from");
        given().when().post("/v1/audit/verify?from=" + (logSize + 1000))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("from"));
        given().when().post("/v1/audit/verify?from=3&to=2")
                .then().statusCode(400).body("errors[0].pointer", equalTo("from"));
    }

    private static JsonNode verify(String query) {
        return json(given().when().post("/v1/audit/verify" + query).then().statusCode(200).extract().asString());
    }

    private static void problem(String path, int status, String pointer) {
        var response = given().when().get(path).then().statusCode(status)
                .contentType("application/problem+json").body("status", equalTo(status));
        if (pointer != null) {
            response.body("errors[0].pointer", equalTo(pointer));
        }
    }
}
