package org.brigreen.trafficlight.audit;

import io.quarkus.runtime.LaunchMode;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;
import org.brigreen.trafficlight.tlog.Ed25519Keys;
import org.brigreen.trafficlight.tlog.HashText;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The Ed25519 key that signs checkpoints, and only checkpoints: from {@value #PROPERTY} (the path of a PKCS#8 PEM
 * private key). Without it, dev mode and tests generate one and keep it in the data folder, beside the embedded
 * database's data directory ({@code data/audit-signing-key.pem} in dev mode; in tests the run's temporary folder), so
 * that checkpoints signed before a restart verify after it. The packaged application refuses to start without one:
 * see {@link SigningKeyCheck}.
 */
@Singleton
public class AuditSigningKey {

    /** The configuration property naming the private key file. */
    public static final String PROPERTY = "traffic-light.audit.signing-key";
    static final String NOT_CONFIGURED = "No audit signing key configured: set TRAFFIC_LIGHT_AUDIT_SIGNING_KEY to "
            + "the path of a PKCS#8 PEM Ed25519 private key (openssl genpkey -algorithm ed25519 -out key.pem)";
    static final String GENERATED_FILE_NAME = "audit-signing-key.pem";
    /** Where dev mode and tests keep their data: set by the embedded database when one is in use. */
    static final String DATA_DIRECTORY_PROPERTY = "traffic-light.data-directory";
    private static final String DEV_DATA_DIRECTORY = "data";
    /** Where tests with an external database keep their key: one temporary folder per JVM, across restarts. */
    private static final String TEST_KEY_DIRECTORY = "org.brigreen.trafficlight.audit.test-key-directory";
    private static final Logger LOG = Logger.getLogger(AuditSigningKey.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final byte[] keyId;

    @Inject
    AuditSigningKey(AuditConfig config,
            @ConfigProperty(name = DATA_DIRECTORY_PROPERTY) Optional<Path> dataDirectory) {
        this(privateKey(config.signingKey(), dataDirectory, LaunchMode.current()));
    }

    AuditSigningKey(PrivateKey privateKey) {
        this.privateKey = privateKey;
        this.publicKey = Ed25519Keys.publicKeyOf(privateKey);
        this.keyId = Ed25519Keys.keyId(publicKey);
    }

    /**
     * The configured key; without one, in dev mode and tests, the generated one.
     *
     * @throws UnavailableException when there is none, or it cannot be read
     */
    static PrivateKey privateKey(Optional<String> configuredPath, Optional<Path> dataDirectory, LaunchMode mode) {
        return configuredPath.map(Path::of).map(AuditSigningKey::read)
                .orElseGet(() -> generatedKey(dataDirectory, mode));
    }

    /** The key could not be had; its message is the one line to stop the start with. */
    static final class UnavailableException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** SHA-256 of the public key's DER SubjectPublicKeyInfo. */
    public byte[] keyId() {
        return keyId.clone();
    }

    public byte[] sign(byte[] message) {
        return Ed25519Keys.sign(privateKey, message);
    }

    private static PrivateKey read(Path file) {
        try {
            return Ed25519Keys.readPrivateKey(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new UnavailableException("The audit signing key " + file.toAbsolutePath() + " (" + PROPERTY
                    + ") cannot be read as a PKCS#8 PEM Ed25519 private key: " + e.getMessage(), e);
        }
    }

    private static PrivateKey generatedKey(Optional<Path> dataDirectory, LaunchMode mode) {
        if (!mode.isDevOrTest()) {
            throw new UnavailableException(NOT_CONFIGURED, null);
        }
        Path file = generatedKeyFile(dataDirectory, mode);
        // One JVM-wide lock: Quarkus loads this class once per application start, and a string literal is the
        // same object in every copy.
        synchronized (TEST_KEY_DIRECTORY) {
            if (!Files.exists(file)) {
                write(file, Ed25519Keys.generate());
            }
            return read(file);
        }
    }

    /** In the folder of the embedded database's data, so that the key lives as long as the data it signs. */
    private static Path generatedKeyFile(Optional<Path> dataDirectory, LaunchMode mode) {
        if (dataDirectory.isPresent()) {
            return dataDirectory.get().resolve(GENERATED_FILE_NAME);
        }
        if (mode == LaunchMode.TEST) {
            return testKeyDirectory().resolve(GENERATED_FILE_NAME);
        }
        // Dev mode with an external database: where dev mode keeps its data otherwise.
        return Path.of(DEV_DATA_DIRECTORY).toAbsolutePath().resolve(GENERATED_FILE_NAME);
    }

    private static Path testKeyDirectory() {
        String directory = System.getProperty(TEST_KEY_DIRECTORY);
        if (directory == null) {
            try {
                Path created = Files.createTempDirectory("traffic-light-audit-");
                created.toFile().deleteOnExit();
                created.resolve(GENERATED_FILE_NAME).toFile().deleteOnExit();
                directory = created.toString();
                System.setProperty(TEST_KEY_DIRECTORY, directory);
            } catch (IOException e) {
                throw new UnavailableException("No folder for a test signing key: " + e.getMessage(), e);
            }
        }
        return Path.of(directory);
    }

    private static void write(Path file, KeyPair pair) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), GENERATED_FILE_NAME, ".partial");
            try {
                ownerOnly(partial);
                Files.writeString(partial, Ed25519Keys.pem(pair.getPrivate()), StandardCharsets.US_ASCII);
                // Never replaces a key: one that another process wrote meanwhile wins, and is read back.
                Files.move(partial, file);
                LOG.infof("Generated the audit signing key %s (key id %s)", file,
                        HashText.encode(Ed25519Keys.keyId(pair.getPublic())));
            } catch (FileAlreadyExistsException e) {
                LOG.debugf("Another process generated %s first", file);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UnavailableException("The audit signing key " + file + " cannot be generated: "
                    + e.getMessage(), e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
