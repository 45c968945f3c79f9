package org.brigreen.trafficlight.catalog;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.brigreen.trafficlight.http.Problem;
import org.brigreen.trafficlight.http.ProblemType;
import org.brigreen.trafficlight.http.Problems;
import org.brigreen.trafficlight.rules.UnknownRuleSetException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** An unknown rule set or version is a 404 that says what is loaded. */
public class RuleSetProblems {

    @ServerExceptionMapper
    public Response unknownRuleSet(UnknownRuleSetException e, UriInfo uri) {
        return Problems.response(Problem.of(ProblemType.UNKNOWN_RULE_SET, "Not Found", 404, e.getMessage(), uri.getPath()));
    }
}
