package org.brigreen.trafficlight.batch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.brigreen.trafficlight.http.QueryParameters;
import org.brigreen.trafficlight.input.NotFoundException;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.security.Callers;
import org.brigreen.trafficlight.security.Roles;

@Path("/v1/batches")
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
    public BatchSummary summary(
            @PathParam("id") String id) {
        UUID batchId = QueryParameters.pathId("batch", id);
        // Another organisation's batch is answered as one that does not exist.
        return store.find(batchId).filter(found -> found.visibleIn(callers.scope())).map(BatchStore.Found::summary)
                .orElseThrow(() -> new NotFoundException("There is no batch " + batchId + "."));
    }
}
