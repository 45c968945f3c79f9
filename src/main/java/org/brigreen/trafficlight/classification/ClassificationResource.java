package org.brigreen.trafficlight.classification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;
import org.brigreen.trafficlight.decision.Caller;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.decision.DescriptorParser;
import org.brigreen.trafficlight.decision.ProjectDescriptor;
import org.brigreen.trafficlight.http.RequestContexts;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.rules.Language;
import org.brigreen.trafficlight.security.Callers;
import org.brigreen.trafficlight.security.Roles;
import org.eclipse.microprofile.context.ManagedExecutor;

@Path("/v1/classifications")
@RateLimited
public class ClassificationResource {

    private final ClassificationService service;
    private final DescriptorParser descriptors;
    private final Callers callers;
    private final Idempotency idempotency;
    private final ManagedExecutor blocking;

    public ClassificationResource(ClassificationService service, DescriptorParser descriptors, Callers callers,
            Idempotency idempotency, ManagedExecutor blocking) {
        this.service = service;
        this.descriptors = descriptors;
        this.callers = callers;
        this.idempotency = idempotency;
        this.blocking = blocking;
    }

    @POST
    @RolesAllowed({Roles.LENDER, Roles.ENTERPRISE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public CompletionStage<Response> classify(
            byte[] body,
            @QueryParam("ruleset") @Size(max = 64) String ruleset,
            @QueryParam("version") @Size(max = 64) String version,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        ProjectDescriptor descriptor = descriptors.parse(body);
        Caller caller = callers.classifying();
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        return decision(descriptor, ruleset, version, caller, idempotencyKey, body)
                // A path, not Response.created(URI), which would resolve it against the request's (forgeable) Host.
                .thenApply(decision -> Response.status(Response.Status.CREATED)
                        .header(HttpHeaders.LOCATION, "/v1/decisions/" + decision.id())
                        .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                        .entity(ClassificationAnswer.of(decision, language))
                        .build());
    }

    /**
     * The decision, on the event loop that serves the request: nothing blocks it, the request waits for its record
     * without holding a thread. With an Idempotency-Key, the key is claimed in the database, on a worker thread, and
     * completed in the transaction that records the decision.
     */
    private CompletionStage<Decision> decision(ProjectDescriptor descriptor, String ruleset, String version,
            Caller caller, String idempotencyKey, byte[] body) {
        if (idempotencyKey == null) {
            return service.classify(descriptor, ruleset, version, caller, RequestContexts.current());
        }
        byte[] requestHash = Idempotency.requestHash(ruleset, version, body);
        return blocking.supplyAsync(() -> idempotency.once(caller.org(), idempotencyKey, requestHash,
                claim -> service.classify(descriptor, ruleset, version, caller, claim, Runnable::run).join()));
    }
}
