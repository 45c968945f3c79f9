package org.brigreen.trafficlight.audit;

import org.brigreen.trafficlight.tlog.Ed25519Keys;
import org.brigreen.trafficlight.tlog.HashText;

/** The key that signs checkpoints. */
public record PublicKeyAnswer(
        String algorithm,

        String keyId,

        String publicKeyPem) {

    /** The key that signs checkpoints now. */
    public static PublicKeyAnswer of(AuditSigningKey key) {
        return new PublicKeyAnswer("Ed25519", HashText.encode(key.keyId()), Ed25519Keys.pem(key.publicKey()));
    }
}
