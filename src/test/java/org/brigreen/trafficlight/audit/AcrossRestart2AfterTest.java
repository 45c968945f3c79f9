package org.brigreen.trafficlight.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Map;
import org.brigreen.trafficlight.tlog.OfflineVerifierTest.Outcome;
import org.brigreen.trafficlight.tlog.OfflineVerifierTest;
import org.brigreen.trafficlight.tlog.SignedCheckpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.brigreen.trafficlight.audit.AuditTestSupport.classify;
import static org.brigreen.trafficlight.audit.AuditTestSupport.consistencyHolds;
import static org.brigreen.trafficlight.audit.AuditTestSupport.eventually;
import static org.brigreen.trafficlight.audit.AuditTestSupport.getJson;
import static org.brigreen.trafficlight.audit.AuditTestSupport.inclusionHolds;
import static org.brigreen.trafficlight.audit.AuditTestSupport.publicKey;
import static org.brigreen.trafficlight.audit.AuditTestSupport.signed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After the restart that follows {@link AcrossRestart1BeforeTest}: the same key signs; with checkpoints every 2
 * seconds (and a record count too large to matter), a checkpoint follows a new record; the proof obtained before the
 * restart verifies against a checkpoint signed after it, and a proof obtained after it against the checkpoint signed
 * before.
 */
@QuarkusTest
@TestProfile(AcrossRestart2AfterTest.EveryTwoSeconds.class)
class AcrossRestart2AfterTest {

    /** A checkpoint every 2 seconds; the record count never comes during the test. */
    public static class EveryTwoSeconds implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(Checkpointer.RECORDS_PROPERTY, "1000000", Checkpointer.INTERVAL_PROPERTY, "2s");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @TempDir
    Path folder;

    @Test
    void proofsFromBeforeTheRestartVerifyAgainstCheckpointsSignedAfterItAndTheOtherWayRound() throws Exception {
        RestartEvidence before = RestartEvidence.load();
        PublicKey key = publicKey();
        assertEquals(before.keyId(), getJson("/v1/audit/public-key").get("keyId").asText(), "the same key signs");
        SignedCheckpoint signedBefore = signed(before.checkpoint(), key);

        String decision = classify("RESTART-AFTER");
        long seq = new AuditTestSupport(dataSource).seqOf(decision);
        assertTrue(eventually(Duration.ofSeconds(15),
                () -> getJson("/v1/audit/checkpoints/latest").get("treeSize").asLong() >= seq),
                "no checkpoint followed within the interval");
        SignedCheckpoint signedAfter = signed(getJson("/v1/audit/checkpoints/latest"), key);
        assertTrue(signedAfter.signedAt().isAfter(signedBefore.signedAt()));

        // Obtained before, verified against a checkpoint signed after: the saved inclusion proof holds for the
        // checkpoint as served now, and a consistency proof carries its root to the checkpoint signed after.
        JsonNode servedNow = getJson("/v1/audit/checkpoints?from=" + signedBefore.treeSize() + "&limit=1")
                .get("checkpoints").get(0);
        assertEquals(before.checkpoint(), servedNow, "the checkpoint is unchanged");
        JsonNode consistency = getJson("/v1/audit/consistency?from=" + signedBefore.treeSize() + "&to="
                + signedAfter.treeSize());
        assertTrue(inclusionHolds(before.proof(), signedBefore));
        assertTrue(consistencyHolds(consistency, signedBefore, signedAfter));

        // Obtained after, verified against the checkpoint signed before the restart, and against the new one.
        JsonNode proofNow = getJson("/v1/decisions/" + before.decisionId() + "/proof?treeSize="
                + signedBefore.treeSize());
        assertTrue(inclusionHolds(proofNow, signedBefore));
        assertTrue(inclusionHolds(getJson("/v1/decisions/" + before.decisionId() + "/proof?treeSize="
                + signedAfter.treeSize()), signedAfter));
        assertTrue(inclusionHolds(getJson("/v1/decisions/" + decision + "/proof?treeSize="
                + signedAfter.treeSize()), signedAfter));

        Outcome offline = OfflineVerifierTest.run("--public-key", write("key.pem",
                        getJson("/v1/audit/public-key").get("publicKeyPem").asText()).toString(),
                "--proof", write("before.json", before.proof().toString()).toString(),
                "--proof", write("consistency.json", consistency.toString()).toString());
        assertEquals(0, offline.exitCode(), offline.out() + offline.err());
    }

    private Path write(String name, String content) throws java.io.IOException {
        return Files.writeString(folder.resolve(name), content);
    }
}
