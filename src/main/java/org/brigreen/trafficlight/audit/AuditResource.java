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
import org.brigreen.trafficlight.http.QueryParameters;
import org.brigreen.trafficlight.input.NotFoundException;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.security.Roles;
import org.brigreen.trafficlight.tlog.SignedCheckpoint;

/**
 * The audit trail: signed checkpoints, in this service's format and in the transparency-log standard, consistency
 * proofs, verification of the stored log, the public key.
 */
@Path("/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.LENDER, Roles.ENTERPRISE, Roles.REGULATOR, Roles.RULES_ADMIN})
@RateLimited
public class AuditResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    static final String NOTE_TYPE = "text/plain; charset=utf-8";
    private static final String NONE_YET = "No checkpoint has been signed yet: the first follows within seconds of the "
            + "first decision.";

    private final AuditStore store;
    private final ProofService proofs;
    private final LogVerification verification;
    private final AuditSigningKey key;
    private final CheckpointNotes notes;

    public AuditResource(AuditStore store, ProofService proofs, LogVerification verification, AuditSigningKey key,
            CheckpointNotes notes) {
        this.store = store;
        this.proofs = proofs;
        this.verification = verification;
        this.key = key;
        this.notes = notes;
    }

    @GET
    @Path("/checkpoints/latest")
    public Checkpoint latest() {
        return store.read(AuditStore::latestCheckpoint).map(Checkpoint::of)
                .orElseThrow(() -> new NotFoundException(NONE_YET));
    }

    /** The latest checkpoint, or the one of {@code treeSize}, as a C2SP tlog-checkpoint signed note. */
    @GET
    @Path("/checkpoint")
    @Produces(NOTE_TYPE)
    public String checkpointNote(@QueryParam("treeSize") String treeSize) {
        QueryParameters parameters = new QueryParameters();
        OptionalLong size = parameters.integer("treeSize", treeSize, 1);
        parameters.validate();
        SignedCheckpoint checkpoint = size.isPresent()
                ? store.read(connection -> AuditStore.checkpointAt(connection, size.getAsLong()))
                        .orElseThrow(() -> new NotFoundException("There is no checkpoint of tree size "
                                + size.getAsLong() + ": GET /v1/audit/checkpoints lists them."))
                : store.read(AuditStore::latestCheckpoint).orElseThrow(() -> new NotFoundException(NONE_YET));
        return notes.note(checkpoint);
    }

    @GET
    @Path("/checkpoints")
    public CheckpointPage checkpoints(
            @QueryParam("from") String from,
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
    public ConsistencyProof consistency(
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return proofs.consistency(from, to);
    }

    @POST
    @Path("/verify")
    @RolesAllowed(Roles.REGULATOR)
    public VerificationReport verify(
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        QueryParameters parameters = new QueryParameters();
        OptionalLong first = parameters.integer("from", from, 1);
        OptionalLong last = parameters.integer("to", to, 1);
        parameters.validate();
        return verification.verify(first, last);
    }

    @GET
    @Path("/public-key")
    public PublicKeyAnswer publicKey() {
        return PublicKeyAnswer.of(key, notes);
    }
}
