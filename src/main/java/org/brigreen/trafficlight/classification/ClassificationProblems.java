package org.brigreen.trafficlight.classification;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.brigreen.trafficlight.decision.DecisionLogUnavailableException;
import org.brigreen.trafficlight.http.Problem;
import org.brigreen.trafficlight.http.ProblemType;
import org.brigreen.trafficlight.http.Problems;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A decision that cannot be recorded is not given, nor one read while the log is down: 503, retry later. */
public class ClassificationProblems {

    private static final Logger LOG = Logger.getLogger(ClassificationProblems.class);

    @ServerExceptionMapper
    public Response decisionLogUnavailable(DecisionLogUnavailableException e, UriInfo uri) {
        LOG.warnf("Decision log unavailable serving %s: %s", uri.getPath(), rootCause(e).toString());
        return Response.fromResponse(Problems.response(Problem.of(ProblemType.DECISION_LOG_UNAVAILABLE, "Service Unavailable",
                        503, e.getMessage(), uri.getPath())))
                .header("Retry-After", "1")
                .build();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
