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
import org.brigreen.trafficlight.http.Problem;
import org.brigreen.trafficlight.http.QueryParameters;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.security.DecisionAccess;
import org.brigreen.trafficlight.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The inclusion proof of a recorded decision. */
@Path("/v1/decisions/{id}/proof")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = AuditExamples.TAG)
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
    @Operation(summary = "Prove that a decision is in the log",
            description = "The RFC 9162 inclusion proof of the decision's record in the tree of treeSize records, "
                    + "with the signed checkpoint of that size if there is one. By default the tree is the latest "
                    + "checkpoint's; for a decision newer than the latest checkpoint, the log as it is now (no "
                    + "checkpoint yet: ask again with treeSize once one covers it).")
    @APIResponse(responseCode = "200", description = "The inclusion proof.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InclusionProof.class),
                    examples = @ExampleObject(name = "proof", value = AuditExamples.INCLUSION)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID, or treeSize is not a number, exceeds the "
            + "log's size, or is smaller than the decision's sequence number.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "tree-too-small", value = AuditExamples.TREE_TOO_SMALL)))
    @APIResponse(responseCode = "404", description = "No decision has this id.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = AuditExamples.UNKNOWN_DECISION)))
    @APIResponse(responseCode = "409", description = "The log is known to be damaged, or the stored log does not hold "
            + "together where the proof needs it (the record does not hash to its leaf, the leaves do not chain, "
            + "the checkpoint does not verify), so no proof is given; POST /v1/audit/verify names the first damage.",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "damaged", value = AuditExamples.LOG_DAMAGED)))
    @APIResponse(responseCode = "503", description = "The database cannot be read right now; retry.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unavailable", value = AuditExamples.UNAVAILABLE)))
    public InclusionProof proof(
            @Parameter(description = "The decision id.", example = "01a1fcf0-1cc1-7d6b-9219-f8f6bebf1801")
            @PathParam("id") String id,
            @Parameter(description = "The tree size, from the decision's sequence number to the log's size; "
                    + "default: the latest checkpoint's tree size.", example = "9",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @QueryParam("treeSize") String treeSize) {
        QueryParameters parameters = new QueryParameters();
        Optional<UUID> decision = parameters.uuid("id", id);
        OptionalLong size = parameters.integer("treeSize", treeSize, 1);
        parameters.validate();
        access.requireVisible(decision.orElseThrow());
        return proofs.inclusion(decision.orElseThrow(), size);
    }
}
