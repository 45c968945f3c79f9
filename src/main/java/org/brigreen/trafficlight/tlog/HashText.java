package org.brigreen.trafficlight.tlog;

import java.util.HexFormat;

/**
 * How the audit API, the log export and the offline verifier write every hash, key id and signature: lower-case hex,
 * as the rule-set digests and PostgreSQL's {@code encode(entry_hash, 'hex')} do; a SHA-256 hash is 64 characters.
 */
public final class HashText {

    private static final HexFormat HEX = HexFormat.of();

    private HashText() {
    }

    public static String encode(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /**
     * Decodes strictly: only the one text that {@link #encode} gives for the bytes (lower case, no separators), so
     * that an altered text is never taken for the same hash.
     *
     * @throws IllegalArgumentException when {@code text} is not lower-case hex
     */
    public static byte[] decode(String text) {
        byte[] bytes = HEX.parseHex(text);
        if (!encode(bytes).equals(text)) {
            throw new IllegalArgumentException("not lower-case hex: " + text);
        }
        return bytes;
    }

    /**
     * Decodes a SHA-256 hash.
     *
     * @throws IllegalArgumentException when {@code text} is not the lower-case hex of 32 bytes
     */
    public static byte[] decodeHash(String text) {
        byte[] hash = decode(text);
        if (hash.length != MerkleTree.HASH_LENGTH) {
            throw new IllegalArgumentException("a hash is " + MerkleTree.HASH_LENGTH + " bytes, not " + hash.length);
        }
        return hash;
    }
}
