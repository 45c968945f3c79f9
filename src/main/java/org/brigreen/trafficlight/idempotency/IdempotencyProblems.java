package org.brigreen.trafficlight.idempotency;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.brigreen.trafficlight.http.Problem;
import org.brigreen.trafficlight.http.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** An Idempotency-Key that cannot be honoured, as problem+json: 409 while in flight (retry), 422 when reused. */
public class IdempotencyProblems {

    @ServerExceptionMapper
    public Response idempotencyKey(IdempotencyKeyException e, UriInfo uri) {
        boolean inFlight = e.status() == 409;
        Response problem = Problems.response(Problem.of(
                inFlight ? "idempotency-key-in-flight" : "idempotency-key-reused",
                inFlight ? "Conflict" : "Unprocessable Content", e.status(), e.getMessage(), uri.getPath()));
        return inFlight ? Response.fromResponse(problem).header("Retry-After", "1").build() : problem;
    }
}
