package org.brigreen.trafficlight.replay;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.brigreen.trafficlight.http.QueryParameters;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.security.Roles;

/**
 * The impact of a rule-set version on past decisions. Both ends of the period are optional: without {@code from}
 * the analysis starts at the first record, without {@code to} it runs to the last record committed when it starts,
 * so that "every decision so far" needs no made-up dates. POST, not GET: each call is a fresh computation over a
 * log that grows, not a resource to cache.
 */
@Path("/v1/rulesets/{id}/versions/{version}/impact")
@RolesAllowed(Roles.REGULATOR)
@RateLimited
public class ImpactResource {

    private static final int MAX_NAME_LENGTH = 64;

    private final ImpactService service;

    public ImpactResource(ImpactService service) {
        this.service = service;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Impact impact(
            @PathParam("id") String id,
            @PathParam("version") String version,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("decidedUnder") String decidedUnder) {
        QueryParameters parameters = new QueryParameters();
        QueryParameters.TimeRange period = parameters.period(from, to);
        if (decidedUnder != null) {
            parameters.text("decidedUnder", decidedUnder, MAX_NAME_LENGTH);
        }
        parameters.validate("The period or version of the analysis is invalid.");
        return service.impact(id, version, period.from(), period.to(), decidedUnder);
    }
}
