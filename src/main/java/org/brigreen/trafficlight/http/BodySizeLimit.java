package org.brigreen.trafficlight.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.WebApplicationException;

/**
 * Request bodies are at most 256 KiB. A body declared larger is refused before it is read, as problem+json; a chunked
 * body is measured once read. The HTTP server's own limit sits higher, so that its bare 413 is not what callers see.
 */
@ApplicationScoped
public class BodySizeLimit {

    public static final int MAX_BYTES = 256 * 1024;
    private static final String DETAIL = "The request body is larger than " + MAX_BYTES + " bytes.";

    private final ObjectMapper mapper;

    public BodySizeLimit(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void refuseDeclaredOversizeBodies(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            if (declaredLength(context.request().getHeader(HttpHeaders.CONTENT_LENGTH)) <= MAX_BYTES) {
                context.next();
                return;
            }
            Problem problem = Problem.of("http-413", "Request Entity Too Large", 413, DETAIL, context.request().path());
            context.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(json(problem));
        });
    }

    /** Throws the 413 for a body that turned out larger than allowed. */
    public static void check(byte[] body) {
        if (body.length > MAX_BYTES) {
            throw new WebApplicationException(DETAIL, 413);
        }
    }

    private static long declaredLength(String header) {
        try {
            return header == null ? 0 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String json(Problem problem) {
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem cannot be written as JSON", e);
        }
    }
}
