package org.brigreen.trafficlight.tlog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A signed tree head of the decision log: the Merkle Tree Hash of its first {@code treeSize} entry hashes, signed with
 * the service's Ed25519 key.
 * <p>
 * <b>The signed message</b> is ASCII text, each line ending in a line feed (0x0A), nothing else. Checkpoints are signed
 * in format v2, five lines, each linked to the checkpoint signed before it:
 * <pre>
 * traffic-light checkpoint v2
 * &lt;treeSize: decimal, no sign, no leading zeros&gt;
 * &lt;rootHash: lower-case hex, 64 characters&gt;
 * &lt;signedAt: UTC, uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z', always six fraction digits&gt;
 * &lt;previousTreeSize: the tree size of the checkpoint signed before this one, 0 for the first; decimal&gt;
 * </pre>
 * for example {@code "traffic-light checkpoint v2\n1000\n5d9a…7e6f\n2026-05-20T08:15:30.123456Z\n0\n"}. Checkpoints
 * signed before the link existed are format v1: the first four lines, with {@code v1} in the first. The signature is
 * Ed25519 (RFC 8032, pure, no pre-hash) over exactly these bytes. {@code signedAt} has microseconds because that is
 * what PostgreSQL keeps: the stored checkpoint rebuilds the same message.
 *
 * @param keyId SHA-256 of the signing public key's DER SubjectPublicKeyInfo
 * @param previousTreeSize the tree size of the checkpoint signed before this one, 0 for the first; null for a v1
 *     checkpoint, which names none
 */
public record SignedCheckpoint(long treeSize, byte[] rootHash, Instant signedAt, byte[] keyId, byte[] signature,
        Long previousTreeSize) {

    /** The first line of a v1 message, which has no link. */
    public static final String HEADER_V1 = "traffic-light checkpoint v1";
    /** The first line of a v2 message, which names the checkpoint before it; a new layout gets a new version. */
    public static final String HEADER_V2 = "traffic-light checkpoint v2";
    private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** A v1 checkpoint: signed before checkpoints named the one before them. */
    public SignedCheckpoint(long treeSize, byte[] rootHash, Instant signedAt, byte[] keyId, byte[] signature) {
        this(treeSize, rootHash, signedAt, keyId, signature, null);
    }

    /** The bytes signed for a v2 tree head, which names the checkpoint before it. */
    public static byte[] message(long treeSize, byte[] rootHash, Instant signedAt, long previousTreeSize) {
        return (HEADER_V2 + "\n" + lines(treeSize, rootHash, signedAt) + previousTreeSize + "\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The bytes signed for a v1 tree head. */
    public static byte[] message(long treeSize, byte[] rootHash, Instant signedAt) {
        return (HEADER_V1 + "\n" + lines(treeSize, rootHash, signedAt)).getBytes(StandardCharsets.US_ASCII);
    }

    private static String lines(long treeSize, byte[] rootHash, Instant signedAt) {
        return treeSize + "\n" + HashText.encode(rootHash) + "\n" + timestamp(signedAt) + "\n";
    }

    /** A signing time as the signed message writes it. */
    public static String timestamp(Instant instant) {
        return SIGNED_AT.format(instant);
    }

    /** An instant cut to what the signed message and PostgreSQL keep. */
    public static Instant signingTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** Whether it names the checkpoint before it (format v2). */
    public boolean isLinked() {
        return previousTreeSize != null;
    }

    /** The bytes this checkpoint's signature covers. */
    public byte[] message() {
        return isLinked() ? message(treeSize, rootHash, signedAt, previousTreeSize)
                : message(treeSize, rootHash, signedAt);
    }

    /** Whether the checkpoint names this key and its signature verifies with it. */
    public boolean isSignedBy(PublicKey key) {
        return MessageDigest.isEqual(keyId, Ed25519Keys.keyId(key)) && Ed25519Keys.verify(key, message(), signature);
    }

    /** Whether it is this very checkpoint, byte for byte. */
    public boolean sameAs(SignedCheckpoint other) {
        return treeSize == other.treeSize && MessageDigest.isEqual(rootHash, other.rootHash)
                && signedAt.equals(other.signedAt) && MessageDigest.isEqual(keyId, other.keyId)
                && MessageDigest.isEqual(signature, other.signature)
                && Objects.equals(previousTreeSize, other.previousTreeSize);
    }
}
