package org.brigreen.trafficlight.audit;

import org.brigreen.trafficlight.tlog.Ed25519Keys;
import org.brigreen.trafficlight.tlog.HashText;

/**
 * The key that signs checkpoints: in PEM with its key id for this service's own checkpoint format, and under the
 * log's name as a verifier key for the standard one (GET /v1/audit/checkpoint).
 */
public record PublicKeyAnswer(
        String algorithm,

        String keyId,

        String publicKeyPem,

        String logName,

        String noteVerifierKey) {

    /** The key that signs checkpoints now. */
    public static PublicKeyAnswer of(AuditSigningKey key, CheckpointNotes notes) {
        return new PublicKeyAnswer("Ed25519", HashText.encode(key.keyId()), Ed25519Keys.pem(key.publicKey()),
                notes.logName(), notes.verifierKey());
    }
}
