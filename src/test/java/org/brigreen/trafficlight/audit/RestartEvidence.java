package org.brigreen.trafficlight.audit;

import com.fasterxml.jackson.databind.JsonNode;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What {@link AcrossRestart1BeforeTest} saw before the service restarted, for {@link AcrossRestart2AfterTest}.
 * Quarkus loads each test profile's classes anew, so static fields do not survive a restart; system properties are
 * the JVM's own, and die with the test run, as the embedded database and the key folder do.
 */
record RestartEvidence(String decisionId, JsonNode checkpoint, JsonNode proof, String keyId) {

    private static final String PREFIX = "org.brigreen.trafficlight.audit.before-restart.";

    void save() {
        System.setProperty(PREFIX + "decision", decisionId);
        System.setProperty(PREFIX + "checkpoint", checkpoint.toString());
        System.setProperty(PREFIX + "proof", proof.toString());
        System.setProperty(PREFIX + "key-id", keyId);
    }

    static RestartEvidence load() {
        String decision = System.getProperty(PREFIX + "decision");
        if (decision == null) {
            fail("Nothing was saved before the restart: run AcrossRestart1BeforeTest first, in the same test run "
                    + "(test classes run in name order, so -Dtest='AcrossRestart*' does).");
        }
        return new RestartEvidence(decision, AuditTestSupport.json(System.getProperty(PREFIX + "checkpoint")),
                AuditTestSupport.json(System.getProperty(PREFIX + "proof")), System.getProperty(PREFIX + "key-id"));
    }
}
