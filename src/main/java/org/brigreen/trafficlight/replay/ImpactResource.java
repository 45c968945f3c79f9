package org.brigreen.trafficlight.replay;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.brigreen.trafficlight.http.ParameterValues;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.input.InvalidRequestException;
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
        List<FieldError> errors = new ArrayList<>();
        Instant start = instant("from", from, errors);
        Instant end = instant("to", to, errors);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.add(new FieldError("to", "must be after from"));
        }
        if (decidedUnder != null) {
            ParameterValues.text("decidedUnder", decidedUnder, MAX_NAME_LENGTH, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The period or version of the analysis is invalid.", errors);
        }
        return service.impact(id, version, start, end, decidedUnder);
    }

    private static Instant instant(String parameter, String value, List<FieldError> errors) {
        return value == null ? null : ParameterValues.instant(parameter, value, errors).orElse(null);
    }
}
