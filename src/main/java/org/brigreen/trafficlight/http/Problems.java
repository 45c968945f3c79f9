package org.brigreen.trafficlight.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers every error of the API as RFC 9457 problem+json: invalid requests with each invalid field, HTTP errors with
 * their status, and anything unexpected as a bare 500 that gives away nothing internal.
 */
public class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class);

    /** The response carrying a problem. */
    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e, UriInfo uri) {
        return response(invalid(e, uri.getPath()));
    }

    /** The problem of an invalid request: what is wrong, and every invalid field. */
    public static Problem invalid(InvalidRequestException e, String instance) {
        return Problem.of("invalid-request", "Invalid request", 400, e.getMessage(), instance).withErrors(e.errors());
    }

    @ServerExceptionMapper
    public Response httpError(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return response(Problem.of("http-" + status.getStatusCode(), status.getReasonPhrase(), status.getStatusCode(),
                detailOf(status.getStatusCode(), e), uri.getPath()));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.error("Unexpected failure serving " + uri.getPath(), e);
        return response(Problem.of("internal-error", "Internal Server Error", 500,
                "The request could not be served. It has been logged.", uri.getPath()));
    }

    private static String detailOf(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> e instanceof NotFound ? e.getMessage() : "There is nothing at this path.";
            case 405 -> "This method is not allowed on this path.";
            case 406 -> "None of the media types in Accept can be served here; see the API description at /q/openapi.";
            case 413 -> e.getMessage();
            case 415 -> "The request body's media type is not accepted here: application/json for a classification, "
                    + "application/x-ndjson or text/csv for a batch.";
            default -> "The request could not be served.";
        };
    }

    /** A 404 whose message tells the caller what exists instead. */
    public static class NotFound extends jakarta.ws.rs.NotFoundException {
        public NotFound(String detail) {
            super(detail);
        }
    }
}
