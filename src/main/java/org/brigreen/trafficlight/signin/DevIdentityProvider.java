package org.brigreen.trafficlight.signin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.brigreen.trafficlight.security.Callers;
import org.brigreen.trafficlight.security.ClaimShapes;
import org.brigreen.trafficlight.security.Roles;

/**
 * Dev mode and tests only: a small OpenID Connect provider on its own port, so that people sign in to the pages
 * through the very authorization-code flow of production, with no identity provider installed. Its sign-in page
 * lets one pick a role and an organisation. It is strict where a real provider is: the client must authenticate,
 * the redirect URI must match, and the code is given only for the PKCE verifier (S256) of its challenge, once.
 * The packaged service leaves this class out (application.properties); its keys are made afresh at each start.
 */
public final class DevIdentityProvider implements AutoCloseable {

    /** The roles its sign-in page offers. */
    static final List<String> ROLES = List.of(Roles.ENTERPRISE, Roles.LENDER, Roles.REGULATOR, Roles.RULES_ADMIN);
    private static final Duration TOKENS_LAST = Duration.ofHours(8);
    private static final String KEY_ID = "dev-only";

    private final HttpServer server;
    private final String clientId;
    private final String clientSecret;
    private final KeyPair keys;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final ObjectMapper json = new ObjectMapper();

    /** What a code was given for, until the client redeems it. */
    private record Grant(String redirectUri, String codeChallenge, String nonce, String role, String org) {
    }

    private DevIdentityProvider(HttpServer server, String clientId, String clientSecret) {
        this.server = server;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.keys = rsaKeys();
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/jwks", this::keySet);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/logout", this::logout);
        server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "dev-identity-provider");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    /**
     * Starts a provider on the loopback address.
     *
     * @param port 0 for any free port
     */
    public static DevIdentityProvider start(int port, String clientId, String clientSecret) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        return new DevIdentityProvider(server, clientId, clientSecret);
    }

    /** Its issuer: the OpenID Connect "auth-server-url" of a client. */
    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer());
        document.put("authorization_endpoint", issuer() + "/authorize");
        document.put("token_endpoint", issuer() + "/token");
        document.put("jwks_uri", issuer() + "/jwks");
        document.put("end_session_endpoint", issuer() + "/logout");
        document.put("response_types_supported", List.of("code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("code_challenge_methods_supported", List.of("S256"));
        document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        sendJson(exchange, 200, document);
    }

    private void keySet(HttpExchange exchange) throws IOException {
        RSAPublicKey publicKey = (RSAPublicKey) keys.getPublic();
        sendJson(exchange, 200, Map.of("keys", List.of(Map.of("kty", "RSA", "use", "sig", "alg", "RS256",
                "kid", KEY_ID, "n", base64Url(publicKey.getModulus()), "e",
                base64Url(publicKey.getPublicExponent())))));
    }

    /** GET shows the sign-in page for an authorization request; POST signs in and sends the browser back. */
    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> request = "POST".equals(exchange.getRequestMethod()) ? form(exchange)
                : query(exchange.getRequestURI());
        String problem = authorizationProblem(request);
        if (problem != null) {
            sendText(exchange, 400, problem);
            return;
        }
        if ("GET".equals(exchange.getRequestMethod())) {
            sendHtml(exchange, DevSignInPage.render(request, ROLES, false));
            return;
        }
        String role = request.get("role");
        String org = request.getOrDefault("org", "").strip();
        boolean needsOrg = Roles.LENDER.equals(role) || Roles.ENTERPRISE.equals(role);
        if (!ROLES.contains(role) || (needsOrg || !org.isEmpty()) && !ClaimShapes.isName(org)) {
            sendHtml(exchange, DevSignInPage.render(request, ROLES, true));
            return;
        }
        String code = randomToken();
        grants.put(code, new Grant(request.get("redirect_uri"), request.get("code_challenge"), request.get("nonce"),
                role, org));
        redirect(exchange, request.get("redirect_uri") + (request.get("redirect_uri").contains("?") ? "&" : "?")
                + "code=" + code + "&state=" + URLEncoder.encode(request.get("state"), StandardCharsets.UTF_8));
    }

    /** Why an authorization request is refused, or null. */
    private String authorizationProblem(Map<String, String> request) {
        if (!"code".equals(request.get("response_type"))) {
            return "response_type must be code";
        }
        if (!clientId.equals(request.get("client_id"))) {
            return "unknown client_id";
        }
        String redirectUri = request.get("redirect_uri");
        if (redirectUri == null || !(redirectUri.startsWith("http://localhost:")
                || redirectUri.startsWith("http://127.0.0.1:") || redirectUri.startsWith("https://"))) {
            return "redirect_uri must be an absolute http(s) URI";
        }
        if (request.get("state") == null) {
            return "state is required";
        }
        if (!"S256".equals(request.get("code_challenge_method")) || request.get("code_challenge") == null) {
            return "PKCE is required: code_challenge with code_challenge_method S256";
        }
        return null;
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> request = form(exchange);
        if (!clientAuthenticated(exchange, request)) {
            sendJson(exchange, 401, Map.of("error", "invalid_client"));
            return;
        }
        Grant grant = "authorization_code".equals(request.get("grant_type")) ? grants.remove(request.get("code"))
                : null;
        if (grant == null || !grant.redirectUri().equals(request.get("redirect_uri"))
                || !grant.codeChallenge().equals(challenge(request.get("code_verifier")))) {
            sendJson(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        String subject = "dev-" + grant.role() + (grant.org().isEmpty() ? "" : "-" + grant.org());
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", subject);
        claims.put("preferred_username", subject);
        claims.put("groups", List.of(grant.role()));
        if (!grant.org().isEmpty()) {
            claims.put(Callers.ORG_CLAIM, grant.org());
        }
        if (grant.nonce() != null) {
            claims.put("nonce", grant.nonce());
        }
        sendJson(exchange, 200, Map.of("token_type", "Bearer", "expires_in", TOKENS_LAST.toSeconds(),
                "id_token", sign(claims), "access_token", sign(claims)));
    }

    private String sign(Map<String, Object> claims) {
        return Jwt.claims(claims).issuer(issuer()).audience(Set.of(clientId)).expiresIn(TOKENS_LAST).jws()
                .keyId(KEY_ID).sign(keys.getPrivate());
    }

    private boolean clientAuthenticated(HttpExchange exchange, Map<String, String> request) {
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        if (basic != null && basic.startsWith("Basic ")) {
            String[] pair = new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8)
                    .split(":", 2);
            return pair.length == 2 && clientId.equals(decode(pair[0])) && clientSecret.equals(decode(pair[1]));
        }
        return clientId.equals(request.get("client_id")) && clientSecret.equals(request.get("client_secret"));
    }

    private void logout(HttpExchange exchange) throws IOException {
        String back = query(exchange.getRequestURI()).get("post_logout_redirect_uri");
        if (back == null) {
            sendText(exchange, 200, "Signed out.");
            return;
        }
        redirect(exchange, back);
    }

    private static String challenge(String verifier) {
        if (verifier == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String randomToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        // Unsigned, as JWK asks: without the sign byte a positive number may carry.
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Map<String, String> query(URI uri) {
        return parameters(uri.getRawQuery());
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        return parameters(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static Map<String, String> parameters(String encoded) {
        Map<String, String> parameters = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return parameters;
        }
        for (String pair : encoded.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            parameters.putIfAbsent(decode(nameAndValue[0]), nameAndValue.length == 2 ? decode(nameAndValue[1]) : "");
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private void sendJson(HttpExchange exchange, int status, Object body) throws IOException {
        send(exchange, status, "application/json", json.writeValueAsBytes(body));
    }

    private static void sendHtml(HttpExchange exchange, String page) throws IOException {
        send(exchange, 200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
