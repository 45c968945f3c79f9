package org.brigreen.trafficlight.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.brigreen.trafficlight.http.QueryParameters;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.security.DecisionAccess;
import org.brigreen.trafficlight.security.Roles;

/** The inclusion proof of a recorded decision. */
@Path("/v1/decisions/{id}/proof")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.LENDER, Roles.ENTERPRISE, Roles.REGULATOR})
@RateLimited
public class DecisionProofResource {

    private final ProofService proofs;
    private final DecisionAccess access;

    public DecisionProofResource(ProofService proofs, DecisionAccess access) {
        this.proofs = proofs;
        this.access = access;
    }

    @GET
    public InclusionProof proof(
            @PathParam("id") String id,
            @QueryParam("treeSize") String treeSize) {
        QueryParameters parameters = new QueryParameters();
        Optional<UUID> decision = parameters.uuid("id", id);
        OptionalLong size = parameters.integer("treeSize", treeSize, 1);
        parameters.validate();
        access.requireVisible(decision.orElseThrow());
        return proofs.inclusion(decision.orElseThrow(), size);
    }
}
