package org.brigreen.trafficlight.audit;

/** The key that signs checkpoints. */
public record PublicKeyAnswer(
        String algorithm,

        String keyId,

        String publicKeyPem) {
}
