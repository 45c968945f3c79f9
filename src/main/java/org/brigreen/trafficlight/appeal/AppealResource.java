package org.brigreen.trafficlight.appeal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.brigreen.trafficlight.http.BodySizeLimit;
import org.brigreen.trafficlight.http.QueryParameters;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.security.Roles;

/** Appeals against decisions: listed and read by the organisation that filed them and by regulators, who rule. */
@Path("/v1/appeals")
@RolesAllowed({Roles.LENDER, Roles.ENTERPRISE, Roles.REGULATOR})
@RateLimited
public class AppealResource {

    /** The most appeals a list holds: the newest filed. */
    static final int LIST_LIMIT = 500;
    private static final List<String> STATES = Arrays.stream(AppealState.values()).map(AppealState::wireName).toList();

    private final AppealService service;
    private final AppealRequests requests;

    public AppealResource(AppealService service, AppealRequests requests) {
        this.service = service;
        this.requests = requests;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public AppealAnswer.Page list(@QueryParam("state") String state) {
        QueryParameters parameters = new QueryParameters();
        OptionalInt asked = QueryParameters.absent(state) ? OptionalInt.empty()
                : parameters.oneOf("state", state, STATES);
        parameters.validate("The query has an invalid parameter.");
        AppealState inState = asked.isPresent() ? AppealState.values()[asked.getAsInt()] : null;
        return AppealAnswer.Page.of(service.newest(inState, LIST_LIMIT));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public AppealAnswer get(@PathParam("id") String id) {
        return AppealAnswer.of(service.visible(QueryParameters.pathId("appeal", id)));
    }

    @POST
    @Path("/{id}/ruling")
    @RolesAllowed(Roles.REGULATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public AppealAnswer rule(@PathParam("id") String id, byte[] body) {
        BodySizeLimit.check(body);
        AppealRequests.RulingRequest ruling = requests.ruling(body);
        return AppealAnswer.of(service.rule(QueryParameters.pathId("appeal", id), ruling.outcome(),
                ruling.reasons()));
    }
}
