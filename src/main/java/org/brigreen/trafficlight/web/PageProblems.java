package org.brigreen.trafficlight.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.brigreen.trafficlight.http.Problem;
import org.brigreen.trafficlight.http.ProblemType;
import org.brigreen.trafficlight.http.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The answers of the pages' refusals. */
public class PageProblems {

    @ServerExceptionMapper
    public Response formTokenRefused(FormTokenRefusedException e, UriInfo uri) {
        return Problems.response(Problem.of(ProblemType.FORM_TOKEN_REFUSED, "Forbidden", 403, e.getMessage(), uri.getPath()));
    }
}
