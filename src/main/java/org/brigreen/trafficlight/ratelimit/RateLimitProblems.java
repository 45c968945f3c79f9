package org.brigreen.trafficlight.ratelimit;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.brigreen.trafficlight.http.Problem;
import org.brigreen.trafficlight.http.ProblemType;
import org.brigreen.trafficlight.http.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A request over the rate limit, as problem+json 429 with Retry-After (RFC 6585). */
public class RateLimitProblems {

    @ServerExceptionMapper
    public Response rateLimited(RateLimitExceededException e, UriInfo uri) {
        return Response.fromResponse(Problems.response(Problem.of(ProblemType.RATE_LIMITED, "Too Many Requests", 429,
                e.getMessage(), uri.getPath()))).header("Retry-After", String.valueOf(e.retryAfterSeconds())).build();
    }
}
