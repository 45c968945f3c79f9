package org.brigreen.trafficlight.http;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * Refuses a request line or headers over the API's limits as problem+json (414, 431), before anything else is done.
 * <p>
 * The HTTP server's own limits ({@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size}) sit
 * higher, so that such a request reaches this route: past them, and for what the server cannot parse at all, Vert.x
 * answers by itself with an empty body, since Quarkus creates its HTTP server without an invalid-request handler and
 * offers no way to set one (README: Configuration).
 */
@ApplicationScoped
public class RequestHeadLimits {

    /** The longest request URI (path and query) served. */
    public static final int MAX_URI_LENGTH = 4096;
    /** The most bytes of header fields a request may carry: names, values and their separators. */
    public static final int MAX_HEADER_BYTES = 20 * 1024;
    /** Bytes of a header field besides its name and value: ": " and CRLF. */
    private static final int HEADER_OVERHEAD = 4;
    /** The longest path a problem repeats as its instance. */
    private static final int MAX_INSTANCE_LENGTH = 256;

    private final RouteProblems problems;

    public RequestHeadLimits(RouteProblems problems) {
        this.problems = problems;
    }

    void refuseOversizeHeads(@Observes Router router) {
        // After the configured response headers (at Integer.MIN_VALUE), so that the refusal carries them too.
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            if (context.request().uri().length() > MAX_URI_LENGTH) {
                refuse(context, Response.Status.REQUEST_URI_TOO_LONG,
                        "The request URI is longer than " + MAX_URI_LENGTH + " characters.");
            } else if (headerBytes(context.request().headers()) > MAX_HEADER_BYTES) {
                refuse(context, Response.Status.REQUEST_HEADER_FIELDS_TOO_LARGE,
                        "The request's header fields are larger than " + MAX_HEADER_BYTES + " bytes in all.");
            } else {
                context.next();
            }
        });
    }

    private void refuse(RoutingContext context, Response.Status status, String detail) {
        problems.end(context.response(), problem(context, status, detail));
    }

    private static Problem problem(RoutingContext context, Response.Status status, String detail) {
        String path = context.request().path();
        return Problem.of(ProblemType.ofStatus(status.getStatusCode()), status.getReasonPhrase(), status.getStatusCode(),
                detail, path == null || path.length() > MAX_INSTANCE_LENGTH ? null : path);
    }

    private static long headerBytes(MultiMap headers) {
        long bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            bytes += header.getKey().length() + header.getValue().length() + HEADER_OVERHEAD;
        }
        return bytes;
    }
}
