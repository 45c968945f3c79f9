package org.brigreen.trafficlight.audit;

import io.quarkus.runtime.LaunchMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.brigreen.trafficlight.tlog.Ed25519Keys;
import org.brigreen.trafficlight.tlog.HashText;
import org.brigreen.trafficlight.tlog.SignedCheckpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keys, the signed message, and when a checkpoint is due. */
class SigningTest {

    /** Made with {@code openssl genpkey -algorithm ed25519}; its public key and key id by openssl too. */
    private static final String OPENSSL_KEY = """
            -----BEGIN PRIVATE KEY-----
            MC4CAQAwBQYDK2VwBCIEID76/YwLm3igstzuCRsoUgm/9ic69XsjmWnWaHs3RhyU
            -----END PRIVATE KEY-----
            """;
    private static final String OPENSSL_PUBLIC_KEY = """
            -----BEGIN PUBLIC KEY-----
            MCowBQYDK2VwAyEAnTDWH9f7vejY3I/MqjCECuYah3Si1hJ6nYVQef2A4Eo=
            -----END PUBLIC KEY-----
            """;
    private static final String OPENSSL_KEY_ID = "406734cf7cae037cbd612dcfc60f6473bfa48ae64a297e3d99c3f51ffafe8118";
    /** PKCS#8 DER of an Ed25519 private key, before its 32 bytes. */
    private static final String PKCS8_PREFIX = "302e020100300506032b657004220420";

    @TempDir
    Path folder;

    @Test
    void theSignedMessageHasItsDocumentedLayout() {
        byte[] root = new byte[32];
        root[0] = (byte) 0xab;
        String message = new String(SignedCheckpoint.message(1000, root, Instant.parse("2026-05-20T08:15:30Z")),
                StandardCharsets.US_ASCII);
        assertEquals("traffic-light checkpoint v1\n1000\nab" + "00".repeat(31) + "\n"
                + "2026-05-20T08:15:30.000000Z\n", message);
        String linked = new String(SignedCheckpoint.message(1000, root, Instant.parse("2026-05-20T08:15:30Z"), 0),
                StandardCharsets.US_ASCII);
        assertEquals("traffic-light checkpoint v2\n1000\nab" + "00".repeat(31) + "\n"
                + "2026-05-20T08:15:30.000000Z\n0\n", linked);
        Instant precise = Instant.parse("2026-05-20T08:15:30.123456789Z");
        assertEquals("2026-05-20T08:15:30.123456Z", SignedCheckpoint.timestamp(SignedCheckpoint.signingTime(precise)));
    }

    @Test
    void theJdkDerivesThePublicKeyOfRfc8032TestVector1AndSignsAsItSays() {
        byte[] secret = HexFormat.of().parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        PrivateKey key = Ed25519Keys.readPrivateKey(pem(HexFormat.of().parseHex(PKCS8_PREFIX + HexFormat.of()
                .formatHex(secret))));
        byte[] encoded = Ed25519Keys.publicKeyOf(key).getEncoded();
        assertEquals("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
                HexFormat.of().formatHex(encoded, encoded.length - 32, encoded.length));
        assertEquals("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46b"
                + "d25bf5f0595bbe24655141438e7a100b", HexFormat.of().formatHex(Ed25519Keys.sign(key, new byte[0])));
    }

    @Test
    void anOpensslKeyIsReadAndItsPublicKeyAndKeyIdAreOpensslsToo() {
        PrivateKey key = Ed25519Keys.readPrivateKey(OPENSSL_KEY);
        assertEquals(OPENSSL_PUBLIC_KEY, Ed25519Keys.pem(Ed25519Keys.publicKeyOf(key)));
        assertEquals(OPENSSL_KEY_ID, HashText.encode(Ed25519Keys.keyId(Ed25519Keys.readPublicKey(OPENSSL_PUBLIC_KEY))));
        byte[] signature = Ed25519Keys.sign(key, "checkpoint".getBytes(StandardCharsets.US_ASCII));
        assertTrue(Ed25519Keys.verify(Ed25519Keys.readPublicKey(OPENSSL_PUBLIC_KEY),
                "checkpoint".getBytes(StandardCharsets.US_ASCII), signature));
        assertFalse(Ed25519Keys.verify(Ed25519Keys.readPublicKey(OPENSSL_PUBLIC_KEY),
                "checkpoinT".getBytes(StandardCharsets.US_ASCII), signature));
    }

    @Test
    void pemRoundTrips() {
        KeyPair pair = Ed25519Keys.generate();
        assertArrayEquals(pair.getPrivate().getEncoded(),
                Ed25519Keys.readPrivateKey(Ed25519Keys.pem(pair.getPrivate())).getEncoded());
        assertArrayEquals(pair.getPublic().getEncoded(),
                Ed25519Keys.readPublicKey(Ed25519Keys.pem(pair.getPublic())).getEncoded());
        assertArrayEquals(pair.getPublic().getEncoded(), Ed25519Keys.publicKeyOf(pair.getPrivate()).getEncoded());
    }

    @Test
    void whatIsNotAnEd25519KeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Ed25519Keys.readPrivateKey(OPENSSL_PUBLIC_KEY));
        assertThrows(IllegalArgumentException.class, () -> Ed25519Keys.readPublicKey(OPENSSL_KEY));
        assertThrows(IllegalArgumentException.class,
                () -> Ed25519Keys.readPrivateKey("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"));
    }

    @Test
    void theConfiguredKeyFileIsTheSigningKey() throws IOException {
        Path file = Files.writeString(folder.resolve("key.pem"), OPENSSL_KEY);
        AuditSigningKey key = new AuditSigningKey(AuditSigningKey.privateKey(Optional.of(file.toString()),
                Optional.empty(), LaunchMode.NORMAL));
        assertEquals(OPENSSL_KEY_ID, HashText.encode(key.keyId()));
        assertTrue(Ed25519Keys.verify(key.publicKey(), new byte[] {1}, key.sign(new byte[] {1})));
    }

    @Test
    void theProdProfileRefusesToStartWithoutAKeyInOneLine() {
        AuditSigningKey.UnavailableException refused = assertThrows(AuditSigningKey.UnavailableException.class,
                () -> AuditSigningKey.privateKey(Optional.empty(), Optional.empty(),
                        LaunchMode.NORMAL));
        assertEquals(AuditSigningKey.NOT_CONFIGURED, refused.getMessage());
        assertFalse(refused.getMessage().contains("\n"));
    }

    @Test
    void anUnreadableKeyFileIsNamed() throws IOException {
        Path file = Files.writeString(folder.resolve("broken.pem"), "not a key");
        AuditSigningKey.UnavailableException refused = assertThrows(AuditSigningKey.UnavailableException.class,
                () -> AuditSigningKey.privateKey(Optional.of(file.toString()), Optional.empty(), LaunchMode.NORMAL));
        assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
        assertThrows(AuditSigningKey.UnavailableException.class, () -> AuditSigningKey.privateKey(
                Optional.of(folder.resolve("absent.pem").toString()), Optional.empty(), LaunchMode.DEVELOPMENT));
    }

    @Test
    void hashesAreReadOnlyAsLowerCaseHexOf32Bytes() {
        byte[] hash = new byte[32];
        hash[0] = (byte) 0xab;
        String text = HashText.encode(hash);
        assertEquals("ab" + "00".repeat(31), text);
        assertArrayEquals(hash, HashText.decodeHash(text));
        assertThrows(IllegalArgumentException.class, () -> HashText.decodeHash(text.toUpperCase()));
        assertThrows(IllegalArgumentException.class, () -> HashText.decodeHash(text.substring(2)));
        assertThrows(IllegalArgumentException.class, () -> HashText.decodeHash(text + "00"));
        assertThrows(IllegalArgumentException.class, () -> HashText.decodeHash("zz" + text.substring(2)));
    }

    @Test
    void aCheckpointIsDueAfterNRecordsOrTSecondsAndNeverForNothingNew() {
        Instant now = Instant.parse("2026-05-20T08:15:30Z");
        Duration interval = Duration.ofSeconds(10);
        Optional<Instant> recently = Optional.of(now.minusSeconds(3));
        Optional<Instant> longAgo = Optional.of(now.minusSeconds(10));
        assertFalse(Checkpointer.isDue(0, longAgo, now, 1000, interval), "nothing new");
        assertFalse(Checkpointer.isDue(0, Optional.empty(), now, 1000, interval), "nothing at all");
        assertFalse(Checkpointer.isDue(999, recently, now, 1000, interval), "too few, too soon");
        assertTrue(Checkpointer.isDue(1000, recently, now, 1000, interval), "N records");
        assertTrue(Checkpointer.isDue(1, longAgo, now, 1000, interval), "T seconds");
        assertTrue(Checkpointer.isDue(1, Optional.empty(), now, 1000, interval), "the first checkpoint");
    }

    private static String pem(byte[] der) {
        return "-----BEGIN PRIVATE KEY-----\n" + java.util.Base64.getEncoder().encodeToString(der)
                + "\n-----END PRIVATE KEY-----\n";
    }
}
