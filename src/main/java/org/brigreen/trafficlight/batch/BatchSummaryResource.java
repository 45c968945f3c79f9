package org.brigreen.trafficlight.batch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.brigreen.trafficlight.http.Problem;
import org.brigreen.trafficlight.http.QueryParameters;
import org.brigreen.trafficlight.input.NotFoundException;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.security.Callers;
import org.brigreen.trafficlight.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/batches")
@Tag(name = "Portfolio screening")
@RateLimited
public class BatchSummaryResource {

    private final BatchStore store;
    private final Callers callers;

    public BatchSummaryResource(BatchStore store, Callers callers) {
        this.store = store;
        this.callers = callers;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.LENDER, Roles.ENTERPRISE, Roles.REGULATOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Summarise a batch",
            description = "How far the batch got, its recorded decisions counted per class from the decision log, "
                    + "and the lines refused. Lenders and enterprises see their own organisation's batches; "
                    + "regulators see every batch.")
    @APIResponse(responseCode = "200", description = "The batch's summary.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BatchSummary.class),
                    examples = @ExampleObject(name = "completed", value = BatchExamples.SUMMARY)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad-id", value = """
                            {"type": "urn:problem-type:traffic-light:invalid-request", "title": "Invalid request",
                             "status": 400, "detail": "The batch id is not a UUID.",
                             "instance": "/v1/batches/42", "errors": [{"pointer": "id", "reason": "must be a UUID"}]}
                            """)))
    @APIResponse(responseCode = "404", description = "No batch of the caller's has this id.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = BatchExamples.NOT_FOUND)))
    @APIResponse(responseCode = "503", description = "The batch cannot be read right now; retry.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unavailable", value = """
                            {"type": "urn:problem-type:traffic-light:decision-log-unavailable",
                             "title": "Service Unavailable", "status": 503,
                             "detail": "The batch cannot be read right now. Retry shortly.",
                             "instance": "/v1/batches/019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13"}
                            """)))
    public BatchSummary summary(
            @Parameter(description = "The batch id, from the Location of its POST.",
                    example = "019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13")
            @PathParam("id") String id) {
        UUID batchId = QueryParameters.pathId("batch", id);
        // Another organisation's batch is answered as one that does not exist.
        return store.find(batchId).filter(found -> found.visibleIn(callers.scope())).map(BatchStore.Found::summary)
                .orElseThrow(() -> new NotFoundException("There is no batch " + batchId + "."));
    }
}
