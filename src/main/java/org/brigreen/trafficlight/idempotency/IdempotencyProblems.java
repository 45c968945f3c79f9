package org.brigreen.trafficlight.idempotency;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.brigreen.trafficlight.http.Problem;
import org.brigreen.trafficlight.http.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * An Idempotency-Key that cannot be honoured, as problem+json: 409 while in flight (retry) or when its batch was cut
 * off, 422 when reused.
 */
public class IdempotencyProblems {

    @ServerExceptionMapper
    public Response idempotencyKey(IdempotencyKeyException e, UriInfo uri) {
        Response problem = Problems.response(Problem.of(e.type(),
                e.status() == 409 ? "Conflict" : "Unprocessable Content", e.status(), e.getMessage(), uri.getPath()));
        return e.retry() ? Response.fromResponse(problem).header("Retry-After", "1").build() : problem;
    }
}
