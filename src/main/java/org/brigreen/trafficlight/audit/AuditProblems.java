package org.brigreen.trafficlight.audit;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.brigreen.trafficlight.http.Problem;
import org.brigreen.trafficlight.http.ProblemType;
import org.brigreen.trafficlight.http.Problems;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A log that does not hold together gets no proof: a 409, like a replay that does not reproduce its record, because
 * the service works and it is the state of the log that conflicts with the request; it says where the damage is
 * rather than giving a proof that cannot verify.
 */
public class AuditProblems {

    private static final Logger LOG = Logger.getLogger(AuditProblems.class);

    @ServerExceptionMapper
    public Response logDamaged(LogDamagedException e, UriInfo uri) {
        LOG.errorf("Serving %s: %s", uri.getPath(), e.getMessage());
        return Problems.response(Problem.of(ProblemType.LOG_DAMAGED, "Conflict", 409,
                e.getMessage() + " POST /v1/audit/verify names the first damage.", uri.getPath()));
    }
}
