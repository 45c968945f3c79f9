package org.brigreen.trafficlight.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.audit.AuditTestSupport.classify;
import static org.brigreen.trafficlight.audit.AuditTestSupport.eventually;
import static org.brigreen.trafficlight.audit.AuditTestSupport.getJson;
import static org.brigreen.trafficlight.audit.AuditTestSupport.inclusionHolds;
import static org.brigreen.trafficlight.audit.AuditTestSupport.publicKey;
import static org.brigreen.trafficlight.audit.AuditTestSupport.signed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Before a restart: with checkpoints every 3 records (and an interval too long to matter), a checkpoint follows the
 * third record after the latest checkpoint and not before (only the very first checkpoint of a log is signed at
 * once); a decision newer than the latest checkpoint is proven in the log as it is, without
 * one. What it sees is saved for {@link AcrossRestart2AfterTest}, which runs next, in a restarted service over the
 * same database and key folder (Quarkus restarts the application for each test profile, and orders test classes
 * by name).
 */
@QuarkusTest
@TestProfile(AcrossRestart1BeforeTest.EveryThreeRecords.class)
class AcrossRestart1BeforeTest {

    /** A checkpoint every 3 records; the interval never comes during the test. */
    public static class EveryThreeRecords implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(Checkpointer.RECORDS_PROPERTY, "3", Checkpointer.INTERVAL_PROPERTY, "1h");
        }
    }

    @Inject
    Checkpointer checkpointer;

    @Test
    void aCheckpointFollowsEveryThirdRecordAndWhatItSignsIsKeptForAfterTheRestart() throws Exception {
        classify("RESTART-0");
        long covered = checkpointer.checkpointNow().orElseThrow().treeSize();
        String decision = classify("RESTART-1");
        classify("RESTART-2");
        assertTrue(checkpointer.checkpointIfDue().isEmpty(), "2 records of 3: not due yet");

        JsonNode unsigned = getJson("/v1/decisions/" + decision + "/proof");
        assertEquals(covered + 2, unsigned.get("treeSize").asLong(), "newer than the latest checkpoint: the log now");
        assertFalse(unsigned.has("checkpoint"));
        assertEquals(covered, getJson("/v1/audit/checkpoints/latest").get("treeSize").asLong());

        classify("RESTART-3");
        assertTrue(eventually(Duration.ofSeconds(15),
                () -> getJson("/v1/audit/checkpoints/latest").get("treeSize").asLong() == covered + 3),
                "no checkpoint followed the third record");

        JsonNode checkpoint = getJson("/v1/audit/checkpoints/latest");
        JsonNode proof = getJson("/v1/decisions/" + decision + "/proof");
        assertTrue(inclusionHolds(proof, signed(checkpoint, publicKey())));
        new RestartEvidence(decision, checkpoint, proof, getJson("/v1/audit/public-key").get("keyId").asText()).save();
    }
}
