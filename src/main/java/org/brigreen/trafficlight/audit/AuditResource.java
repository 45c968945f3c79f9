package org.brigreen.trafficlight.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.OptionalLong;
import org.brigreen.trafficlight.http.Problem;
import org.brigreen.trafficlight.http.QueryParameters;
import org.brigreen.trafficlight.input.NotFoundException;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.security.Roles;
import org.brigreen.trafficlight.tlog.Ed25519Keys;
import org.brigreen.trafficlight.tlog.HashText;
import org.brigreen.trafficlight.tlog.SignedCheckpoint;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail: signed checkpoints, consistency proofs, verification of the stored log, the public key. */
@Path("/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = AuditExamples.TAG)
@RolesAllowed({Roles.LENDER, Roles.ENTERPRISE, Roles.REGULATOR, Roles.RULES_ADMIN})
@RateLimited
public class AuditResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final AuditStore store;
    private final ProofService proofs;
    private final LogVerification verification;
    private final AuditSigningKey key;

    public AuditResource(AuditStore store, ProofService proofs, LogVerification verification, AuditSigningKey key) {
        this.store = store;
        this.proofs = proofs;
        this.verification = verification;
        this.key = key;
    }

    @GET
    @Path("/checkpoints/latest")
    @Operation(summary = "Read the latest checkpoint",
            description = "The signed tree head of the largest tree size. Checkpoints are signed every 1000 records "
                    + "or 10 seconds (configurable), whichever comes first, when anything new was logged.")
    @APIResponse(responseCode = "200", description = "The latest checkpoint.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Checkpoint.class),
                    examples = @ExampleObject(name = "latest", value = AuditExamples.CHECKPOINT)))
    @APIResponse(responseCode = "404", description = "No checkpoint has been signed yet.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "none-yet", value = AuditExamples.NO_CHECKPOINT)))
    @APIResponse(responseCode = "503", description = "The database cannot be read right now; retry.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unavailable", value = AuditExamples.UNAVAILABLE)))
    public Checkpoint latest() {
        return store.read(AuditStore::latestCheckpoint).map(Checkpoint::of).orElseThrow(() -> new NotFoundException(
                "No checkpoint has been signed yet: the first follows within seconds of the first decision."));
    }

    @GET
    @Path("/checkpoints")
    @Operation(summary = "List checkpoints",
            description = "The checkpoints of tree size from or more, ascending, at most limit of them; nextFrom "
                    + "gives the next page. Each names the one signed before it (previousTreeSize), so that they form "
                    + "one chain. The offline verifier takes these pages as they are.")
    @APIResponse(responseCode = "200", description = "A page of checkpoints.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CheckpointPage.class),
                    examples = @ExampleObject(name = "page", value = AuditExamples.CHECKPOINT_PAGE)))
    @APIResponse(responseCode = "400", description = "from or limit is not a number in range.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad-limit", value = AuditExamples.BAD_LIMIT)))
    @APIResponse(responseCode = "503", description = "The database cannot be read right now; retry.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unavailable", value = AuditExamples.UNAVAILABLE)))
    public CheckpointPage checkpoints(
            @Parameter(description = "The smallest tree size to list; default 1.", example = "5",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
            @QueryParam("from") String from,
            @Parameter(description = "Most checkpoints in the page, 1 to " + MAX_LIMIT + "; default "
                    + DEFAULT_LIMIT + ".", example = "100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + MAX_LIMIT, defaultValue = "" + DEFAULT_LIMIT))
            @QueryParam("limit") String limit) {
        QueryParameters parameters = new QueryParameters();
        long first = parameters.integer("from", from, 1).orElse(1);
        int size = (int) parameters.integer("limit", limit, 1, MAX_LIMIT).orElse(DEFAULT_LIMIT);
        parameters.validate();
        List<SignedCheckpoint> page = store.read(connection -> AuditStore.checkpoints(connection, first, size + 1));
        Long nextFrom = page.size() > size ? page.get(size - 1).treeSize() + 1 : null;
        return new CheckpointPage(page.stream().limit(size).map(Checkpoint::of).toList(), nextFrom);
    }

    @GET
    @Path("/consistency")
    @RolesAllowed(Roles.REGULATOR)
    @Operation(summary = "Prove that the log only grew",
            description = "The RFC 9162 consistency proof that the tree of the first from records is a prefix of the "
                    + "tree of the first to records, with the signed checkpoints of both sizes where there are: "
                    + "nothing logged up to from was changed or removed by the time of to.")
    @APIResponse(responseCode = "200", description = "The consistency proof.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConsistencyProof.class),
                    examples = @ExampleObject(name = "proof", value = AuditExamples.CONSISTENCY)))
    @APIResponse(responseCode = "400", description = "from is missing, or a size is not a number, exceeds the log, "
            + "or from exceeds to.", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "from-after-to", value = AuditExamples.FROM_AFTER_TO)))
    @APIResponse(responseCode = "409", description = "The log is known to be damaged, or the stored log does not hold "
            + "together where the proof needs it, so no proof is given; POST /v1/audit/verify names the first "
            + "damage.", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "damaged", value = AuditExamples.LOG_DAMAGED)))
    @APIResponse(responseCode = "503", description = "The database cannot be read right now; retry.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unavailable", value = AuditExamples.UNAVAILABLE)))
    public ConsistencyProof consistency(
            @Parameter(description = "The earlier tree size, 1 or more.", required = true, example = "4",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @QueryParam("from") String from,
            @Parameter(description = "The later tree size, from or more and at most the log's size; default: the "
                    + "latest checkpoint's tree size.", example = "12",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @QueryParam("to") String to) {
        QueryParameters parameters = new QueryParameters();
        OptionalLong first = parameters.integer("from", from, 1);
        OptionalLong second = parameters.integer("to", to, 1);
        parameters.require(first.isPresent() || from != null && !from.isBlank(), "from");
        parameters.validate();
        return proofs.consistency(first.getAsLong(), second);
    }

    @POST
    @Path("/verify")
    @RolesAllowed(Roles.REGULATOR)
    @Operation(summary = "Verify the stored log",
            description = "Re-hashes the stored records of seq from to seq to (default: the whole log) and checks "
                    + "every entry hash, the hash chain, that no sequence number is missing, every column copied from "
                    + "a record (class, excluded, organisation, batch ...) against the record, and every checkpoint "
                    + "of a tree size in the range (signature, root, and its link to the checkpoint before it); and "
                    + "that the latest checkpoint this service signed or read is still there. Answers whether all "
                    + "holds and, if not, the first sequence number that fails, why, and the range the damage lies "
                    + "in. A failure marks the log damaged (no proofs, /q/health DOWN) until a verification of a "
                    + "range that holds it passes. Streams: the cost grows with the range, the memory does not.")
    @APIResponse(responseCode = "200", description = "The verification report; intact is false if anything fails.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VerificationReport.class),
                    examples = {
                            @ExampleObject(name = "intact", value = AuditExamples.REPORT_INTACT),
                            @ExampleObject(name = "changed-record", value = AuditExamples.REPORT_FAILED),
                            @ExampleObject(name = "changed-column", value = AuditExamples.REPORT_CHANGED_COLUMN),
                            @ExampleObject(name = "rewritten-with-its-chain",
                                    value = AuditExamples.REPORT_REWRITTEN)}))
    @APIResponse(responseCode = "400", description = "from or to is not a sequence number of the log, or from "
            + "exceeds to.", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "beyond-the-log", value = AuditExamples.BEYOND_THE_LOG)))
    @APIResponse(responseCode = "503", description = "The database cannot be read right now; retry.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unavailable", value = AuditExamples.UNAVAILABLE)))
    public VerificationReport verify(
            @Parameter(description = "The first sequence number to verify; default 1. From a later one, the chain "
                    + "is anchored at the chain hash of the record before.", example = "1",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
            @QueryParam("from") String from,
            @Parameter(description = "The last sequence number to verify; default: the log's size, or the latest "
                    + "checkpoint's tree size if larger.", example = "12",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @QueryParam("to") String to) {
        QueryParameters parameters = new QueryParameters();
        OptionalLong first = parameters.integer("from", from, 1);
        OptionalLong last = parameters.integer("to", to, 1);
        parameters.validate();
        return verification.verify(first, last);
    }

    @GET
    @Path("/public-key")
    @Operation(summary = "Read the checkpoint signing key",
            description = "The Ed25519 public key that signs the checkpoints, and its key id, for verifying "
                    + "checkpoints and proofs offline.")
    @APIResponse(responseCode = "200", description = "The public key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublicKeyAnswer.class),
                    examples = @ExampleObject(name = "key", value = AuditExamples.PUBLIC_KEY)))
    public PublicKeyAnswer publicKey() {
        return new PublicKeyAnswer("Ed25519", HashText.encode(key.keyId()), Ed25519Keys.pem(key.publicKey()));
    }
}
