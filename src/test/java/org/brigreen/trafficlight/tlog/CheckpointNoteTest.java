package org.brigreen.trafficlight.tlog;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The standard checkpoint format against a signed note made by another implementation: the example of Go's
 * golang.org/x/mod/sumdb/note (its package documentation and tests), whose signer key, verifier key and signed note
 * are published. Ed25519 is deterministic, so the same key and text must give the same note, byte for byte.
 */
class CheckpointNoteTest {

    private static final String GO_SIGNER_KEY =
            "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    private static final String GO_VERIFIER_KEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private static final String GO_TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    private static final String GO_NOTE = GO_TEXT + "\n\u2014 PeterNeumann "
            + "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
    /** PKCS#8 of an Ed25519 private key is this prefix, then its 32 bytes (RFC 8410). */
    private static final String PKCS8_PREFIX = "302e020100300506032b657004220420";

    @Test
    void theVerifierKeyIsTheOneGoPublishesForTheSameKey() throws Exception {
        PrivateKey key = goPrivateKey();
        assertEquals(GO_VERIFIER_KEY, CheckpointNote.verifierKey("PeterNeumann", Ed25519Keys.publicKeyOf(key)));
    }

    @Test
    void aSignedNoteIsTheOneGoSignsByteForByte() throws Exception {
        PrivateKey key = goPrivateKey();
        byte[] signature = Ed25519Keys.sign(key, GO_TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(GO_NOTE, CheckpointNote.signed(GO_TEXT, "PeterNeumann", Ed25519Keys.publicKeyOf(key),
                signature));
    }

    @Test
    void theTextIsOriginSizeAndBase64Root() {
        byte[] root = new byte[MerkleTree.HASH_LENGTH];
        Arrays.fill(root, (byte) 0xff);
        assertEquals("example.org/log\n42\n" + Base64.getEncoder().encodeToString(root) + "\n",
                CheckpointNote.text("example.org/log", 42, root));
    }

    @Test
    void aLogNameHasNoSpacesPlusSignsOrControlCharacters() {
        assertTrue(CheckpointNote.problemWithName("example.org/traffic-light").isEmpty());
        assertTrue(CheckpointNote.problemWithName("银行.example/日志").isEmpty(), "any other text is a name");
        for (String refused : new String[] {"", "example.org/a b", "a+b", "a\tb", "a\u00a0b", "a\u3000b", "a\u007fb"}) {
            assertTrue(CheckpointNote.problemWithName(refused).isPresent(), "refused: '" + refused + "'");
        }
    }

    /**
     * The 32 bytes after the type byte of Go's signer key, PRIVATE+KEY+name+hash+base64(type || key), the private
     * key's own; the base64 may hold a '+' itself.
     */
    private static PrivateKey goPrivateKey() throws Exception {
        String[] fields = GO_SIGNER_KEY.split("\\+", 5);
        byte[] typed = Base64.getDecoder().decode(fields[4]);
        assertEquals(1, typed[0], "an Ed25519 key");
        byte[] seed = Arrays.copyOfRange(typed, 1, typed.length);
        byte[] pkcs8 = HexFormat.of().parseHex(PKCS8_PREFIX + HexFormat.of().formatHex(seed));
        return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }
}
