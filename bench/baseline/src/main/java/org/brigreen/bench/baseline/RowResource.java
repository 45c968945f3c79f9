package org.brigreen.bench.baseline;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;

/** One durable INSERT per request, each in its own transaction: the usual way to record something with Quarkus. */
@Path("/rows")
public class RowResource {

    public record NewRow(String reference, String country, String sector) {
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response insert(NewRow body) {
        InsertedRow row = new InsertedRow();
        row.reference = body.reference();
        row.country = body.country();
        row.sector = body.sector();
        row.createdAt = Instant.now();
        row.persist();
        return Response.created(URI.create("/rows/" + row.id)).entity(row).build();
    }
}
