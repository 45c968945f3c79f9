package org.brigreen.trafficlight.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.brigreen.trafficlight.audit.AuditSigningKey;
import org.brigreen.trafficlight.audit.AuditStore;
import org.brigreen.trafficlight.audit.Checkpoint;
import org.brigreen.trafficlight.audit.CheckpointNotes;
import org.brigreen.trafficlight.audit.ConsistencyProof;
import org.brigreen.trafficlight.audit.InclusionProof;
import org.brigreen.trafficlight.audit.ProofService;
import org.brigreen.trafficlight.audit.PublicKeyAnswer;
import org.brigreen.trafficlight.audit.VerificationRun;
import org.brigreen.trafficlight.audit.VerificationRunResource;
import org.brigreen.trafficlight.audit.VerificationRuns;
import org.brigreen.trafficlight.http.QueryParameters;
import org.brigreen.trafficlight.input.NotFoundException;
import org.brigreen.trafficlight.security.Callers;
import org.brigreen.trafficlight.security.DecisionAccess;
import org.brigreen.trafficlight.tlog.HashText;
import org.brigreen.trafficlight.tlog.SignedCheckpoint;

/**
 * The regulator's integrity page: the latest signed checkpoint and how old it is, the last verification of the stored
 * log, and verifications started and watched from the page. Its scripts, and the panel that verifies a decision in
 * the browser, read the same proofs, checkpoints and key as the API (which takes bearer tokens only) from here, with
 * the page's sign-in; posts carry the form token.
 */
@Path("/app/integrity")
@RolesAllowed(org.brigreen.trafficlight.security.Roles.REGULATOR)
public class IntegrityPageResource {

    private static final String RUNS = "/app/integrity/verifications/";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance integrity(IntegrityPage page);
    }

    private final Pages pages;
    private final Callers callers;
    private final FormToken formToken;
    private final AuditStore store;
    private final AuditSigningKey key;
    private final CheckpointNotes notes;
    private final ProofService proofs;
    private final VerificationRuns runs;
    private final DecisionAccess access;

    public IntegrityPageResource(Pages pages, Callers callers, FormToken formToken, AuditStore store,
            AuditSigningKey key, CheckpointNotes notes, ProofService proofs, VerificationRuns runs,
            DecisionAccess access) {
        this.pages = pages;
        this.callers = callers;
        this.formToken = formToken;
        this.store = store;
        this.key = key;
        this.notes = notes;
        this.proofs = proofs;
        this.runs = runs;
        this.access = access;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@Context HttpHeaders headers, @Context UriInfo uri) {
        Optional<SignedCheckpoint> latest = store.read(AuditStore::latestCheckpoint);
        IntegrityPage page = new IntegrityPage(latest.map(Checkpoint::of).orElse(null),
                latest.map(checkpoint -> IntegrityPage.Age.of(Duration.between(checkpoint.signedAt(), Instant.now())))
                        .orElse(null),
                HashText.encode(key.keyId()), runs.latest(1).stream().findFirst().orElse(null),
                store.read(AuditStore::logSize), formToken.current());
        return pages.page(Templates.integrity(page), pages.language(headers, uri), pages.viewer(), uri);
    }

    /** Starts a verification in the background, as {@code POST /v1/audit/verifications} does. */
    @POST
    @Path("verifications")
    @Produces(MediaType.APPLICATION_JSON)
    public Response start(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @HeaderParam(FormToken.HEADER) String token) {
        formToken.check(token);
        VerificationRun run = VerificationRunResource.startRun(runs, callers, from, to);
        return Response.accepted(run).location(URI.create(RUNS + run.id())).build();
    }

    @GET
    @Path("verifications/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public VerificationRun run(@PathParam("id") String id) {
        return VerificationRunResource.findRun(runs, id);
    }

    @GET
    @Path("public-key")
    @Produces(MediaType.APPLICATION_JSON)
    public PublicKeyAnswer publicKey() {
        return PublicKeyAnswer.of(key, notes);
    }

    @GET
    @Path("checkpoint")
    @Produces(MediaType.APPLICATION_JSON)
    public Checkpoint latestCheckpoint() {
        return store.read(AuditStore::latestCheckpoint).map(Checkpoint::of).orElseThrow(() -> new NotFoundException(
                "No checkpoint has been signed yet: the first follows within seconds of the first decision."));
    }

    /** A decision's canonical record with its inclusion proof: what the browser recomputes the leaf from. */
    @GET
    @Path("decisions/{id}/proof")
    @Produces(MediaType.APPLICATION_JSON)
    public RecordProof proof(@PathParam("id") String id) {
        UUID decision = QueryParameters.pathId("decision", id);
        access.requireVisible(decision);
        InclusionProof proof = proofs.inclusion(decision, OptionalLong.empty());
        String record = store.read(connection -> AuditStore.recordAt(connection, proof.seq()))
                .orElseThrow(() -> new NotFoundException("There is no decision " + id + "."));
        return new RecordProof(record, proof);
    }

    @GET
    @Path("consistency")
    @Produces(MediaType.APPLICATION_JSON)
    public ConsistencyProof consistency(
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return proofs.consistency(from, to);
    }

    /** The canonical record of a decision, exactly as it was hashed, and its inclusion proof. */
    public record RecordProof(String record, InclusionProof proof) {
    }
}
