package org.brigreen.trafficlight.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.stream.Stream;
import org.brigreen.trafficlight.security.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Requests that the HTTP layer refuses before any endpoint sees them are answered as problem+json too, sent over a
 * plain socket because no HTTP client would send them.
 */
@QuarkusTest
class HttpLayerErrorsTest {

    private static final String HOST = "Host: localhost\r\n";
    private static final String CLOSE = "Connection: close\r\n";

    static Stream<Arguments> refusedRequests() {
        return Stream.of(
                Arguments.of("a header of 30 KiB", 431,
                        "GET /v1/rulesets HTTP/1.1\r\n" + HOST + "X-Big: " + "b".repeat(30 * 1024) + "\r\n" + CLOSE
                                + "\r\n"),
                Arguments.of("a bearer token of 30 KiB", 431,
                        "GET /v1/rulesets HTTP/1.1\r\n" + HOST + "Authorization: Bearer " + "t".repeat(30 * 1024)
                                + "\r\n" + CLOSE + "\r\n"),
                Arguments.of("a thousand small headers", 431,
                        "GET /v1/rulesets HTTP/1.1\r\n" + HOST + "X-Many: 0123456789012345678901234567890\r\n"
                                .repeat(1000) + CLOSE + "\r\n"),
                Arguments.of("a URI of 10 KiB", 414,
                        "GET /v1/rulesets?x=" + "u".repeat(10 * 1024) + " HTTP/1.1\r\n" + HOST + CLOSE + "\r\n"),
                Arguments.of("a path outside the API", 404, "GET /nothing-here HTTP/1.1\r\n" + HOST + CLOSE + "\r\n"),
                Arguments.of("a path under /q that is not there", 404,
                        "GET /q/nothing-here HTTP/1.1\r\n" + HOST + CLOSE + "\r\n"));
    }

    /**
     * What the HTTP server refuses before the application can answer: past its own limits, and what it cannot parse.
     * It answers with a bare status and closes the connection (README: Configuration); should a later Quarkus let the
     * application answer these, this test fails and they belong above.
     */
    static Stream<Arguments> refusedByTheServerAlone() {
        String post = "POST /v1/classifications HTTP/1.1\r\n" + HOST + "Content-Type: application/json\r\n";
        return Stream.of(
                Arguments.of("a header of 100 KiB", 431,
                        "GET /v1/rulesets HTTP/1.1\r\n" + HOST + "X-Big: " + "b".repeat(100 * 1024) + "\r\n\r\n"),
                Arguments.of("a URI of 20 KiB", 414,
                        "GET /v1/rulesets?x=" + "u".repeat(20 * 1024) + " HTTP/1.1\r\n" + HOST + "\r\n"),
                Arguments.of("a request line that is not HTTP", 400, "HELLO THERE\r\n" + HOST + "\r\n"),
                Arguments.of("a header line without a colon", 400,
                        "GET /v1/rulesets HTTP/1.1\r\n" + HOST + "NoColonHere\r\n\r\n"),
                Arguments.of("a header name with a space", 400,
                        "GET /v1/rulesets HTTP/1.1\r\n" + HOST + "Bad Name: x\r\n\r\n"),
                Arguments.of("a Content-Length that is not a number", 400, post + "Content-Length: abc\r\n\r\n{}"),
                Arguments.of("a negative Content-Length", 400, post + "Content-Length: -5\r\n\r\n{}"),
                Arguments.of("two different Content-Lengths", 400,
                        post + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}"),
                Arguments.of("a malformed percent-encoding in the path", 400,
                        "GET /v1/rulesets/%zz HTTP/1.1\r\n" + HOST + "\r\n"),
                Arguments.of("a space in the path", 400, "GET /v1/rule sets HTTP/1.1\r\n" + HOST + "\r\n"),
                Arguments.of("a path that does not start with a slash", 404,
                        "GET v1/rulesets HTTP/1.1\r\n" + HOST + "\r\n"),
                Arguments.of("both Content-Length and chunked", 400,
                        post + "Content-Length: 7\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedRequests")
    void isAnsweredWithAProblem(String name, int status, String request) throws IOException {
        RawHttp.Answer answer = RawHttp.send(request);
        assertAll(
                () -> assertEquals(status, answer.status(), answer.body()),
                () -> assertEquals(Problem.MEDIA_TYPE, answer.header("Content-Type").orElse(null)),
                () -> assertEquals(status, JsonPath.from(answer.body()).getInt("status"), answer.body()),
                () -> assertEquals("nosniff", answer.header("X-Content-Type-Options").orElse(null)),
                () -> assertFalse(answer.body().contains("Exception") || answer.body().contains("io.netty"),
                        answer.body()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedByTheServerAlone")
    void isRefusedByTheServerAloneWithABareStatus(String name, int status, String request) throws IOException {
        RawHttp.Answer answer = RawHttp.send(request);
        assertEquals(status, answer.status());
        assertEquals("", answer.body());
        assertEquals("close", answer.header("Connection").orElse("close"), "the connection ends");
    }

    @Test
    void aBrokenChunkedBodyEndsTheConnectionWithoutAnswer() throws IOException {
        String request = "POST /v1/classifications HTTP/1.1\r\n" + HOST + "Authorization: Bearer "
                + Tokens.lender("org-test") + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                + "\r\nzz\r\n{}\r\n0\r\n\r\n";
        assertThrows(IOException.class, () -> RawHttp.send(request), "no answer at all");
    }
}
