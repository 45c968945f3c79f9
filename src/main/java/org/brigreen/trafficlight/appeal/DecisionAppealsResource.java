package org.brigreen.trafficlight.appeal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.brigreen.trafficlight.http.BodySizeLimit;
import org.brigreen.trafficlight.http.QueryParameters;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.security.Roles;

/** The appeals of one decision: filed by the organisation that received it, read by it and by regulators. */
@Path("/v1/decisions/{id}/appeals")
@RolesAllowed({Roles.LENDER, Roles.ENTERPRISE, Roles.REGULATOR})
@RateLimited
public class DecisionAppealsResource {

    private final AppealService service;
    private final AppealRequests requests;

    public DecisionAppealsResource(AppealService service, AppealRequests requests) {
        this.service = service;
        this.requests = requests;
    }

    @POST
    @RolesAllowed({Roles.LENDER, Roles.ENTERPRISE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response file(@PathParam("id") String id, byte[] body) {
        BodySizeLimit.check(body);
        AppealRequests.FilingRequest filing = requests.filing(body);
        AppealService.Filing filed = service.file(QueryParameters.pathId("decision", id), filing.statement(),
                filing.descriptor());
        // A path, not Response.created(URI), which would resolve it against the request's (forgeable) Host.
        return Response.status(filed.created() ? Response.Status.CREATED : Response.Status.OK)
                .header(HttpHeaders.LOCATION, "/v1/appeals/" + filed.appeal().id())
                .entity(AppealAnswer.of(filed.appeal()))
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public AppealAnswer.Page ofDecision(@PathParam("id") String id) {
        return AppealAnswer.Page.of(service.ofDecision(QueryParameters.pathId("decision", id)));
    }
}
