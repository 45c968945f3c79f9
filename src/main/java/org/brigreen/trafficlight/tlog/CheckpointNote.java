package org.brigreen.trafficlight.tlog;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A checkpoint in the transparency-log standard that Go's checksum database, Sigsum and Tessera-based logs use, so
 * that tools other than this service's can check it and witnesses can cosign it: C2SP {@code tlog-checkpoint}, a
 * C2SP {@code signed-note} with one Ed25519 signature. The note text is three lines, each ending in a line feed:
 * <pre>
 * &lt;origin: the log's name&gt;
 * &lt;treeSize: decimal, no leading zeros&gt;
 * &lt;rootHash: standard base64 (RFC 4648, padded) of the RFC 6962 Merkle tree root&gt;
 * </pre>
 * then a blank line, then the signature line {@code "— <key name> <base64(key hash || Ed25519 signature of the note
 * text)>"}, where the key name is the origin and the key hash is the first 4 bytes of SHA-256(key name || 0x0A ||
 * 0x01 || the 32-byte public key). The verifier key, in the form the notes' tools read, is {@code <key name>+<key
 * hash, 8 hex digits>+<base64(0x01 || public key)>}.
 * <p>
 * The tree is the same as that of the signed checkpoint in this service's own format ({@link SignedCheckpoint}): the
 * note only writes the tree size and root differently, and names no time and no previous checkpoint (extension lines
 * are not recommended by the standard).
 */
public final class CheckpointNote {

    /** The signature type of Ed25519 in signed notes. */
    private static final byte ED25519 = 0x01;
    private static final int KEY_HASH_LENGTH = 4;
    /** An Ed25519 public key in X.509 SubjectPublicKeyInfo is this prefix, then the 32-byte key (RFC 8410). */
    private static final int SPKI_PREFIX_LENGTH = 12;
    private static final String SIGNATURE_LINE_START = "\u2014 ";

    private CheckpointNote() {
    }

    /** The note text of a tree head: what is signed. */
    public static String text(String origin, long treeSize, byte[] rootHash) {
        return origin + "\n" + treeSize + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n";
    }

    /** The signed note: the text, a blank line and the one signature line. */
    public static String signed(String text, String keyName, PublicKey key, byte[] signature) {
        byte[] keyHashAndSignature = ByteBuffer.allocate(KEY_HASH_LENGTH + signature.length)
                .put(keyHash(keyName, key)).put(signature).array();
        return text + "\n" + SIGNATURE_LINE_START + keyName + " "
                + Base64.getEncoder().encodeToString(keyHashAndSignature) + "\n";
    }

    /** The verifier key of the notes' tools: {@code <name>+<hex key hash>+<base64(0x01 || public key)>}. */
    public static String verifierKey(String keyName, PublicKey key) {
        byte[] typed = ByteBuffer.allocate(1 + raw(key).length).put(ED25519).put(raw(key)).array();
        return keyName + "+" + HexFormat.of().formatHex(keyHash(keyName, key)) + "+"
                + Base64.getEncoder().encodeToString(typed);
    }

    /** The first 4 bytes of SHA-256(key name || 0x0A || 0x01 || the 32-byte public key). */
    static byte[] keyHash(String keyName, PublicKey key) {
        MessageDigest sha256 = LogHashes.sha256();
        sha256.update(keyName.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) '\n');
        sha256.update(ED25519);
        sha256.update(raw(key));
        return Arrays.copyOf(sha256.digest(), KEY_HASH_LENGTH);
    }

    /**
     * Why a log name cannot be an origin and key name, if it cannot: the standard wants it non-empty, valid text
     * without control characters, and without spaces or plus signs, which would split a signature line or a
     * verifier key.
     */
    public static Optional<String> problemWithName(String name) {
        if (name.isEmpty()) {
            return Optional.of("must not be empty");
        }
        boolean refused = name.codePoints().anyMatch(c -> c < 0x20 || c == 0x7f || c == '+' || Character.isWhitespace(c)
                || Character.isSpaceChar(c) || Character.getType(c) == Character.SURROGATE);
        return refused ? Optional.of("must have no spaces, plus signs or control characters, such as "
                + "example.org/traffic-light") : Optional.empty();
    }

    /** The 32 bytes of an Ed25519 public key (RFC 8032), which its X.509 encoding ends in. */
    private static byte[] raw(PublicKey key) {
        byte[] encoded = key.getEncoded();
        return Arrays.copyOfRange(encoded, SPKI_PREFIX_LENGTH, encoded.length);
    }
}
