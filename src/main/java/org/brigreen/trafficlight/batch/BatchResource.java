package org.brigreen.trafficlight.batch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.brigreen.trafficlight.http.BodySizeLimit;
import org.brigreen.trafficlight.decision.Caller;
import org.brigreen.trafficlight.http.RequiredContentType;
import org.brigreen.trafficlight.idempotency.IdempotencyKeys;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.security.Callers;
import org.brigreen.trafficlight.security.Roles;

@Path(BatchResource.PATH)
@RateLimited
public class BatchResource {

    static final String PATH = BodySizeLimit.CLASSIFICATION_BATCH_PATH;

    private final PortfolioScreening screening;
    private final BatchIdempotency idempotency;
    private final Callers callers;

    public BatchResource(PortfolioScreening screening, BatchIdempotency idempotency, Callers callers) {
        this.screening = screening;
        this.idempotency = idempotency;
        this.callers = callers;
    }

    @POST
    @RolesAllowed({Roles.LENDER, Roles.ENTERPRISE})
    @Consumes({BatchBody.NDJSON, BatchBody.CSV})
    @Produces(BatchBody.NDJSON)
    public Response screen(
            byte[] body,
            @QueryParam("ruleset") @Size(max = 64) String ruleset,
            @QueryParam("version") @Size(max = 64) String version,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Context HttpHeaders headers) {
        Caller caller = callers.classifying();
        String mediaType = RequiredContentType.essence(headers);
        Screening begun = idempotencyKey == null
                ? screening.begin(caller, mediaType, body, ruleset, version)
                : idempotency.once(caller, mediaType, body, ruleset, version, idempotencyKey);
        StreamingOutput results = begun.results()::writeTo;
        // A path, not Response.created(URI), which would resolve it against the request's (forgeable) Host.
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, "/v1/batches/" + begun.batchId())
                .entity(results).build();
    }
}
