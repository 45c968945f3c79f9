package org.brigreen.trafficlight.tlog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hashes of the decision log. A record's entry hash is its RFC 9162 leaf hash, {@code SHA-256(0x00 || record)};
 * its chain hash is {@code SHA-256(previous chain hash || entry hash)}, starting from 32 zero bytes. The audit
 * feature and the offline verifier compute them the same way.
 */
public final class LogHashes {

    /** The chain hash before the first record. */
    public static final byte[] GENESIS = new byte[32];

    private LogHashes() {
    }

    /** The RFC 9162 leaf hash of a canonical record. */
    public static byte[] entryHash(String record) {
        MessageDigest sha256 = sha256();
        sha256.update((byte) 0x00);
        sha256.update(record.getBytes(StandardCharsets.UTF_8));
        return sha256.digest();
    }

    public static byte[] chainHash(byte[] previousChainHash, byte[] entryHash) {
        MessageDigest sha256 = sha256();
        sha256.update(previousChainHash);
        sha256.update(entryHash);
        return sha256.digest();
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
