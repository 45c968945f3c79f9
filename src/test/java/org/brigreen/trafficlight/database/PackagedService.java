package org.brigreen.trafficlight.database;

import io.smallrye.jwt.build.Jwt;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.brigreen.trafficlight.security.Callers;
import org.brigreen.trafficlight.tlog.Ed25519Keys;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The package, target/quarkus-app, run as operators run it, for the integration tests that kill it or run it twice:
 * a real PostgreSQL (embedded, started here), an audit signing key and a token issuer's key pair of the test's own,
 * and processes started with them, each writing its output to target/&lt;name&gt;.log.
 */
public final class PackagedService implements AutoCloseable {

    private static final Path PACKAGE = Path.of("target", "quarkus-app").toAbsolutePath();
    private static final Duration READY_WITHIN = Duration.ofSeconds(90);

    private final EmbeddedPostgres database;
    private final Path keys;
    private final KeyPair tokenKeys;
    private final String issuer;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private PackagedService(EmbeddedPostgres database, Path keys, KeyPair tokenKeys, String issuer) {
        this.database = database;
        this.keys = keys;
        this.tokenKeys = tokenKeys;
        this.issuer = issuer;
    }

    /** Starts the database and writes the keys; the tokens are issued by {@code issuer}. */
    public static PackagedService prepare(String issuer) throws IOException, GeneralSecurityException {
        EmbeddedPostgres database = EmbeddedPostgres.builder().setLocaleConfig("locale", "C")
                .setPGStartupWait(Duration.ofSeconds(60)).start();
        Path keys = Files.createTempDirectory("packaged-service-");
        Files.writeString(keys.resolve("audit-signing-key.pem"), Ed25519Keys.pem(Ed25519Keys.generate().getPrivate()));
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair tokenKeys = rsa.generateKeyPair();
        Files.writeString(keys.resolve("token-public-key.pem"), "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(tokenKeys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        return new PackagedService(database, keys, tokenKeys, issuer);
    }

    /**
     * Starts a service process on {@code port} and waits until it is ready, with the environment an operator gives
     * it, generous rate limits, and {@code environment} besides.
     */
    public Process start(String name, int port, Map<String, String> environment) throws IOException,
            InterruptedException {
        Process process = launch(name, port, environment);
        awaitReady(process, name, port);
        return process;
    }

    /** Starts a service process without waiting for it: {@link #awaitReady} does. */
    public Process launch(String name, int port, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@jvm.options", "-jar", "quarkus-run.jar")
                .directory(PACKAGE.toFile())
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", name + ".log").toAbsolutePath().toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.getJdbcUrl("postgres", "postgres"));
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("TRAFFIC_LIGHT_AUDIT_SIGNING_KEY", keys.resolve("audit-signing-key.pem").toString());
        env.put("MP_JWT_VERIFY_ISSUER", issuer);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.resolve("token-public-key.pem").toString());
        env.put("TRAFFIC_LIGHT_RULES_DIRECTORY", Path.of("rules").toAbsolutePath().toString());
        env.put("TRAFFIC_LIGHT_RATE_LIMIT_REQUESTS_PER_SECOND", "100000");
        env.put("TRAFFIC_LIGHT_RATE_LIMIT_BURST", "100000");
        env.putAll(environment);
        return builder.start();
    }

    /** Until the process answers ready on {@code port}; fails if it stops or takes longer than 90 s. */
    public void awaitReady(Process process, String name, int port) throws InterruptedException {
        Instant deadline = Instant.now().plus(READY_WITHIN);
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(10)).build();
        while (Instant.now().isBefore(deadline)) {
            assertTrue(process.isAlive(), "the service " + name + " stopped: see target/" + name + ".log");
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service " + name + " was not ready within " + READY_WITHIN.toSeconds() + " s");
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A bearer token of the role, for the organisation (none: a caller without one, such as a regulator). */
    public String token(String role, String org) {
        return tokens.computeIfAbsent(role + "/" + org, ignored -> {
            var claims = Jwt.issuer(issuer).subject(role + "@" + (org == null ? "authority" : org) + ".example")
                    .groups(Set.of(role)).expiresIn(Duration.ofHours(1));
            return (org == null ? claims : claims.claim(Callers.ORG_CLAIM, org)).jws().sign(tokenKeys.getPrivate());
        });
    }

    /** A connection to the database, as its owner. */
    public Connection connect() throws SQLException {
        return database.getPostgresDatabase().getConnection();
    }

    /** Stops the database and deletes the keys; the processes are the test's to stop first. */
    @Override
    public void close() throws IOException {
        database.close();
        try (Stream<Path> files = Files.list(keys)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(keys);
    }
}
