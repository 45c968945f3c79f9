package org.brigreen.trafficlight.appeal;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.brigreen.trafficlight.http.Problem;
import org.brigreen.trafficlight.http.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** An appeal step the appeal's state does not allow, as problem+json. */
public class AppealProblems {

    @ServerExceptionMapper
    public Response conflict(AppealConflictException e, UriInfo uri) {
        return Problems.response(Problem.of(e.problemType(), "Conflict", 409, e.getMessage(), uri.getPath()));
    }
}
