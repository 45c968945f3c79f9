package org.brigreen.trafficlight.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.brigreen.trafficlight.tlog.Ed25519Keys;
import org.brigreen.trafficlight.tlog.SignedCheckpoint;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.audit.AuditTestSupport.classify;
import static org.brigreen.trafficlight.audit.AuditTestSupport.getJson;
import static org.brigreen.trafficlight.audit.AuditTestSupport.publicKey;
import static org.brigreen.trafficlight.audit.AuditTestSupport.signed;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Checkpoints served in the transparency-log standard (C2SP tlog-checkpoint, a C2SP signed-note) verify with a
 * verifier written here from the standard's text alone, not with the service's code: the verifier key is parsed and
 * its key hash recomputed, the note split and its signature checked with the JDK's Ed25519. Altered notes fail.
 */
@QuarkusTest
class StandardCheckpointTest {

    @Inject
    Checkpointer checkpointer;

    @Inject
    CheckpointNotes notes;

    @Test
    void theLatestCheckpointVerifiesAsAStandardNoteWithTheSameTreeAsTheJsonOne() {
        classify("NOTE-LATEST");
        checkpointer.checkpointNow().orElseThrow();
        SignedCheckpoint json = signed(getJson("/v1/audit/checkpoints/latest"), publicKey());
        NoteVerifier verifier = NoteVerifier.of(getJson("/v1/audit/public-key").get("noteVerifierKey").asText());

        Response served = given().when().get("/v1/audit/checkpoint").then().statusCode(200).extract().response();
        assertEquals("text/plain;charset=utf-8", served.contentType().replace(" ", "").toLowerCase(Locale.ROOT));
        Checkpoint note = verifier.open(served.asByteArray());

        assertEquals("brigreen.org/traffic-light", note.origin(), "the configured log name, by default");
        assertEquals(json.treeSize(), note.treeSize());
        assertArrayEquals(json.rootHash(), note.rootHash());
        assertArrayEquals(served.asByteArray(), given().when().get("/v1/audit/checkpoint").then().statusCode(200)
                .extract().asByteArray(), "deterministic: the same checkpoint gives the same note");
    }

    @Test
    void everyStoredCheckpointIsServedAsANoteByItsTreeSize() {
        classify("NOTE-EARLIER");
        SignedCheckpoint earlier = checkpointer.checkpointNow().orElseThrow();
        classify("NOTE-LATER");
        checkpointer.checkpointNow().orElseThrow();
        NoteVerifier verifier = NoteVerifier.of(getJson("/v1/audit/public-key").get("noteVerifierKey").asText());

        Checkpoint note = verifier.open(given().when().get("/v1/audit/checkpoint?treeSize=" + earlier.treeSize())
                .then().statusCode(200).extract().asByteArray());

        assertEquals(earlier.treeSize(), note.treeSize());
        assertArrayEquals(earlier.rootHash(), note.rootHash());
    }

    @Test
    void alteredNotesDoNotVerify() {
        classify("NOTE-TAMPER");
        checkpointer.checkpointNow().orElseThrow();
        NoteVerifier verifier = NoteVerifier.of(getJson("/v1/audit/public-key").get("noteVerifierKey").asText());
        String note = given().when().get("/v1/audit/checkpoint").then().statusCode(200).extract().asString();
        verifier.open(note.getBytes(StandardCharsets.UTF_8));
        String[] lines = note.split("\n", -1);
        String signatureLine = lines[4];
        String signature = signatureLine.substring(signatureLine.lastIndexOf(' ') + 1);
        byte[] signatureBytes = Base64.getDecoder().decode(signature);
        signatureBytes[signatureBytes.length - 1] ^= 1;

        List<String> altered = List.of(
                note.replaceFirst("\n" + lines[1] + "\n", "\n" + (Long.parseLong(lines[1]) + 1) + "\n"),
                note.replace(lines[2], otherRoot(lines[2])),
                note.replace(signature, Base64.getEncoder().encodeToString(signatureBytes)),
                note.replace("\u2014 " + lines[0] + " ", "\u2014 example.org/another-log "),
                note.replace(lines[0] + "\n", "example.org/another-log\n").replace("\u2014 example.org/another-log ",
                        "\u2014 " + lines[0] + " "));
        for (String tampered : altered) {
            assertThrows(IllegalArgumentException.class, () -> verifier.open(tampered.getBytes(
                    StandardCharsets.UTF_8)), "must not verify:\n" + tampered);
        }
    }

    @Test
    void aCheckpointThatTheKeyDidNotSignGetsNoNote() {
        SignedCheckpoint forged = new SignedCheckpoint(1, new byte[32], Instant.now(), new byte[32], new byte[64], 0L);
        assertThrows(LogDamagedException.class, () -> notes.note(forged));
        var otherKey = Ed25519Keys.generate();
        byte[] message = SignedCheckpoint.message(1, new byte[32], forged.signedAt(), 0);
        SignedCheckpoint signedByAnother = new SignedCheckpoint(1, new byte[32], forged.signedAt(),
                Ed25519Keys.keyId(otherKey.getPublic()), Ed25519Keys.sign(otherKey.getPrivate(), message), 0L);
        assertThrows(LogDamagedException.class, () -> notes.note(signedByAnother));
    }

    @Test
    void aTreeSizeThatIsNotANumberOrHasNoCheckpointIsAProblem() {
        given().when().get("/v1/audit/checkpoint?treeSize=ten").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].pointer", equalTo("treeSize"));
        given().when().get("/v1/audit/checkpoint?treeSize=0").then().statusCode(400)
                .contentType("application/problem+json");
        given().when().get("/v1/audit/checkpoint?treeSize=" + Long.MAX_VALUE).then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static String otherRoot(String base64) {
        byte[] root = Base64.getDecoder().decode(base64);
        root[0] ^= 1;
        return Base64.getEncoder().encodeToString(root);
    }

    /** A checkpoint's note text, read after its signature verified. */
    record Checkpoint(String origin, long treeSize, byte[] rootHash) {
    }

    /**
     * A verifier of checkpoints signed with one Ed25519 key, written from C2SP signed-note and tlog-checkpoint: any
     * departure from them, or a signature that fails, is an {@link IllegalArgumentException}.
     */
    record NoteVerifier(String name, byte[] keyId, PublicKey key) {

        private static final String EM_DASH_SPACE = "\u2014 ";
        /** X.509 SubjectPublicKeyInfo of an Ed25519 key, before its 32 bytes (RFC 8410). */
        private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

        /** From a verifier key: name "+" hex key id "+" base64(0x01 || 32-byte public key). */
        static NoteVerifier of(String verifierKey) {
            String[] parts = verifierKey.split("\\+", 3);
            require(parts.length == 3, "a verifier key has three parts");
            byte[] typed = Base64.getDecoder().decode(parts[2]);
            require(typed.length == 33 && typed[0] == 0x01, "an Ed25519 key: type 0x01 and 32 bytes");
            byte[] raw = Arrays.copyOfRange(typed, 1, 33);
            byte[] keyId = HexFormat.of().parseHex(parts[1]);
            require(Arrays.equals(keyId, keyId(parts[0], raw)), "the key id is the hash of name and key");
            return new NoteVerifier(parts[0], keyId, publicKey(raw));
        }

        /** The checkpoint, if the note is well formed and carries this key's valid signature. */
        Checkpoint open(byte[] bytes) {
            String note = utf8(bytes);
            require(note.chars().noneMatch(c -> c < 0x20 && c != '\n'), "no control characters but newline");
            int split = note.lastIndexOf("\n\n");
            require(split >= 0, "a blank line before the signatures");
            String text = note.substring(0, split + 1);
            String[] signatureLines = note.substring(split + 2).split("\n", -1);
            require(signatureLines.length >= 2 && signatureLines[signatureLines.length - 1].isEmpty(),
                    "signature lines, each ending in a newline");
            boolean verified = false;
            for (int i = 0; i < signatureLines.length - 1; i++) {
                verified |= verifiesLine(signatureLines[i], text);
            }
            require(verified, "a signature by the known key");
            return checkpoint(text);
        }

        private boolean verifiesLine(String line, String text) {
            require(line.startsWith(EM_DASH_SPACE), "a signature line starts with an em dash and a space");
            String[] nameAndSignature = line.substring(EM_DASH_SPACE.length()).split(" ", -1);
            require(nameAndSignature.length == 2, "a key name and a signature");
            byte[] signature = Base64.getDecoder().decode(nameAndSignature[1]);
            require(signature.length >= 4, "a key id before the signature");
            if (!nameAndSignature[0].equals(name) || !Arrays.equals(Arrays.copyOf(signature, 4), keyId)) {
                return false;
            }
            require(verify(text.getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(signature, 4,
                    signature.length)), "the known key's signature verifies");
            return true;
        }

        /** The body: origin, tree size in decimal without leading zeros, base64 root; the origin names the key. */
        private Checkpoint checkpoint(String text) {
            String[] lines = text.split("\n", -1);
            require(lines.length >= 4 && lines[lines.length - 1].isEmpty(), "three lines at least");
            require(!lines[0].isEmpty() && lines[0].equals(name), "the origin is the key's name");
            require(lines[1].matches("0|[1-9][0-9]*"), "a decimal tree size");
            byte[] root = Base64.getDecoder().decode(lines[2]);
            require(root.length == 32 && Base64.getEncoder().encodeToString(root).equals(lines[2]),
                    "a SHA-256 root in standard base64");
            return new Checkpoint(lines[0], Long.parseLong(lines[1]), root);
        }

        private boolean verify(byte[] message, byte[] signature) {
            try {
                Signature ed25519 = Signature.getInstance("Ed25519");
                ed25519.initVerify(key);
                ed25519.update(message);
                return ed25519.verify(signature);
            } catch (GeneralSecurityException e) {
                return false;
            }
        }

        private static byte[] keyId(String name, byte[] rawKey) {
            try {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                sha256.update((name + "\n").getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0x01);
                sha256.update(rawKey);
                return Arrays.copyOf(sha256.digest(), 4);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        private static PublicKey publicKey(byte[] raw) {
            byte[] spki = ByteBuffer.allocate(SPKI_PREFIX.length + raw.length).put(SPKI_PREFIX).put(raw).array();
            try {
                return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("not an Ed25519 public key", e);
            }
        }

        private static String utf8(byte[] bytes) {
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException("a note is UTF-8", e);
            }
        }

        private static void require(boolean condition, String what) {
            if (!condition) {
                throw new IllegalArgumentException("not a valid note: " + what);
            }
        }
    }
}
