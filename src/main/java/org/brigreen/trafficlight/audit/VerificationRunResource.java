package org.brigreen.trafficlight.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.OptionalLong;
import org.brigreen.trafficlight.http.QueryParameters;
import org.brigreen.trafficlight.input.NotFoundException;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.security.Callers;
import org.brigreen.trafficlight.security.Roles;

/** Verifications of the stored log that run in the background, watched by polling; a regulator's. */
@Path("/v1/audit/verifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.REGULATOR)
@RateLimited
public class VerificationRunResource {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;
    static final String PATH = "/v1/audit/verifications/";

    private final VerificationRuns runs;
    private final Callers callers;

    public VerificationRunResource(VerificationRuns runs, Callers callers) {
        this.runs = runs;
        this.callers = callers;
    }

    @POST
    public Response start(
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        VerificationRun run = startRun(runs, callers, from, to);
        return Response.accepted(run).location(URI.create(PATH + run.id())).build();
    }

    @GET
    @Path("/{id}")
    public VerificationRun run(@PathParam("id") String id) {
        return findRun(runs, id);
    }

    @GET
    public VerificationRunPage latest(@QueryParam("limit") String limit) {
        QueryParameters parameters = new QueryParameters();
        int size = (int) parameters.integer("limit", limit, 1, MAX_LIMIT).orElse(DEFAULT_LIMIT);
        parameters.validate();
        return new VerificationRunPage(runs.latest(size));
    }

    /**
     * Starts a run of seq {@code from} to {@code to}, both optional, for the signed-in caller: what the API and the
     * regulator's integrity page share.
     */
    public static VerificationRun startRun(VerificationRuns runs, Callers callers, String from, String to) {
        QueryParameters parameters = new QueryParameters();
        OptionalLong first = parameters.integer("from", from, 1);
        OptionalLong last = parameters.integer("to", to, 1);
        parameters.validate();
        return runs.start(first, last, callers.name());
    }

    /** The run of the id in a path, or the answer 404 (400 for what is no id). */
    public static VerificationRun findRun(VerificationRuns runs, String id) {
        return runs.find(QueryParameters.pathId("verification", id)).orElseThrow(() -> new NotFoundException("There is no verification " + id + "."));
    }

    /** The latest verifications, newest first. */
    public record VerificationRunPage(List<VerificationRun> verifications) {
    }
}
