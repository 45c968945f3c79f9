package org.brigreen.trafficlight.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import org.brigreen.trafficlight.input.TooLargeException;

/**
 * Request bodies are at most 256 KiB, but for batches of descriptors, which are at most 64 MiB. A body declared larger
 * is refused before it is read, as problem+json; a chunked body is measured once read. The HTTP server's own limit
 * sits higher, so that its bare 413 is not what callers see.
 */
@ApplicationScoped
public class BodySizeLimit {

    public static final int MAX_BYTES = 256 * 1024;
    public static final int MAX_BATCH_BYTES = 64 * 1024 * 1024;
    public static final String CLASSIFICATION_BATCH_PATH = "/v1/classifications/batch";
    public static final String EVALUATION_BATCH_PATH = "/v1/evaluations/batch";
    /** Where the portfolio page's script sends a portfolio to be screened, and to be evaluated under another version. */
    public static final String PORTFOLIO_SCREEN_PATH = "/app/portfolio/screen";
    public static final String PORTFOLIO_COMPARE_PATH = "/app/portfolio/compare";
    public static final String PORTFOLIO_PROJECTS_PATH = "/app/portfolio/projects";
    /** The paths of batches, which may be larger. */
    private static final Set<String> BATCH_PATHS = Set.of(CLASSIFICATION_BATCH_PATH, EVALUATION_BATCH_PATH,
            PORTFOLIO_SCREEN_PATH, PORTFOLIO_COMPARE_PATH, PORTFOLIO_PROJECTS_PATH);

    private final RouteProblems problems;

    public BodySizeLimit(RouteProblems problems) {
        this.problems = problems;
    }

    void refuseDeclaredOversizeBodies(@Observes Router router) {
        // After the configured response headers (quarkus.http.header and .filter, at Integer.MIN_VALUE), so that the
        // 413 carries them too, and before the body is read.
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            int limit = BATCH_PATHS.contains(context.request().path()) ? MAX_BATCH_BYTES : MAX_BYTES;
            if (declaredLength(context.request().getHeader(HttpHeaders.CONTENT_LENGTH)) <= limit) {
                context.next();
                return;
            }
            problems.end(context.response(), Problem.of(ProblemType.HTTP_413, "Request Entity Too Large", 413, detail(limit),
                    context.request().path()));
        });
    }

    /** Throws the 413 for a body that turned out larger than allowed. */
    public static void check(byte[] body) {
        check(body, MAX_BYTES);
    }

    /** Throws the 413 for a batch that turned out larger than allowed. */
    public static void checkBatch(byte[] body) {
        check(body, MAX_BATCH_BYTES);
    }

    private static void check(byte[] body, int limit) {
        if (body.length > limit) {
            throw new TooLargeException(detail(limit));
        }
    }

    private static String detail(int limit) {
        return "The request body is larger than " + limit + " bytes.";
    }

    private static long declaredLength(String header) {
        try {
            return header == null ? 0 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
