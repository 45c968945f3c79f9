package org.brigreen.trafficlight.replay;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.brigreen.trafficlight.http.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A decision its own rule-set version does not reproduce: 409 problem+json, with the replay as evidence. */
public class ReplayProblems {

    @ServerExceptionMapper
    public Response integrityError(IntegrityException e, UriInfo uri) {
        Replay replay = e.replay();
        IntegrityProblem problem = new IntegrityProblem(IntegrityProblem.TYPE, "Integrity error", 409,
                e.getMessage(), uri.getPath(), replay);
        Response.ResponseBuilder response = Response.status(409).type(Problem.MEDIA_TYPE).entity(problem);
        return (replay == null ? response : response.header(HttpHeaders.CONTENT_LANGUAGE, replay.language())).build();
    }
}
