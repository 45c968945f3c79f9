package org.brigreen.trafficlight.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged service, started as operators start it while its database cannot be reached: it retries for the
 * configured time, one line per attempt at most every few seconds, then exits non-zero with one line naming the
 * database's host and port and the reason, and no stack trace.
 */
class PackagedStartupIT {

    private static final Path PACKAGE = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final int STARTUP_TIMEOUT_SECONDS = 6;
    private static final int RETRY_LINE_SECONDS = 5;

    @TempDir
    Path secrets;

    @Test
    void givesUpOnAnUnreachableDatabaseWithOneLineAndNoStackTrace() throws Exception {
        assertTrue(Files.isRegularFile(PACKAGE), "the package is built before the integration tests");
        int closedPort = closedPort();
        Path output = secrets.resolve("output.txt");
        ProcessBuilder service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", PACKAGE.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        service.environment().putAll(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + closedPort + "/traffic_light",
                "QUARKUS_DATASOURCE_USERNAME", "traffic_light",
                "QUARKUS_DATASOURCE_PASSWORD", "not-needed",
                "TRAFFIC_LIGHT_AUDIT_SIGNING_KEY", pem("PRIVATE KEY", ed25519PrivateKey(), "signing.pem"),
                "MP_JWT_VERIFY_ISSUER", "https://idp.example/realms/bri",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", pem("PUBLIC KEY", rsaPublicKey(), "idp-public-key.pem"),
                "TRAFFIC_LIGHT_RULES_DIRECTORY", Path.of("rules").toAbsolutePath().toString(),
                "TRAFFIC_LIGHT_DATABASE_STARTUP_TIMEOUT", STARTUP_TIMEOUT_SECONDS + "s",
                "QUARKUS_HTTP_PORT", "0"));

        Process process = service.start();
        boolean ended = process.waitFor(STARTUP_TIMEOUT_SECONDS + 90, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        String text = String.join("\n", lines);

        assertTrue(ended, "the service gave up:\n" + text);
        assertNotEquals(0, process.exitValue(), text);
        String last = lines.get(lines.size() - 1);
        String address = "127.0.0.1:" + closedPort;
        assertTrue(last.contains("database at " + address) && last.contains("refused"),
                "the last line names the database and why: " + last);
        assertFalse(lines.stream().anyMatch(line -> line.startsWith("\tat ") || line.contains("Exception")),
                "no stack trace:\n" + text);
        long retries = lines.stream().filter(line -> line.contains("retrying")).count();
        assertTrue(retries >= 1, "each wait is logged:\n" + text);
        assertTrue(retries <= STARTUP_TIMEOUT_SECONDS / RETRY_LINE_SECONDS + 1,
                "at most one line every " + RETRY_LINE_SECONDS + " seconds:\n" + text);
        assertEquals(1, lines.stream().filter(line -> line.contains("Gave up")).count(), text);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private String pem(String type, Key key, String name) throws IOException {
        Path file = secrets.resolve(name);
        Files.writeString(file, "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
                + "\n-----END " + type + "-----\n");
        return file.toString();
    }

    private static Key ed25519PrivateKey() throws GeneralSecurityException {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate();
    }

    private static Key rsaPublicKey() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair().getPublic();
    }
}
