package org.brigreen.trafficlight.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The key that signs checkpoints. */
@Schema(name = "AuditPublicKey", description = "The Ed25519 public key that signs the checkpoints, for verifying them "
        + "offline.")
public record PublicKeyAnswer(
        @Schema(description = "The signature algorithm.", example = "Ed25519")
        String algorithm,

        @Schema(description = "SHA-256 of the public key's DER SubjectPublicKeyInfo, hex: the keyId of every "
                + "checkpoint it signs.", example = AuditExamples.KEY_ID)
        String keyId,

        @Schema(description = "The public key, X.509 SubjectPublicKeyInfo in PEM.",
                example = AuditExamples.PUBLIC_KEY_PEM)
        String publicKeyPem) {
}
