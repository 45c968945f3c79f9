package org.brigreen.trafficlight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Calls the service's API with a bearer token. An answer of 400 or more becomes a {@link CommandFailure} naming, in
 * one line, the status and what the service's problem (RFC 9457) says; a service that cannot be reached becomes one
 * too.
 */
final class ServiceClient {

    static final String JSON_TYPE = "application/json";
    static final String NDJSON_TYPE = "application/x-ndjson";
    static final String CSV_TYPE = "text/csv";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private final URI base;
    private final String token;

    ServiceClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** A request to {@code pathAndQuery} (such as {@code /v1/evaluations?version=2026.1}), with the token. */
    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery)).header("Authorization", "Bearer " + token);
    }

    /** POSTs {@code file} as {@code contentType} and reads the JSON answer. */
    JsonNode postFile(String pathAndQuery, Path file, String contentType, Map<String, String> headers)
            throws IOException {
        HttpRequest.Builder request = request(pathAndQuery).header("Content-Type", contentType)
                .header("Accept", JSON_TYPE).POST(HttpRequest.BodyPublishers.ofFile(file));
        headers.forEach(request::header);
        try (InputStream body = send(request.build()).body()) {
            return JSON.readTree(body);
        }
    }

    /** GETs {@code pathAndQuery} as JSON. */
    JsonNode getJson(String pathAndQuery) throws IOException {
        try (InputStream body = send(request(pathAndQuery).header("Accept", JSON_TYPE).GET().build()).body()) {
            return JSON.readTree(body);
        }
    }

    /** GETs {@code pathAndQuery} as {@code accept} into {@code file}. */
    Path download(String pathAndQuery, String accept, Path file) throws IOException {
        try (InputStream body = send(request(pathAndQuery).header("Accept", accept).GET().build()).body()) {
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** Sends a request; an answer of 400 or more, or none, is a {@link CommandFailure}. */
    HttpResponse<InputStream> send(HttpRequest request) throws IOException {
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException | HttpTimeoutException e) {
            throw CommandFailure.unreachable("the service at " + base + " cannot be reached: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (response.statusCode() >= 400) {
            try (InputStream body = response.body()) {
                throw CommandFailure.refused(problem(request, response.statusCode(), body.readAllBytes()));
            }
        }
        return response;
    }

    /**
     * The problem of a refused request in one line: the status, the title, the detail, and each invalid field with
     * its reason; an answer that is no problem is quoted, shortened.
     */
    static String problem(HttpRequest request, int status, byte[] body) {
        String where = request.method() + " " + request.uri().getRawPath() + ": " + status;
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (IOException e) {
            problem = null;
        }
        if (problem == null || !problem.isObject() || !problem.has("title")) {
            String text = new String(body, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
            return where + (text.isEmpty() ? "" : " " + (text.length() > 200 ? text.substring(0, 200) + "…" : text));
        }
        return where + " " + problem.path("title").asText() + ": " + problem.path("detail").asText()
                + fieldErrors(problem.path("errors"));
    }

    /** Each invalid field: its pointer, the reason, and the values allowed where the problem names them. */
    private static String fieldErrors(JsonNode errors) {
        if (!errors.isArray() || errors.isEmpty()) {
            return "";
        }
        return " " + StreamSupport.stream(errors.spliterator(), false)
                .map(error -> error.path("pointer").asText() + " " + error.path("reason").asText()
                        + (error.has("allowedValues") ? " (allowed: " + allowed(error.get("allowedValues")) + ")" : ""))
                .collect(Collectors.joining("; "));
    }

    private static String allowed(JsonNode values) {
        return StreamSupport.stream(values.spliterator(), false).map(JsonNode::asText)
                .collect(Collectors.joining(", "));
    }
}
