package org.brigreen.trafficlight.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A signed tree head of the decision log: the Merkle Tree Hash of its first {@code treeSize} entry hashes, signed with
 * the service's Ed25519 key.
 * <p>
 * <b>The signed message</b> is the ASCII text of four lines, each ending in a line feed (0x0A), nothing else:
 * <pre>
 * traffic-light checkpoint v1
 * &lt;treeSize: decimal, no sign, no leading zeros&gt;
 * &lt;rootHash: lower-case hex, 64 characters&gt;
 * &lt;signedAt: UTC, uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z', always six fraction digits&gt;
 * </pre>
 * for example {@code "traffic-light checkpoint v1\n1000\n5d9a…7e6f\n2026-05-20T08:15:30.123456Z\n"}. The signature is
 * Ed25519 (RFC 8032, pure, no pre-hash) over exactly these bytes. {@code signedAt} has microseconds because that is
 * what PostgreSQL keeps: the stored checkpoint rebuilds the same message.
 *
 * @param keyId SHA-256 of the signing public key's DER SubjectPublicKeyInfo
 */
public record SignedCheckpoint(long treeSize, byte[] rootHash, Instant signedAt, byte[] keyId, byte[] signature) {

    /** The first line of the signed message; a new layout gets a new version. */
    public static final String HEADER = "traffic-light checkpoint v1";
    private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** The bytes signed for a tree head. */
    public static byte[] message(long treeSize, byte[] rootHash, Instant signedAt) {
        return (HEADER + "\n" + treeSize + "\n" + HashText.encode(rootHash) + "\n" + timestamp(signedAt) + "\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A signing time as the signed message writes it. */
    public static String timestamp(Instant instant) {
        return SIGNED_AT.format(instant);
    }

    /** An instant cut to what the signed message and PostgreSQL keep. */
    public static Instant signingTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** The bytes this checkpoint's signature covers. */
    public byte[] message() {
        return message(treeSize, rootHash, signedAt);
    }

    /** Whether the checkpoint names this key and its signature verifies with it. */
    public boolean isSignedBy(PublicKey key) {
        return MessageDigest.isEqual(keyId, Ed25519Keys.keyId(key)) && Ed25519Keys.verify(key, message(), signature);
    }
}
